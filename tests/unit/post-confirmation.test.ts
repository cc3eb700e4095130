import {
  AdminAddUserToGroupCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Context, PostConfirmationTriggerEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { groupOnConfirmation, handler } from '../../functions/auth/post-confirmation.ts';

// Cognito cannot run here; it is the one part of the trigger we fake.
const cognito = mockClient(CognitoIdentityProviderClient);

const context = {
  functionName: 'bryggan-post-confirmation',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:123456789012:function:bryggan-post-confirmation',
  memoryLimitInMB: '512',
  awsRequestId: 'lambda-request-1',
  getRemainingTimeInMillis: () => 5_000,
} as unknown as Context;

const event = (triggerSource: PostConfirmationTriggerEvent['triggerSource']) =>
  ({
    version: '1',
    region: 'eu-north-1',
    userPoolId: 'eu-north-1_test',
    triggerSource,
    userName: '5f1c2a3b-0000-4000-8000-000000000001',
    callerContext: { awsSdkVersion: 'aws-sdk-js-3', clientId: 'client-1' },
    request: {
      userAttributes: {
        sub: '5f1c2a3b-0000-4000-8000-000000000001',
        email: 'anna@example.se',
        'custom:tenant': 'malmo',
      },
    },
    response: {},
  }) as PostConfirmationTriggerEvent;

beforeEach(() => {
  cognito.reset();
  cognito.on(AdminAddUserToGroupCommand).resolves({});
});

describe('which group a confirmed user joins', () => {
  it('is employer after self sign-up, and none after a password reset', () => {
    expect(groupOnConfirmation('PostConfirmation_ConfirmSignUp')).toBe('employer');
    expect(groupOnConfirmation('PostConfirmation_ConfirmForgotPassword')).toBeUndefined();
  });
});

describe('post-confirmation trigger', () => {
  it('adds a self-registered user to the employer group of their pool', async () => {
    const confirmed = event('PostConfirmation_ConfirmSignUp');
    const result = await handler(confirmed, context);
    expect(result).toBe(confirmed);
    expect(result).toEqual(event('PostConfirmation_ConfirmSignUp'));
    expect(cognito.calls()).toHaveLength(1);
    expect(cognito.commandCalls(AdminAddUserToGroupCommand)[0]?.args[0].input).toEqual({
      UserPoolId: 'eu-north-1_test',
      Username: '5f1c2a3b-0000-4000-8000-000000000001',
      GroupName: 'employer',
    });
  });

  it('leaves the groups alone after a password reset', async () => {
    const reset = event('PostConfirmation_ConfirmForgotPassword');
    expect(await handler(reset, context)).toBe(reset);
    expect(cognito.calls()).toHaveLength(0);
  });

  it('passes a refusal from Cognito on, so a user left without a role is not a silent success', async () => {
    cognito.on(AdminAddUserToGroupCommand).rejects(new Error('AccessDeniedException'));
    await expect(handler(event('PostConfirmation_ConfirmSignUp'), context)).rejects.toThrow(
      'AccessDeniedException',
    );
  });
});
