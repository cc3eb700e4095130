import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it } from 'vitest';

// The Lambda entry as deployed: ORIGIN_SECRET_ARN names the secret CloudFront's
// origin header carries (infra/stacks/api-stack.ts), and the check is on.
const originSecretArn = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:origin';
const secrets = mockClient(SecretsManagerClient);
secrets
  .on(GetSecretValueCommand, { SecretId: originSecretArn })
  .resolves({ SecretString: 'from-cloudfront' });

process.env.JWT_ISSUER = 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_test';
process.env.JWT_AUDIENCE = 'client-1';
process.env.CURSOR_SECRET_ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:cursor';
process.env.ORIGIN_SECRET_ARN = originSecretArn;
process.env.MAIL_FROM = 'no-reply@bryggan.test';
process.env.USER_POOL_ID = 'eu-north-1_test';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;
let handler: Handler;

beforeAll(async () => {
  ({ handler } = (await import('#api/handler')) as unknown as { handler: Handler });
}, 60_000);

const context = {
  functionName: 'bryggan-api',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:123456789012:function:bryggan-api',
  memoryLimitInMB: '512',
  awsRequestId: 'lambda-request-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

const event = (headers: Record<string, string>): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/v1/health',
  rawQueryString: '',
  headers: { host: 'api.example', ...headers },
  requestContext: {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'api.example',
    domainPrefix: 'api',
    http: {
      method: 'GET',
      path: '/v1/health',
      protocol: 'HTTP/1.1',
      sourceIp: '192.0.2.1',
      userAgent: 'test',
    },
    requestId: 'apigw-request-43',
    routeKey: '$default',
    stage: '$default',
    time: '23/Nov/2026:10:00:00 +0000',
    timeEpoch: 0,
  },
  isBase64Encoded: false,
});

describe('the Lambda entry with an origin secret', () => {
  it('refuses a request straight to the execute-api address', async () => {
    const result = (await handler(event({}), context)) as { statusCode: number };
    expect(result.statusCode).toBe(403);
  });

  it("serves a request that carries CloudFront's header", async () => {
    const result = (await handler(event({ 'x-origin-verify': 'from-cloudfront' }), context)) as {
      statusCode: number;
    };
    expect(result.statusCode).toBe(200);
    expect(secrets.commandCalls(GetSecretValueCommand, { SecretId: originSecretArn }).length).toBeGreaterThan(
      0,
    );
  });
});
