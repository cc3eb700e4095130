import { devApi } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { startCognitoSignIn } from '../auth/cognito.ts';
import type { CognitoConfig } from '../auth/config.ts';

/**
 * Signs in the account just confirmed. In AWS through the hosted UI with PKCE, like
 * every sign-in (the person types the password again and sets up their
 * authenticator app there); locally the dev issuer signs a token for the new account.
 * False when the local token is not one the app understands.
 */
export async function signInNewAccount(
  cognito: CognitoConfig | undefined,
  userSub: string,
  signIn: (token: string) => boolean,
): Promise<boolean> {
  if (cognito) {
    await startCognitoSignIn(cognito);
    return true;
  }
  const { token } = await readBody(devApi.token.$post({ json: { userId: userSub } }));
  return signIn(token);
}
