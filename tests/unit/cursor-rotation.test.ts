import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSecret } from '#api/cursor-secret';
import { cursorKeys, decodeCursor, encodeCursor, InvalidCursorError } from '#shared/db/cursor';

const oldKey = 'o'.repeat(64);
const newKey = 'n'.repeat(64);
const key = { pk: 'T#malmo#PLACEMENT#1', sk: 'PLACEMENT' };

/** What a container does with the secret's value: sign with one key, accept the accepted ones. */
const page = (secretValue: string) => {
  const keys = cursorKeys(secretValue);
  return {
    sign: () => encodeCursor(keys.signing, 'scope', key)!,
    read: (cursor: string) => decodeCursor(keys.accepted, 'scope', cursor),
  };
};

describe('cursor keys', () => {
  it('take a plain secret as the one key, as before', () => {
    expect(cursorKeys(oldKey)).toEqual({ signing: oldKey, accepted: [oldKey] });
    expect(cursorKeys('test-cursor-secret').signing).toBe('test-cursor-secret');
  });

  it('sign with the current key and accept the listed ones while rotating', () => {
    expect(cursorKeys(JSON.stringify({ current: newKey, accept: [oldKey] }))).toEqual({
      signing: newKey,
      accepted: [newKey, oldKey],
    });
  });

  it('refuse a JSON value that is not a key set, instead of signing with it', () => {
    expect(() => cursorKeys('{"current": "short"}')).toThrow(/32\+ characters/);
    expect(() => cursorKeys(`{"current": "${newKey}", "accept": "${oldKey}"}`)).toThrow();
    expect(() => cursorKeys('{not json')).toThrow(/not/);
  });

  it('keep every open list paging through the three steps of docs/operations.md', () => {
    const before = page(oldKey);
    const openList = before.sign();
    // Step 1: the new key is accepted everywhere before anyone signs with it.
    const step1 = page(JSON.stringify({ current: oldKey, accept: [newKey] }));
    // Step 2: the new key signs; the old one is still accepted.
    const step2 = page(JSON.stringify({ current: newKey, accept: [oldKey] }));
    // A container still on the old value (up to five minutes) and one already on step 2
    // serve the same user: a cursor from either must read in both.
    for (const reader of [before, step1, step2]) expect(reader.read(openList)).toEqual(key);
    expect(step1.read(step2.sign())).toEqual(key);
    // Step 3: only the new key; a cursor older than step 2 is refused, as any bad cursor is.
    const step3 = page(newKey);
    expect(step3.read(step2.sign())).toEqual(key);
    expect(() => step3.read(openList)).toThrow(InvalidCursorError);
  });

  it('never accept a cursor signed with a key that is not listed', () => {
    const stranger = encodeCursor('s'.repeat(64), 'scope', key)!;
    expect(() => decodeCursor([newKey, oldKey], 'scope', stranger)).toThrow(InvalidCursorError);
  });
});

describe('the secret in a warm container', () => {
  const secrets = mockClient(SecretsManagerClient);
  afterAll(() => secrets.restore());

  it('is read again once it is older than the maximum age, so a rotation step reaches it', async () => {
    secrets
      .on(GetSecretValueCommand)
      .resolvesOnce({ SecretString: oldKey })
      .resolves({ SecretString: newKey });
    let now = 0;
    const read = loadSecret('arn:aws:secretsmanager:eu-north-1:123456789012:secret:cursor', {
      maxAgeMs: 1000,
      now: () => now,
    });
    expect(await read()).toBe(oldKey);
    now = 999;
    expect(await read()).toBe(oldKey);
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    now = 1000;
    expect(await read()).toBe(newKey);
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });
});
