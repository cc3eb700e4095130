import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isTransientStoreError } from '#shared/db/errors';
import { BusyError } from '#shared/db/transact';
import type { AppEnv } from './env.ts';
import { HttpProblem, problem, unsupportedMediaType } from './errors.ts';
import { requestLanguage } from './language.ts';
import { logger } from './powertools.ts';

/** Seconds a client waits before it retries after a 503: a throttled table recovers within this. */
const retryAfterSeconds = '1';

/** The single place where errors become HTTP responses, in the caller's language. */
export function problemResponse(error: unknown, c: Context<AppEnv>): Response {
  const known = toHttpProblem(error);
  if (known.code === 'service.busy' && !(error instanceof HttpProblem)) {
    logger.warn('Store busy', { error: error as Error, requestId: c.get('requestId') });
  } else if (known.status >= 500) {
    // Details go to the log only; the body stays generic.
    logger.error('Unhandled error', { error: error as Error, requestId: c.get('requestId') });
  }
  const language = requestLanguage(c);
  const body = known.toProblem(language, new URL(c.req.url).pathname);
  return new Response(JSON.stringify(body), {
    status: known.status as ContentfulStatusCode,
    headers: {
      'Content-Type': 'application/problem+json',
      'Content-Language': language,
      Vary: 'Accept-Language',
      ...(c.get('requestId') ? { 'X-Request-Id': c.get('requestId') } : {}),
      ...known.headers,
    },
  });
}

function toHttpProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  // Busy for now, nothing written: the client may send the same request again shortly.
  if (error instanceof BusyError || isTransientStoreError(error)) {
    return new HttpProblem('service.busy', undefined, { 'Retry-After': retryAfterSeconds });
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return problem('body.too_large');
    // A declared route's own media-type check; ours (`checkJsonBody`) usually answers first.
    if (error.status === 415) return unsupportedMediaType();
    if (error.status < 500) return problem('request.bad');
  }
  return problem('server.error');
}
