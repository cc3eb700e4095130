import { createMiddleware } from 'hono/factory';
import { ulid } from 'ulid';
import type { AppEnv } from '../env.ts';

const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Carries one request id through logs and the response: the caller's
 * X-Request-Id, else API Gateway's (the log's correlation id in Lambda), else a new one.
 */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const gateway = (c.env as { requestContext?: { requestId?: unknown } } | undefined)?.requestContext
    ?.requestId;
  const id =
    incoming && acceptable.test(incoming)
      ? incoming
      : typeof gateway === 'string' && gateway
        ? gateway
        : ulid();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
});
