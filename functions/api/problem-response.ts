import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { BusyError } from '#shared/db/transact';
import type { AppEnv } from './env.ts';
import { HttpProblem, unsupportedMediaType } from './errors.ts';
import { logger } from './powertools.ts';

/** The single place where errors become HTTP responses. */
export function problemResponse(error: unknown, c: Context<AppEnv>): Response {
  const problem = toHttpProblem(error);
  if (problem.status >= 500) {
    // Details go to the log only; the body stays generic.
    logger.error('Unhandled error', { error: error as Error, requestId: c.get('requestId') });
  }
  const body = problem.toProblem(new URL(c.req.url).pathname);
  return new Response(JSON.stringify(body), {
    status: problem.status as ContentfulStatusCode,
    headers: {
      'Content-Type': 'application/problem+json',
      ...(c.get('requestId') ? { 'X-Request-Id': c.get('requestId') } : {}),
      ...problem.headers,
    },
  });
}

function toHttpProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof BusyError) {
    return new HttpProblem(503, 'Service busy', 'Many changes at once. Try again in a moment.', undefined, {
      'Retry-After': '1',
    });
  }
  if (error instanceof HTTPException) {
    if (error.status === 413)
      return new HttpProblem(413, 'Content too large', 'The request body is too large.');
    // A declared route's own media-type check; ours (`checkJsonBody`) usually answers first.
    if (error.status === 415) return unsupportedMediaType();
    if (error.status < 500) return new HttpProblem(error.status, 'Bad request', error.message || undefined);
  }
  return new HttpProblem(500, 'Internal server error', 'Something went wrong on our side. Try again later.');
}
