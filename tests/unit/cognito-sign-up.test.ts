import { describe, expect, it } from 'vitest';
import {
  CognitoConfirmSignUp,
  CognitoResendCode,
  CognitoSignUp,
  selfSignUpAttributes,
} from '#shared/schemas/sign-up';
import {
  cognitoEndpoint,
  confirmSignUp,
  resendCode,
  SignUpFailed,
  signUp,
} from '../../web/src/sign-up/cognito-sign-up.ts';

// The sign-up page's calls to Cognito, against a fake fetch that records what it was sent.

const endpoint = { url: cognitoEndpoint('eu-north-1'), clientId: 'web-client-id' };
const account = {
  tenant: 'malmo',
  name: 'Sara Snickare',
  email: 'sara@example.se',
  password: 'Snickra-2027!x',
};

interface Sent {
  url: string;
  method: string | undefined;
  headers: Headers;
  body: unknown;
}

function fakeFetch(status: number, answer: unknown) {
  const sent: Sent[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    sent.push({
      url,
      method: init?.method,
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body)),
    });
    return new Response(JSON.stringify(answer), {
      status,
      headers: { 'Content-Type': 'application/x-amz-json-1.1' },
    });
  }) as typeof fetch;
  return { fetcher, sent };
}

const failingWith = (type: string) => fakeFetch(400, { __type: type, message: 'Cognito says no' }).fetcher;

describe('the sign-up page’s Cognito calls', () => {
  it('signs up at the regional endpoint with the client id, the e-mail as username and the tenant', async () => {
    const { fetcher, sent } = fakeFetch(200, { UserConfirmed: false, UserSub: 'sub-1' });
    await expect(signUp(endpoint, account, fetcher)).resolves.toMatchObject({ UserSub: 'sub-1' });
    expect(sent).toHaveLength(1);
    const [call] = sent;
    expect(call!.url).toBe('https://cognito-idp.eu-north-1.amazonaws.com/');
    expect(call!.method).toBe('POST');
    expect(call!.headers.get('x-amz-target')).toBe('AWSCognitoIdentityProviderService.SignUp');
    expect(call!.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(CognitoSignUp.parse(call!.body)).toEqual({
      ClientId: 'web-client-id',
      Username: account.email,
      Password: account.password,
      UserAttributes: [
        { Name: 'email', Value: account.email },
        { Name: 'name', Value: account.name },
        { Name: 'custom:tenant', Value: 'malmo' },
      ],
    });
  });

  it('sends no credentials: these are Cognito’s unauthenticated calls', async () => {
    const { fetcher, sent } = fakeFetch(200, { UserConfirmed: false, UserSub: 'sub-1' });
    await signUp(endpoint, account, fetcher);
    for (const header of ['authorization', 'x-amz-date', 'x-amz-security-token'])
      expect(sent[0]!.headers.has(header)).toBe(false);
  });

  it('writes only the attributes the web client may write, never the employer link', async () => {
    const { fetcher, sent } = fakeFetch(200, { UserConfirmed: false, UserSub: 'sub-1' });
    await signUp(endpoint, account, fetcher);
    const names = (sent[0]!.body as CognitoSignUp).UserAttributes.map((attribute) => attribute.Name);
    expect(names.sort()).toEqual([...selfSignUpAttributes].sort());
    expect(names).not.toContain('custom:employerId');
  });

  it('confirms with the code, and asks for a new code, naming the same client and address', async () => {
    const { fetcher, sent } = fakeFetch(200, {});
    await confirmSignUp(endpoint, account.email, '123456', fetcher);
    await resendCode(endpoint, account.email, fetcher);
    expect(sent.map((call) => call.headers.get('x-amz-target'))).toEqual([
      'AWSCognitoIdentityProviderService.ConfirmSignUp',
      'AWSCognitoIdentityProviderService.ResendConfirmationCode',
    ]);
    expect(CognitoConfirmSignUp.parse(sent[0]!.body)).toEqual({
      ClientId: 'web-client-id',
      Username: account.email,
      ConfirmationCode: '123456',
    });
    expect(CognitoResendCode.parse(sent[1]!.body)).toEqual({
      ClientId: 'web-client-id',
      Username: account.email,
    });
  });

  it('turns Cognito’s errors into reasons the page has words for, namespaced or not', async () => {
    const cases: [string, string][] = [
      ['UsernameExistsException', 'emailTaken'],
      ['InvalidPasswordException', 'weakPassword'],
      ['InvalidParameterException', 'invalidDetails'],
      // The pre-sign-up trigger refused the tenant.
      ['UserLambdaValidationException', 'municipalityRefused'],
      ['TooManyRequestsException', 'tooManyAttempts'],
      ['com.amazonaws.cognito.identity.idp.model#UsernameExistsException', 'emailTaken'],
      ['SomethingNewException', 'unavailable'],
    ];
    for (const [type, reason] of cases) {
      const refused = signUp(endpoint, account, failingWith(type));
      await expect(refused, type).rejects.toThrow(SignUpFailed);
      await expect(refused, type).rejects.toMatchObject({ reason });
    }
    for (const [type, reason] of [
      ['CodeMismatchException', 'wrongCode'],
      ['ExpiredCodeException', 'expiredCode'],
      ['NotAuthorizedException', 'alreadyConfirmed'],
      ['LimitExceededException', 'tooManyAttempts'],
    ]) {
      await expect(
        confirmSignUp(endpoint, account.email, '000000', failingWith(type!)),
      ).rejects.toMatchObject({
        reason,
      });
    }
  });

  it('is "unavailable" when the network fails or the answer is not Cognito’s', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(signUp(endpoint, account, offline)).rejects.toMatchObject({ reason: 'unavailable' });
    const html = (async () => new Response('<html>', { status: 502 })) as typeof fetch;
    await expect(signUp(endpoint, account, html)).rejects.toMatchObject({ reason: 'unavailable' });
    // A 200 without the account id is not a sign-up the page can go on from.
    await expect(signUp(endpoint, account, fakeFetch(200, {}).fetcher)).rejects.toMatchObject({
      reason: 'unavailable',
    });
  });
});
