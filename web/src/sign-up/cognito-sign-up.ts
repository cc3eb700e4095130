import { z } from 'zod';
import {
  type CognitoConfirmSignUp,
  CognitoFailure,
  type CognitoResendCode,
  type CognitoSignUp,
  CognitoSignUpAnswer,
} from '#shared/schemas/sign-up';

// Cognito's public API, called straight from the browser: SignUp, ConfirmSignUp and
// ResendConfirmationCode are unauthenticated calls that name the app client, so no AWS
// credentials and no request signing. A plain fetch of Cognito's JSON protocol is about
// 1 kB gzipped with its schemas; @aws-sdk/client-cognito-identity-provider for the same
// calls bundles to about 166 kB (53 kB gzipped).

/** Where the calls go: Cognito's regional endpoint in AWS, the local stand-in under `npm start`. */
export interface SignUpEndpoint {
  url: string;
  clientId: string;
}

export const cognitoEndpoint = (region: string) => `https://cognito-idp.${region}.amazonaws.com/`;

/** Why Cognito said no, in the words the page has a message for. */
export type SignUpFailureReason =
  | 'emailTaken'
  | 'weakPassword'
  | 'invalidDetails'
  | 'municipalityRefused'
  | 'wrongCode'
  | 'expiredCode'
  | 'alreadyConfirmed'
  | 'tooManyAttempts'
  | 'unavailable';

const reasons: Record<string, SignUpFailureReason> = {
  UsernameExistsException: 'emailTaken',
  AliasExistsException: 'emailTaken',
  InvalidPasswordException: 'weakPassword',
  InvalidParameterException: 'invalidDetails',
  // The pre-sign-up trigger refused: the municipality does not exist (any more).
  UserLambdaValidationException: 'municipalityRefused',
  CodeMismatchException: 'wrongCode',
  ExpiredCodeException: 'expiredCode',
  // ConfirmSignUp on an account that is already confirmed.
  NotAuthorizedException: 'alreadyConfirmed',
  LimitExceededException: 'tooManyAttempts',
  TooManyRequestsException: 'tooManyAttempts',
  TooManyFailedAttemptsException: 'tooManyAttempts',
  CodeDeliveryFailureException: 'unavailable',
};

export class SignUpFailed extends Error {
  constructor(
    readonly reason: SignUpFailureReason,
    /** Cognito's own error name, for the console; never shown to the person. */
    readonly cognitoType?: string,
  ) {
    super(`Sign-up failed: ${reason}${cognitoType ? ` (${cognitoType})` : ''}`);
  }
}

// ConfirmSignUp answers `{}` (or a Session for choice-based sign-in, which this client does not
// use); ResendConfirmationCode says where the code went. Neither carries anything the page needs.
const ConfirmAnswer = z.object({}).loose();

type Action = 'SignUp' | 'ConfirmSignUp' | 'ResendConfirmationCode';

async function call<S extends z.ZodType>(
  endpoint: SignUpEndpoint,
  action: Action,
  body: object,
  answer: S,
  fetcher: typeof fetch,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetcher(endpoint.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${action}`,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new SignUpFailed('unavailable');
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const failure = CognitoFailure.safeParse(json);
    // The type may be namespaced: `com.amazonaws…#CodeMismatchException`.
    const type = failure.success ? failure.data.__type.split('#').pop() : undefined;
    throw new SignUpFailed((type && reasons[type]) || 'unavailable', type);
  }
  const parsed = answer.safeParse(json);
  if (!parsed.success) throw new SignUpFailed('unavailable');
  return parsed.data;
}

export interface NewAccount {
  tenant: string;
  name: string;
  email: string;
  password: string;
}

/** Creates the unconfirmed account with its municipality; Cognito e-mails a code. */
export function signUp(endpoint: SignUpEndpoint, account: NewAccount, fetcher: typeof fetch = fetch) {
  const request: CognitoSignUp = {
    ClientId: endpoint.clientId,
    Username: account.email,
    Password: account.password,
    UserAttributes: [
      { Name: 'email', Value: account.email },
      { Name: 'name', Value: account.name },
      // Checked by the pre-sign-up trigger; immutable once the account exists.
      { Name: 'custom:tenant', Value: account.tenant },
    ],
  };
  return call(endpoint, 'SignUp', request, CognitoSignUpAnswer, fetcher);
}

/** Confirms the e-mail with the code; the post-confirmation trigger makes the account an employer. */
export async function confirmSignUp(
  endpoint: SignUpEndpoint,
  email: string,
  code: string,
  fetcher: typeof fetch = fetch,
): Promise<void> {
  const request: CognitoConfirmSignUp = {
    ClientId: endpoint.clientId,
    Username: email,
    ConfirmationCode: code,
  };
  await call(endpoint, 'ConfirmSignUp', request, ConfirmAnswer, fetcher);
}

/** Sends a new code, for a lost or expired one. */
export async function resendCode(
  endpoint: SignUpEndpoint,
  email: string,
  fetcher: typeof fetch = fetch,
): Promise<void> {
  const request: CognitoResendCode = { ClientId: endpoint.clientId, Username: email };
  await call(endpoint, 'ResendConfirmationCode', request, ConfirmAnswer, fetcher);
}
