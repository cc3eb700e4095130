import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keys } from '#shared/db/keys';
import { localSignUpClientId } from '#shared/schemas/sign-up';
import { cognitoStandIn } from '../../functions/local/cognito-stand-in.ts';
import { LocalAccounts } from '../../functions/local/local-accounts.ts';
import { confirmSignUp, resendCode, signUp } from '../../web/src/sign-up/cognito-sign-up.ts';

// The web's own Cognito calls against the local stand-in that `npm start` mounts at
// /v1/dev/cognito; the tenant table is mocked (only malmo exists).

const endpoint = { url: 'http://localhost/', clientId: localSignUpClientId };
const account = { tenant: 'malmo', name: 'Sara', email: 'sara@example.se', password: 'Snickra-hyllor-2027' };

describe('the local stand-in for Cognito’s sign-up calls', () => {
  let dynamo: AwsClientStub<DynamoDBDocumentClient>;
  let accounts: LocalAccounts;
  let fetcher: typeof fetch;

  beforeAll(() => {
    dynamo = mockClient(DynamoDBDocumentClient);
  });
  afterAll(() => dynamo.restore());
  beforeEach(() => {
    dynamo.reset();
    dynamo.on(GetCommand).resolves({});
    dynamo
      .on(GetCommand, { Key: keys.tenant('malmo') })
      .resolves({ Item: { id: 'malmo', name: 'Malmö stad' } });
    accounts = new LocalAccounts();
    const app = cognitoStandIn(accounts);
    fetcher = ((url: string, init?: RequestInit) => app.request(url, init)) as typeof fetch;
  });

  it('signs up, e-mails a code, confirms with it, and then lists the account as an employer of the tenant', async () => {
    const mailed: string[] = [];
    accounts.onCode = (email, code) => mailed.push(`${email} ${code}`);
    const { UserSub, UserConfirmed } = await signUp(endpoint, account, fetcher);
    expect(UserConfirmed).toBe(false);
    expect(accounts.users()).toEqual([]);
    const code = accounts.codeFor(account.email) ?? '';
    expect(mailed).toEqual([`${account.email} ${code}`]);

    await expect(
      confirmSignUp(endpoint, account.email, code === '999999' ? '000000' : '999999', fetcher),
    ).rejects.toMatchObject({
      reason: 'wrongCode',
    });
    await resendCode(endpoint, account.email, fetcher);
    const newCode = accounts.codeFor(account.email) ?? '';
    expect(mailed).toHaveLength(2);
    await confirmSignUp(endpoint, account.email, newCode, fetcher);
    expect(accounts.users()).toEqual([{ id: UserSub, role: 'employer', tenant: 'malmo', name: 'Sara' }]);
    await expect(confirmSignUp(endpoint, account.email, newCode, fetcher)).rejects.toMatchObject({
      reason: 'alreadyConfirmed',
    });
  });

  it('holds a sign-up to the pre-sign-up trigger’s rule: the tenant must exist', async () => {
    await expect(signUp(endpoint, { ...account, tenant: 'lund' }, fetcher)).rejects.toMatchObject({
      reason: 'municipalityRefused',
      cognitoType: 'UserLambdaValidationException',
    });
    expect(accounts.codeFor(account.email)).toBeUndefined();
  });

  it('refuses what Cognito would: a weak password, a taken address, another client, a company link', async () => {
    await expect(signUp(endpoint, { ...account, password: 'kort' }, fetcher)).rejects.toMatchObject({
      reason: 'weakPassword',
    });
    await signUp(endpoint, account, fetcher);
    await expect(signUp(endpoint, { ...account, email: 'SARA@example.se' }, fetcher)).rejects.toMatchObject({
      reason: 'emailTaken',
    });
    await expect(
      signUp({ ...endpoint, clientId: 'another' }, { ...account, email: 'x@example.se' }, fetcher),
    ).rejects.toMatchObject({ cognitoType: 'ResourceNotFoundException' });
    // The shared schema takes only the web client's write attributes, so custom:employerId is refused.
    const linked = await fetcher('http://localhost/', {
      method: 'POST',
      headers: { 'X-Amz-Target': 'AWSCognitoIdentityProviderService.SignUp' },
      body: JSON.stringify({
        ClientId: localSignUpClientId,
        Username: 'y@example.se',
        Password: account.password,
        UserAttributes: [
          { Name: 'email', Value: 'y@example.se' },
          { Name: 'custom:tenant', Value: 'malmo' },
          { Name: 'custom:employerId', Value: '01J0000000000000000000000A' },
        ],
      }),
    });
    expect(linked.status).toBe(400);
    expect(await linked.json()).toMatchObject({ __type: 'InvalidParameterException' });
  });
});
