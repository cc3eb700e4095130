import { createMiddleware } from 'hono/factory';
import { ulid } from 'ulid';
import type { AppEnv } from '../env.ts';

const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/** Carries the caller's X-Request-Id (or a new one) through logs and the response. */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && acceptable.test(incoming) ? incoming : ulid();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
});
