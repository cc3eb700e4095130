import { createMiddleware } from 'hono/factory';
import { clientAddress } from '../client-address.ts';
import type { AppEnv } from '../env.ts';

/** One line per request: the API Gateway access log's fields that only the app can know. */
export interface AccessLine {
  /** The same id as the API Gateway access log's `requestId` (and the response's X-Request-Id). */
  requestId: string;
  /** The client's address: behind CloudFront, the viewer's, from X-Forwarded-For (client-address.ts). */
  clientIp: string;
  /** CloudFront's id of the request (`x-edge-request-id` in CloudFront's own log). */
  edgeRequestId?: string;
  method: string;
  /**
   * Without the query string, which can carry search terms and e-mail addresses, and
   * with link tokens (invitations, cancel links) masked: a token in a log would open the link.
   */
  path: string;
  status: number;
  durationMs: number;
}

/** A path segment that is a link token: `<tenant>.<secret>`, the secret long and URL-safe. */
const linkToken = /^[^/.]+\.[A-Za-z0-9_-]{16,}$/;

/** The path with every link token replaced by `[token]`; ids and route words stay. */
export const maskedPath = (path: string) =>
  path
    .split('/')
    .map((segment) => (linkToken.test(segment) ? '[token]' : segment))
    .join('/');

/**
 * Writes an access line per request. API Gateway's access log can only name the
 * address that called it, which behind CloudFront is an edge server; this line
 * names the client, and joins the gateway's line by `requestId`.
 */
export function accessLog(write: (line: AccessLine) => void) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const edgeRequestId = c.req.header('x-amz-cf-id');
      write({
        requestId: c.get('requestId'),
        clientIp: clientAddress(c),
        ...(edgeRequestId ? { edgeRequestId } : {}),
        method: c.req.method,
        path: maskedPath(c.req.path),
        status: c.res.status,
        durationMs: Math.round(performance.now() - started),
      });
    }
  });
}
