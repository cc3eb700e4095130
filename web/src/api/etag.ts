import { type JsonResponse, readJson } from './problem.ts';

/**
 * The ETag the API gives a record at `version` (docs/api.md: `ETag: "v<version>"`). A change
 * made from a list uses it, so it still fails with 412 if someone changed the record since
 * the list was read. The web never sends `If-Match: *`: that would overwrite unseen changes.
 */
export const etagFor = (version: number) => `"v${version}"`;

/**
 * One record and the ETag to change it with: the ETag header it was read with, or, when
 * something on the way dropped the header, the ETag of the version that was read.
 */
export async function readVersioned<T extends { version: number }>(
  request: Promise<JsonResponse<T>>,
): Promise<{ body: T; etag: string }> {
  const { body, etag } = await readJson(request);
  return { body, etag: etag ?? etagFor(body.version) };
}
