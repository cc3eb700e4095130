import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import { handle } from 'hono/aws-lambda';
import { createRemoteJWKSet } from 'jose';
import { createApp } from './app.ts';
import { createTokenVerifier } from './auth/verifier.ts';
import { loadCursorSecret } from './cursor-secret.ts';
import { logger, metrics, tracer } from './powertools.ts';
import { countResponses } from './response-metrics.ts';

const issuer = requiredEnv('JWT_ISSUER');
const app = createApp({
  verifyToken: createTokenVerifier({
    keySet: createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`)),
    issuer,
    audience: requiredEnv('JWT_AUDIENCE'),
  }),
  cursorSecret: loadCursorSecret(requiredEnv('CURSOR_SECRET_ARN')),
});

// Middy owns the Lambda concerns (log context with the API Gateway request id as
// correlation id, metrics flush, tracing); the Hono app owns HTTP and its errors.
export const handler = middy(handle(app))
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger, { correlationIdPath: 'requestContext.requestId' }))
  .use(logMetrics(metrics, { captureColdStartMetric: true }))
  .use(countResponses());

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}
