import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { createTokenVerifier, type TokenVerifier } from '#api/auth/verifier';
import type { DemoUser } from './demo-data.ts';

// Stands in for Cognito locally: signs ID tokens with the same claim names, and
// the app verifies them through the same code it uses against Cognito's JWKS.
const issuer = 'http://localhost/dev-issuer';
const audience = 'bryggan-local';
const keyId = 'dev-1';

export interface IssueOptions {
  expiresIn?: string;
  /** Cognito signs ID and access tokens alike; the API accepts only ID tokens. */
  tokenUse?: 'id' | 'access';
}

export interface DevIssuer {
  issueToken: (user: DemoUser, options?: IssueOptions) => Promise<string>;
  verifyToken: TokenVerifier;
  jwks: { keys: JWK[] };
}

export async function createDevIssuer(): Promise<DevIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(publicKey)), kid: keyId, alg: 'RS256', use: 'sig' };
  const jwks = { keys: [publicJwk] };
  return {
    jwks,
    verifyToken: createTokenVerifier({ keySet: createLocalJWKSet(jwks), issuer, audience }),
    issueToken: (user, options = {}) =>
      new SignJWT({
        'cognito:groups': [user.role],
        'custom:tenant': user.tenant,
        name: user.name,
        token_use: options.tokenUse ?? 'id',
      })
        .setProtectedHeader({ alg: 'RS256', kid: keyId })
        .setSubject(user.id)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '8h')
        .sign(privateKey),
  };
}
