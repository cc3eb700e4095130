import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import { handle } from 'hono/aws-lambda';
import { createRemoteJWKSet } from 'jose';
import { documents } from '#shared/db/client';
import { directoryOnDemand, mailerOnDemand } from './adapters/on-demand.ts';
import { createApp } from './app.ts';
import { createTokenVerifier, lazyKeySet } from './auth/verifier.ts';
import { loadCursorSecret, loadSecret, secretsManager } from './cursor-secret.ts';
import { logger, metrics, tracer } from './powertools.ts';
import { countResponses } from './response-metrics.ts';

// Each AWS SDK call becomes a subsegment with the operation, table name, status
// and retries; the X-Ray SDK's allow-list records no keys, items or secret values.
// Instrumented here, at the entry, so shared/db and the API code stay free of Powertools.
tracer.captureAWSv3Client(documents());
tracer.captureAWSv3Client(secretsManager());

const issuer = requiredEnv('JWT_ISSUER');
const mailFrom = requiredEnv('MAIL_FROM');
const userPoolId = requiredEnv('USER_POOL_ID');
const app = createApp({
  verifyToken: createTokenVerifier({
    keySet: lazyKeySet(() => createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`))),
    issuer,
    audience: requiredEnv('JWT_AUDIENCE'),
  }),
  cursorSecret: loadCursorSecret(requiredEnv('CURSOR_SECRET_ARN')),
  mailer: mailerOnDemand(async () => {
    const { sesClient, sesMailer } = await import('./adapters/ses-mailer.ts');
    return sesMailer(tracer.captureAWSv3Client(sesClient()), mailFrom, process.env.MAIL_CONFIGURATION_SET);
  }),
  directory: directoryOnDemand(async () => {
    const { cognitoClient, cognitoDirectory } = await import('./adapters/cognito-directory.ts');
    return cognitoDirectory(tracer.captureAWSv3Client(cognitoClient()), userPoolId);
  }),
  ...(process.env.WEB_URL ? { webUrl: process.env.WEB_URL } : {}),
  ...(process.env.ORIGIN_SECRET_ARN ? { originSecret: loadSecret(process.env.ORIGIN_SECRET_ARN) } : {}),
  accessLog: (line) => logger.info('access', { ...line }),
});

// Middy owns the Lambda concerns (log context with the API Gateway request id as
// correlation id, metrics flush, tracing); the Hono app owns HTTP and its errors.
// Responses carry participant profiles (GDPR art. 9), so the trace never keeps a
// response body. The middleware has no switch for errors: the function's
// environment sets POWERTOOLS_TRACER_CAPTURE_ERROR=false (infra/constructs/node-function.ts).
export const handler = middy(handle(app))
  .use(captureLambdaHandler(tracer, { captureResponse: false }))
  .use(injectLambdaContext(logger, { correlationIdPath: 'requestContext.requestId' }))
  .use(logMetrics(metrics, { captureColdStartMetric: true }))
  .use(countResponses());

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}
