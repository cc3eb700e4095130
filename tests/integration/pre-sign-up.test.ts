import type { Context, PreSignUpTriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
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
