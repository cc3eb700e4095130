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

export function decodeCursor(secret: string, scope: string, cursor: string | undefined): Key | undefined {
  if (cursor === undefined) return undefined;
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw new InvalidCursorError('Malformed cursor');
  const expected = Buffer.from(sign(secret, scope, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
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
