import { etagOf } from '#shared/http/etag';
import { type JsonResponse, readJson } from './problem.ts';

/**
 * One record and the ETag to change it with: the ETag header it was read with, or, when
 * something on the way dropped the header, the ETag of the version that was read.
 */
export async function readVersioned<T extends { version: number }>(
  request: Promise<JsonResponse<T>>,
): Promise<{ body: T; etag: string }> {
  const { body, etag } = await readJson(request);
  return { body, etag: etag ?? etagOf(body.version) };
}
