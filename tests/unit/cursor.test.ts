import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from '#shared/db/cursor';

const key = { pk: 'T#malmo#PLACEMENT#1', sk: 'PLACEMENT', gsi2pk: 'x', gsi2sk: 'retail#1' };

describe('signed cursors', () => {
  it('round-trips a key within its scope', () => {
    const cursor = encodeCursor('secret', 'scope-a', key);
    expect(decodeCursor('secret', 'scope-a', cursor)).toEqual(key);
    expect(encodeCursor('secret', 'scope-a', undefined)).toBeUndefined();
  });

  it('rejects another scope, another secret, an edited payload and garbage', () => {
    const cursor = encodeCursor('secret', 'scope-a', key)!;
    expect(() => decodeCursor('secret', 'scope-b', cursor)).toThrow(InvalidCursorError);
    expect(() => decodeCursor('other', 'scope-a', cursor)).toThrow(InvalidCursorError);
    const [, signature] = cursor.split('.');
    const edited = `${Buffer.from(JSON.stringify({ ...key, sk: 'X' })).toString('base64url')}.${signature}`;
    expect(() => decodeCursor('secret', 'scope-a', edited)).toThrow(InvalidCursorError);
    expect(() => decodeCursor('secret', 'scope-a', 'nonsense')).toThrow(InvalidCursorError);
    expect(() => decodeCursor('secret', 'scope-a', 'a.b.c')).toThrow(InvalidCursorError);
  });
});
