import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { problem } from '../errors.ts';

/**
 * The header CloudFront adds to every request it sends to the API, with a secret
 * value (infra/stacks/web-stack.ts). Requests to the execute-api address itself
 * lack it, so they cannot go around CloudFront and its web ACL.
 */
export const originHeader = 'x-origin-verify';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Refuses (403, `origin.not_allowed`) a request whose origin header is missing or
 * wrong. Only in AWS: the Lambda entry turns it on when ORIGIN_SECRET_ARN is set;
 * the local server and the tests run without it.
 */
export function originCheck(expected: () => Promise<string>) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const given = c.req.header(originHeader);
    // Compared as digests, so neither the length nor the content leaks through timing.
    if (!given || !timingSafeEqual(digest(given), digest(await expected()))) {
      throw problem('origin.not_allowed');
    }
    await next();
  });
}
