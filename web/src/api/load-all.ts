import type { Page } from './usePaged.ts';

/** Every page of a list, for lookups (names by id); stops after `maxPages` as a guard. */
export async function loadAll<T>(
  loadPage: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const next = await loadPage(cursor);
    items.push(...next.items);
    cursor = next.cursor;
    if (!cursor) break;
  }
  return items;
}
