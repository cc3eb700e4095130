import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Secrets Manager cannot run here; it is the one part of the cold start we fake.
const secrets = mockClient(SecretsManagerClient);
secrets.on(GetSecretValueCommand).resolves({ SecretString: 'cursor-secret' });

process.env.JWT_ISSUER = 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_test';
process.env.JWT_AUDIENCE = 'client-1';
process.env.CURSOR_SECRET_ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:cursor';
process.env.MAIL_FROM = 'no-reply@bryggan.test';
process.env.USER_POOL_ID = 'eu-north-1_test';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;
let handler: Handler;
let logger: { getCorrelationId: () => unknown };
let metrics: typeof import('#api/powertools').metrics;

beforeAll(async () => {
  ({ handler } = (await import('#api/handler')) as unknown as { handler: Handler });
  ({ logger, metrics } = await import('#api/powertools'));
});

const context = {
  functionName: 'bryggan-api',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:123456789012:function:bryggan-api',
  memoryLimitInMB: '512',
  awsRequestId: 'lambda-request-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

const event = (
  method: string,
  path: string,
  headers: Record<string, string> = {},
): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'api.example', ...headers },
  requestContext: {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'api.example',
    domainPrefix: 'api',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
    requestId: 'apigw-request-42',
    routeKey: '$default',
    stage: '$default',
    time: '23/Nov/2026:10:00:00 +0000',
    timeEpoch: 0,
  },
  isBase64Encoded: false,
});

describe('Lambda entry', () => {
  it('serves the Hono app and takes the correlation id from API Gateway', async () => {
    const result = (await handler(event('GET', '/v1/health'), context)) as {
      statusCode: number;
      body: string;
    };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ status: 'ok' });
    expect(logger.getCorrelationId()).toBe('apigw-request-42');
    // Only lists need the cursor key, so a cold start that serves health does not fetch it.
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(0);
  });

  it('answers a protected route without a token with a problem, not a crash', async () => {
    const addMetric = vi.spyOn(metrics, 'addMetric');
    const result = (await handler(event('GET', '/v1/employers'), context)) as {
      statusCode: number;
      headers: Record<string, string>;
    };
    expect(result.statusCode).toBe(401);
    expect(result.headers['content-type']).toBe('application/problem+json');
    expect(addMetric).toHaveBeenCalledWith('Responses4xx', 'Count', 1);
  });

  it('does not mount the local dev routes', async () => {
    const result = (await handler(event('GET', '/v1/dev/users'), context)) as { statusCode: number };
    expect(result.statusCode).toBe(404);
  });
});
