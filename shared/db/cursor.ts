import { createHmac, timingSafeEqual } from 'node:crypto';

export class InvalidCursorError extends Error {}

type Key = Record<string, unknown>;

// A cursor is DynamoDB's LastEvaluatedKey, signed together with the query it
// belongs to, so it can be neither edited nor replayed against another tenant
// or another filter.
export function encodeCursor(secret: string, scope: string, key: Key | undefined): string | undefined {
  if (!key) return undefined;
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${sign(secret, scope, payload)}`;
}

/** Decodes a cursor signed with the secret, or with any of the secrets while keys rotate. */
export function decodeCursor(
  secret: string | readonly string[],
  scope: string,
  cursor: string | undefined,
): Key | undefined {
  if (cursor === undefined) return undefined;
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw new InvalidCursorError('Malformed cursor');
  const given = Buffer.from(signature);
  const signedWith = (key: string) => {
    const expected = Buffer.from(sign(key, scope, payload));
    return expected.length === given.length && timingSafeEqual(expected, given);
  };
  if (!(typeof secret === 'string' ? [secret] : secret).some(signedWith)) {
    throw new InvalidCursorError('Cursor signature does not match');
  }
  try {
    const key = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new Error('not an object');
    return key as Key;
  } catch {
    throw new InvalidCursorError('Cursor payload is not a key');
  }
}

function sign(secret: string, scope: string, payload: string): string {
  return createHmac('sha256', secret).update(`${scope}\n${payload}`).digest('base64url');
}

/** The keys of a cursor secret: one that signs, and every one whose cursors are still accepted. */
export interface CursorKeys {
  readonly signing: string;
  readonly accepted: readonly string[];
}

/**
 * Reads the cursor secret's value. A plain string is the one key. While a key is
 * replaced, the value is JSON, `{"current": "<signs>", "accept": ["<also verifies>"]}`,
 * so lists opened under the old key keep paging (docs/operations.md, "Rotating the
 * cursor key"). Anything else is refused rather than used as a key by mistake.
 */
export function cursorKeys(secretValue: string): CursorKeys {
  if (!secretValue.trimStart().startsWith('{')) return { signing: secretValue, accepted: [secretValue] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretValue);
  } catch {
    throw new Error('The cursor secret looks like JSON but is not');
  }
  const { current, accept = [] } = parsed as { current?: unknown; accept?: unknown };
  const isKey = (value: unknown): value is string => typeof value === 'string' && value.length >= 32;
  if (!isKey(current) || !Array.isArray(accept) || !accept.every(isKey)) {
    throw new Error(
      'The cursor secret must be {"current": key, "accept": [keys]} with keys of 32+ characters',
    );
  }
  return { signing: current, accepted: [current, ...accept.filter((key) => key !== current)] };
}
