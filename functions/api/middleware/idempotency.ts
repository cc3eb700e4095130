import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { isTransientStoreError } from '#shared/db/errors';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
} from '#shared/db/repositories/idempotency';
import type { AppEnv } from '../env.ts';
import { fieldIssue, problem } from '../errors.ts';
import { logger } from '../powertools.ts';

const validKey = /^[A-Za-z0-9._:-]{1,128}$/;
const replayedHeaders = ['content-type', 'location', 'etag'];

/**
 * Honours Idempotency-Key on POST: the first request with a key runs, a repeat
 * gets the first response again, a concurrent repeat gets 409, and the same key
 * with a different body gets 422. Failures on our side (5xx) free the key.
 */
export const idempotent = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return next();
  if (!validKey.test(key)) {
    throw problem('idempotency.key_invalid', [
      fieldIssue('header.Idempotency-Key', 'idempotency_key.format'),
    ]);
  }
  const { tenant, userId } = c.var.principal;
  const fingerprint = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
    .digest('base64url');
  const claim = await claimIdempotencyKey(tenant, userId, key, fingerprint);
  if (!claim.claimed) {
    if (claim.record.fingerprint !== fingerprint) {
      throw problem('idempotency.key_reused');
    }
    if (claim.record.state === 'inProgress') throw problem('idempotency.in_progress');
    const { status, headers, body } = claim.record.response;
    return new Response(body, { status, headers: { ...headers, 'Idempotent-Replayed': 'true' } });
  }

  await next();
  if (c.res.status >= 500) {
    await releaseIdempotencyKey(tenant, userId, key);
    return;
  }
  const response = c.res.clone();
  const headers = Object.fromEntries(
    replayedHeaders.flatMap((name) => {
      const value = response.headers.get(name);
      return value ? [[name, value]] : [];
    }),
  );
  const body = await response.text();
  try {
    await completeIdempotencyKey(
      tenant,
      userId,
      key,
      fingerprint,
      { status: response.status, headers, body },
      undefined,
      participantNamed(c.req.path, body),
    );
  } catch (error) {
    // The change is done: its answer goes out even if the store could not keep it for
    // replays. The claim's lease then ends, and only a retry after it would run again.
    if (!isTransientStoreError(error)) throw error;
    logger.warn('Idempotent answer not stored', { error: error as Error, requestId: c.get('requestId') });
  }
});

const participantPath = /^\/v1\/participants\/([0-9A-Z]{26})(\/|$)/;

/** The participant a cached reply is about: the path's, a created profile's, or the body's `participantId`. */
function participantNamed(path: string, body: string): string | undefined {
  const inPath = participantPath.exec(path)?.[1];
  if (inPath) return inPath;
  try {
    const parsed = JSON.parse(body) as { id?: unknown; participantId?: unknown };
    if (path === '/v1/participants' && typeof parsed.id === 'string') return parsed.id;
    return typeof parsed.participantId === 'string' ? parsed.participantId : undefined;
  } catch {
    return undefined;
  }
}
