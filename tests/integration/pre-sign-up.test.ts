import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, PreSignUpTriggerEvent } from 'aws-lambda';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#shared/db/keys';
import { tenantKeyPattern } from '#shared/db/repositories/tenants';
import { handler, SignUpRefused } from '../../functions/auth/pre-sign-up.ts';
import { ensureTenant, newTenant } from './support/harness.ts';

// The Cognito pre-sign-up trigger, as Lambda runs it, against DynamoDB Local.

const context = {
  functionName: 'bryggan-pre-sign-up',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:123456789012:function:bryggan-pre-sign-up',
  memoryLimitInMB: '512',
  awsRequestId: 'lambda-request-1',
  getRemainingTimeInMillis: () => 5_000,
} as unknown as Context;

const signUp = (
  attributes: Record<string, string>,
  triggerSource: PreSignUpTriggerEvent['triggerSource'] = 'PreSignUp_SignUp',
) =>
  ({
    version: '1',
    region: 'eu-north-1',
    userPoolId: 'eu-north-1_test',
    triggerSource,
    userName: '5f1c2a3b-0000-4000-8000-000000000002',
    callerContext: { awsSdkVersion: 'aws-sdk-js-3', clientId: 'client-1' },
    request: { userAttributes: { email: 'nils@example.se', ...attributes } },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  }) as PreSignUpTriggerEvent;

describe('pre-sign-up trigger', () => {
  it('lets a sign-up for an existing tenant through, unchanged', async () => {
    const tenant = newTenant();
    await ensureTenant(tenant);
    const event = signUp({ 'custom:tenant': tenant });
    const result = await handler(event, context);
    expect(result).toEqual(signUp({ 'custom:tenant': tenant }));
    // Nothing is confirmed or verified on the user's behalf.
    expect(result.response).toEqual({
      autoConfirmUser: false,
      autoVerifyEmail: false,
      autoVerifyPhone: false,
    });
  });

  it('refuses a tenant that does not exist, with a message that says so', async () => {
    const missing = newTenant();
    await expect(handler(signUp({ 'custom:tenant': missing }), context)).rejects.toThrow(
      new SignUpRefused(`Unknown tenant "${missing}": no municipality with that id uses Bryggan.`),
    );
  });

  it('refuses a sign-up without a tenant, or with one that cannot be a tenant id', async () => {
    const refused: Record<string, string>[] = [
      {},
      { 'custom:tenant': '' },
      { 'custom:tenant': 'T#x#TENANT' },
    ];
    for (const attributes of refused) {
      await expect(handler(signUp(attributes), context)).rejects.toThrow(SignUpRefused);
    }
  });

  it('holds an administrator creating a user to the same rule', async () => {
    const existing = newTenant();
    await ensureTenant(existing);
    const created = signUp({ 'custom:tenant': existing }, 'PreSignUp_AdminCreateUser');
    await expect(handler(created, context)).resolves.toBe(created);
    await expect(
      handler(signUp({ 'custom:tenant': newTenant() }, 'PreSignUp_AdminCreateUser'), context),
    ).rejects.toThrow(/Unknown tenant/);
  });
});

describe('pre-sign-up trigger, as the employer sign-up page calls it', () => {
  it('refuses a self sign-up that names a company, even in an existing tenant', async () => {
    const tenant = newTenant();
    await ensureTenant(tenant);
    await expect(
      handler(
        signUp({ 'custom:tenant': tenant, 'custom:employerId': '01J0000000000000000000000A' }),
        context,
      ),
    ).rejects.toThrow(/custom:employerId/);
  });
});

// The same handler with the DynamoDB client mocked: what it asks AWS for, and what it
// does when AWS fails. The tests above prove the answers against DynamoDB Local.
describe('pre-sign-up trigger, its AWS calls', () => {
  // Made when this block starts, not when the file is read: the tests above use the real client.
  let dynamo: AwsClientStub<DynamoDBDocumentClient>;
  beforeAll(() => {
    dynamo = mockClient(DynamoDBDocumentClient);
  });
  afterEach(() => dynamo.reset());
  afterAll(() => dynamo.restore());

  it('reads exactly one item, the tenant item its IAM policy allows, and nothing else', async () => {
    dynamo.on(GetCommand).resolves({ Item: { id: 'malmo', name: 'Malmö stad' } });
    await handler(signUp({ 'custom:tenant': 'malmo' }), context);
    expect(dynamo.calls()).toHaveLength(1);
    const [get] = dynamo.commandCalls(GetCommand);
    const key = get!.args[0].input.Key as { pk: string; sk: string };
    expect(key).toEqual(keys.tenant('malmo'));
    // The role may only GetItem with a partition key like T#*#TENANT (infra/stacks/auth-stack.ts).
    expect(new RegExp(`^${tenantKeyPattern.replace('*', '[a-z0-9-]+')}$`).test(key.pk)).toBe(true);
  });

  it('asks AWS nothing when the tenant attribute is missing or malformed, or names a company', async () => {
    for (const attributes of [{}, { 'custom:tenant': 'T#x#TENANT' }] as Record<string, string>[]) {
      await expect(handler(signUp(attributes), context)).rejects.toThrow(SignUpRefused);
    }
    await expect(
      handler(signUp({ 'custom:tenant': 'malmo', 'custom:employerId': 'x' }), context),
    ).rejects.toThrow(SignUpRefused);
    expect(dynamo.calls()).toHaveLength(0);
  });

  it('fails the sign-up when DynamoDB fails, rather than letting an unchecked tenant through', async () => {
    dynamo.on(GetCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    await expect(handler(signUp({ 'custom:tenant': 'malmo' }), context)).rejects.toThrow('Rate exceeded');
  });

  it('refuses when the table has no such tenant', async () => {
    dynamo.on(GetCommand).resolves({});
    await expect(handler(signUp({ 'custom:tenant': 'lund' }), context)).rejects.toThrow(
      /Unknown tenant "lund"/,
    );
  });
});
