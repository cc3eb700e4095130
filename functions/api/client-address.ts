import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

interface LambdaBindings {
  event?: { requestContext?: { http?: { sourceIp?: string } } };
}
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * Who is calling, for rate limits on public routes.
 *
 * In AWS the web and the API share one CloudFront distribution: CloudFront adds
 * the viewer's address as the last entry of `X-Forwarded-For`, and API Gateway
 * then appends CloudFront's own address (its `sourceIp`). So behind CloudFront
 * (`Via` names it) the client is the entry before the last; entries before that
 * were sent by the client and are not trusted. Called directly, the client is
 * API Gateway's `sourceIp`; locally, the socket's address. Only when none of
 * these exists (tests calling the app in process) the last forwarded entry is used.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const env = c.env as (LambdaBindings & NodeBindings) | undefined;
  const sourceIp = env?.event?.requestContext?.http?.sourceIp;
  if (sourceIp) {
    const viaCloudFront = /cloudfront/i.test(c.req.header('via') ?? '');
    return viaCloudFront && forwarded.length >= 2 ? forwarded[forwarded.length - 2]! : sourceIp;
  }
  return env?.incoming?.socket?.remoteAddress ?? forwarded.at(-1) ?? 'unknown';
}

/** The rate-limit scope of a client for one event: a hash, so no address is stored. */
export const clientScope = (c: Context<AppEnv>, eventId: string) =>
  createHash('sha256')
    .update(`${eventId}|${clientAddress(c)}`)
    .digest('base64url')
    .slice(0, 32);
