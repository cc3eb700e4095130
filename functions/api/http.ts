import type { Context } from 'hono';
import { cursorKeys, decodeCursor, encodeCursor, InvalidCursorError } from '#shared/db/cursor';
import type { Page, PageKey } from '#shared/db/page';
import { etagOf } from '#shared/http/etag';
import type { AppEnv } from './env.ts';
import { fieldIssue, problem } from './errors.ts';

export { etagOf };

/** The version the client read, from If-Match; 428 without it, 412 if it is not ours. */
export function expectedVersion(c: Context<AppEnv>, currentVersion: number): number {
  const ifMatch = c.req.header('if-match');
  if (!ifMatch) throw problem('if_match.required');
  const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (!tags.includes(etagOf(currentVersion)) && !tags.includes('*')) throw problem('resource.changed');
  return currentVersion;
}

/** Cursors are bound to the tenant and the filter they were issued for. */
/**
 * Where the web is served, for links in mail: the configured address, else the
 * origin the request reached (in Lambda, API Gateway's own domain name). Never the
 * caller's `Origin` header, which anyone could set to send Bryggan's mail with
 * their own site's link in it.
 */
export const webOrigin = (c: Context<AppEnv>): string => c.var.deps.webUrl ?? new URL(c.req.url).origin;

export function cursorScope(c: Context<AppEnv>, list: string, filter: Record<string, unknown>): string {
  return JSON.stringify([c.var.principal.tenant, c.var.principal.userId, list, filter]);
}

export async function startKeyFrom(
  c: Context<AppEnv>,
  scope: string,
  cursor: string | undefined,
): Promise<PageKey | undefined> {
  if (cursor === undefined) return undefined;
  try {
    return decodeCursor(cursorKeys(await c.var.deps.cursorSecret()).accepted, scope, cursor);
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw problem('cursor.invalid', [fieldIssue('query.cursor', 'cursor.invalid')]);
    }
    throw error;
  }
}

export async function listBody<T>(c: Context<AppEnv>, scope: string, page: Page<T>) {
  const cursor = page.lastKey
    ? encodeCursor(cursorKeys(await c.var.deps.cursorSecret()).signing, scope, page.lastKey)
    : undefined;
  return { items: page.items, ...(cursor ? { cursor } : {}) };
}
