import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
} from '#shared/db/repositories/idempotency';
import type { AppEnv } from '../env.ts';
import { badRequest, conflict, unprocessable } from '../errors.ts';

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
    throw badRequest('Idempotency-Key must be 1–128 letters, digits or . _ : -', [
      { field: 'header.Idempotency-Key', message: 'Invalid key.' },
    ]);
  }
  const { tenant, userId } = c.var.principal;
  const fingerprint = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
    .digest('base64url');
  const claim = await claimIdempotencyKey(tenant, userId, key, fingerprint);
  if (!claim.claimed) {
    if (claim.record.fingerprint !== fingerprint) {
      throw unprocessable('This Idempotency-Key was used for a different request.');
    }
    if (claim.record.state === 'inProgress')
      throw conflict(
        'A request with this Idempotency-Key is still running.',
        undefined,
        'idempotency.in_progress',
      );
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
  await completeIdempotencyKey(tenant, userId, key, fingerprint, {
    status: response.status,
    headers,
    body: await response.text(),
  });
});
