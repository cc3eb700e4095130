import type { Page } from './usePaged.ts';

/**
 * Every page of a list, for lookups (names by id). It reads to the end: a list cut
 * short would hide records without a word. A cursor that comes back again would
 * loop forever, so that is an error instead.
 */
export async function loadAll<T>(loadPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const next = await loadPage(cursor);
    items.push(...next.items);
    cursor = next.cursor;
    if (cursor !== undefined && seen.has(cursor)) throw new Error('The list repeated a page.');
    if (cursor !== undefined) seen.add(cursor);
  } while (cursor !== undefined);
  return items;
}
