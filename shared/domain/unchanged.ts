import { isDeepStrictEqual } from 'node:util';

/**
 * Whether applying a patch left a record as it was (its timestamp aside). Such a
 * save is answered with the record as it stands: no write, no new version, so an
 * ETag only ever moves when the content did.
 */
export function isUnchanged<T extends { updatedAt: string }>(current: T, next: T): boolean {
  return isDeepStrictEqual({ ...current, updatedAt: '' }, { ...next, updatedAt: '' });
}
