import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import AWSXRay from 'aws-xray-sdk-core';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real Lambda entry with tracing on, as in Lambda, against a stand-in for
// DynamoDB and Cognito's JWKS on localhost, so every AWS SDK call really runs
// through the X-Ray instrumentation. The test then reads the whole trace.

const tenant = 'trace-town';
const participantId = '01JTRACE000000000000000001';
// Recognisable, so any copy of the profile in the trace is found.
const participant = {
  id: participantId,
  tenant,
  version: 1,
  firstName: 'Ingegerd',
  lastName: 'Spårlösdottir',
  gender: 'woman',
  birthYear: 1990,
  coachId: 'coach-1',
  interests: ['logistics'],
  preferredTasks: ['packing'],
  availability: { kind: 'fullDay', weekdays: ['mon', 'tue'] },
  supportLevel: 2,
  environmentNeeds: ['quiet'],
  capabilities: ['fine_motor'],
  home: { postcode: '21122', area: 'Centrum' },
  maxTravelMinutes: 45,
  goal: 'Jag vill arbeta på ett lager i Spårlösa.',
  consent: { sharedSummary: false },
  stage: 'prework',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const personalData = ['Ingegerd', 'Spårlösdottir', 'Spårlösa'];

/** DynamoDB's JSON wire format for a plain value. */
function attribute(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(attribute) };
  return { M: item(value as Record<string, unknown>) };
}
const item = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).map(([name, field]) => [name, attribute(field)]));

const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };

const body = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => resolve(text));
  });

/** Answers the JWKS, GetItem for the tenant and the participant, and PutItem (the audit entry). */
async function fakeAws(): Promise<Server> {
  const server = createServer(async (request, response) => {
    if (request.url === '/.well-known/jwks.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
      return;
    }
    const operation = String(request.headers['x-amz-target']).split('.')[1];
    const input = JSON.parse(await body(request)) as { Key?: { pk: { S: string } } };
    let output: unknown = {};
    if (operation === 'GetItem') {
      const pk = input.Key?.pk.S ?? '';
      if (pk === `T#${tenant}#TENANT`)
        output = { Item: item({ pk, sk: 'TENANT', id: tenant, name: 'Trace' }) };
      if (pk === `T#${tenant}#PARTICIPANT#${participantId}`) {
        output = { Item: item({ pk, sk: 'PARTICIPANT', entity: 'participant', ...participant }) };
      }
    }
    response
      .writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'req-1' })
      .end(JSON.stringify(output));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return server;
}

let server: Server;
let issuer: string;
type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<{ statusCode: number; body: string }>;
let handler: Handler;

beforeAll(async () => {
  server = await fakeAws();
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // What Lambda sets, which is what turns the Powertools tracer on. The capture
  // switches (POWERTOOLS_TRACER_CAPTURE_*) are left unset: the code must hold alone.
  Object.assign(process.env, {
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: 'bryggan-api',
    AWS_REGION: 'eu-north-1',
    _HANDLER: 'index.handler',
    DYNAMODB_ENDPOINT: issuer,
    TABLE_NAME: 'bryggan',
    JWT_ISSUER: issuer,
    JWT_AUDIENCE: 'client-1',
    CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:cursor',
    MAIL_FROM: 'no-reply@bryggan.test',
    USER_POOL_ID: 'eu-north-1_test',
  });
  ({ handler } = (await import('#api/handler')) as unknown as { handler: Handler });
});

afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

const context = {
  functionName: 'bryggan-api',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:123456789012:function:bryggan-api',
  memoryLimitInMB: '1024',
  awsRequestId: 'lambda-request-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

const event = (path: string, token: string): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'api.example', authorization: `Bearer ${token}` },
  requestContext: {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'api.example',
    domainPrefix: 'api',
    http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
    requestId: 'apigw-request-7',
    routeKey: '$default',
    stage: '$default',
    time: '23/Nov/2026:10:00:00 +0000',
    timeEpoch: 0,
  },
  isBase64Encoded: false,
});

const coachToken = () =>
  new SignJWT({ 'cognito:groups': ['coach'], 'custom:tenant': tenant, token_use: 'id' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('coach-1')
    .setIssuer(issuer)
    .setAudience('client-1')
    .setExpirationTime('5m')
    .sign(privateKey);

interface TraceNode {
  name: string;
  annotations?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  aws?: Record<string, unknown>;
  subsegments?: TraceNode[];
}
const flatten = (node: TraceNode): TraceNode[] => [node, ...(node.subsegments ?? []).flatMap(flatten)];

/** Runs one invocation under a fresh segment, as Lambda's facade segment would be, and returns both. */
async function tracedInvocation(path: string) {
  const segment = new AWSXRay.Segment('bryggan-api');
  const token = await coachToken();
  const result = await AWSXRay.getNamespace().runPromise(async () => {
    AWSXRay.setSegment(segment);
    return handler(event(path, token), context);
  });
  // The document X-Ray would receive: the segment with every subsegment still held.
  const document = segment.format();
  return { result, document, nodes: flatten(JSON.parse(document) as TraceNode) };
}

describe('tracing the Lambda entry', () => {
  it('keeps a participant profile out of the trace while tracing the call and its AWS requests', async () => {
    const { result, document, nodes } = await tracedInvocation(`/v1/participants/${participantId}`);
    expect(result.statusCode).toBe(200);
    for (const name of personalData) expect(result.body).toContain(name);

    // The trace is really there: the handler's subsegment with its annotations…
    const handlerNode = nodes.find((node) => node.name === '## index.handler');
    expect(handlerNode?.annotations).toMatchObject({
      Service: 'bryggan-api',
      ColdStart: expect.any(Boolean),
    });
    // …and one subsegment per DynamoDB call (tenant, participant, audit, and the coach's
    // first successful request on the staff list), named, with the table.
    const dynamo = nodes.filter((node) => node.name === 'DynamoDB');
    expect(dynamo.map((node) => node.aws?.operation)).toEqual([
      'GetItem',
      'GetItem',
      'PutItem',
      'UpdateItem',
    ]);
    for (const node of dynamo) expect(node.aws).toMatchObject({ table_name: 'bryggan' });

    // But no response body as metadata, and nothing of the profile anywhere.
    expect(nodes.flatMap((node) => Object.keys(node.metadata ?? {}))).toEqual([]);
    for (const name of personalData) expect(document).not.toContain(name);
    // Nor the keys of the calls: the X-Ray SDK records the table, never the request's items or keys.
    expect(document).not.toContain('PARTICIPANT#');
  });
});
