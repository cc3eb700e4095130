import { Hono } from 'hono';
import type { z } from 'zod';
import { brokenPasswordRules } from '#shared/domain/password-policy';
import {
  CognitoConfirmSignUp,
  CognitoResendCode,
  CognitoSignUp,
  type CognitoSignUpAnswer,
  localSignUpClientId,
  type selfSignUpAttributes,
} from '#shared/schemas/sign-up';
import { checkTenantOnSignUp, refuseEmployerLinkOnSelfSignUp, SignUpRefused } from '../auth/pre-sign-up.ts';
import type { LocalAccounts } from './local-accounts.ts';

type Attributes = Partial<Record<(typeof selfSignUpAttributes)[number], string>>;

class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalid('The request does not have the fields this action takes.');
  return parsed.data;
}

function checkClient(clientId: string) {
  if (clientId !== localSignUpClientId)
    throw new CognitoError('ResourceNotFoundException', 'No such app client.');
}

async function signUp(accounts: LocalAccounts, body: unknown) {
  const request = parse(CognitoSignUp, body);
  checkClient(request.ClientId);
  const attributes: Attributes = Object.fromEntries(request.UserAttributes.map((a) => [a.Name, a.Value]));
  if (!attributes.email || attributes.email !== request.Username || !attributes.email.includes('@'))
    throw invalid('Username should be an email.');
  if (brokenPasswordRules(request.Password).length > 0)
    throw new CognitoError('InvalidPasswordException', 'Password does not conform to policy.');
  try {
    // The same checks as the pre-sign-up trigger, against the same table.
    refuseEmployerLinkOnSelfSignUp('PreSignUp_SignUp', attributes);
    const tenant = await checkTenantOnSignUp(attributes);
    const userSub = accounts.signUp({ email: attributes.email, name: attributes.name ?? '', tenant });
    if (!userSub)
      throw new CognitoError('UsernameExistsException', 'An account with the given email already exists.');
    const answer: CognitoSignUpAnswer = {
      UserConfirmed: false,
      UserSub: userSub,
      CodeDeliveryDetails: { Destination: attributes.email, DeliveryMedium: 'EMAIL' },
    };
    return answer;
  } catch (error) {
    if (error instanceof SignUpRefused)
      throw new CognitoError('UserLambdaValidationException', `PreSignUp failed with error ${error.message}`);
    throw error;
  }
}

function confirmSignUp(accounts: LocalAccounts, body: unknown) {
  const request = parse(CognitoConfirmSignUp, body);
  checkClient(request.ClientId);
  switch (accounts.confirm(request.Username, request.ConfirmationCode)) {
    case 'confirmed':
      return {};
    case 'alreadyConfirmed':
      throw new CognitoError(
        'NotAuthorizedException',
        'User cannot be confirmed. Current status is CONFIRMED',
      );
    default:
      // Cognito answers an unknown user like a wrong code when user existence errors are prevented.
      throw new CognitoError(
        'CodeMismatchException',
        'Invalid verification code provided, please try again.',
      );
  }
}

function resendCode(accounts: LocalAccounts, body: unknown) {
  const request = parse(CognitoResendCode, body);
  checkClient(request.ClientId);
  accounts.resendCode(request.Username);
  return { CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', AttributeName: 'email' } };
}

const actions = { SignUp: signUp, ConfirmSignUp: confirmSignUp, ResendConfirmationCode: resendCode };

/**
 * Local only: the three unauthenticated calls of Cognito's JSON protocol that the
 * sign-up page makes, so the page runs the same code under `npm start` as in AWS.
 * Never part of the Lambda app. The code Cognito would e-mail goes to
 * `LocalAccounts.onCode` instead.
 */
export const cognitoStandIn = (accounts: LocalAccounts) =>
  new Hono().post('/', async (c) => {
    const target = c.req.header('x-amz-target') ?? '';
    const action = target.replace(/^AWSCognitoIdentityProviderService\./, '') as keyof typeof actions;
    const reply = (status: 200 | 400, body: object) =>
      c.body(JSON.stringify(body), status, { 'Content-Type': 'application/x-amz-json-1.1' });
    try {
      if (!(action in actions)) throw new CognitoError('UnknownOperationException', `No action ${target}`);
      const body: unknown = await c.req.json().catch(() => undefined);
      return reply(200, await actions[action](accounts, body));
    } catch (error) {
      if (error instanceof CognitoError) return reply(400, { __type: error.type, message: error.message });
      throw error;
    }
  });
