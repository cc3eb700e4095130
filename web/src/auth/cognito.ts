import type { CognitoConfig } from './config.ts';

// Cognito's hosted UI with the authorization code flow and PKCE (RFC 7636): no client
// secret in the browser, and the code is useless without the verifier kept in this tab.

const pkceKey = 'bryggan.pkce';
const redirectUri = () => `${window.location.origin}/auth/callback`;

/** The hosted UI's base URL; `domain` may be a full host or just the Cognito prefix. */
export function hostedUi(config: CognitoConfig): string | undefined {
  if (!config.domain) return undefined;
  const host = config.domain.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return `https://${host.includes('.') ? host : `${host}.auth.${config.region}.amazoncognito.com`}`;
}

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const randomText = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

export async function startCognitoSignIn(config: CognitoConfig): Promise<void> {
  const base = hostedUi(config);
  if (!base) throw new Error('No Cognito domain configured');
  const verifier = randomText();
  const state = randomText();
  sessionStorage.setItem(pkceKey, JSON.stringify({ verifier, state }));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid email profile',
    state,
    code_challenge_method: 'S256',
    code_challenge: base64Url(new Uint8Array(digest)),
  });
  window.location.assign(`${base}/oauth2/authorize?${query}`);
}

/** Trades the code from the callback for tokens; returns the ID token the API verifies. */
export async function finishCognitoSignIn(config: CognitoConfig, params: URLSearchParams): Promise<string> {
  const base = hostedUi(config);
  const saved = JSON.parse(sessionStorage.getItem(pkceKey) ?? 'null') as {
    verifier: string;
    state: string;
  } | null;
  sessionStorage.removeItem(pkceKey);
  const code = params.get('code');
  if (!base || !saved || !code || params.get('state') !== saved.state) throw new Error('Invalid callback');
  const response = await fetch(`${base}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: redirectUri(),
      code_verifier: saved.verifier,
    }),
  });
  if (!response.ok) throw new Error(`Token exchange failed: ${response.status}`);
  const tokens = (await response.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error('No ID token');
  return tokens.id_token;
}

export function cognitoSignOutUrl(config: CognitoConfig): string | undefined {
  const base = hostedUi(config);
  if (!base) return undefined;
  const query = new URLSearchParams({
    client_id: config.clientId,
    logout_uri: `${window.location.origin}/sign-in`,
  });
  return `${base}/logout?${query}`;
}
