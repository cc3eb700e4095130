import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier, InvalidTokenError, lazyKeySet } from '#api/auth/verifier';

const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] };
const issuer = 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_test';
const verify = createTokenVerifier({ keySet: createLocalJWKSet(jwks), issuer, audience: 'client-1' });

const sign = (claims: Record<string, unknown>, options: { audience?: string; issuer?: string } = {}) =>
  new SignJWT({ token_use: 'id', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('user-1')
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? 'client-1')
    .setExpirationTime('5m')
    .sign(privateKey);

describe('token verifier (Cognito-shaped claims)', () => {
  it('maps groups and custom attributes to a principal, strongest role first', async () => {
    const token = await sign({
      'cognito:groups': ['employer', 'coach'],
      'custom:tenant': 'malmo',
      'custom:employerId': 'E1',
    });
    expect(await verify(token)).toEqual({
      userId: 'user-1',
      role: 'coach',
      tenant: 'malmo',
      employerId: 'E1',
    });
  });

  it('rejects a token without a role or tenant, or for another audience or issuer', async () => {
    await expect(verify(await sign({ 'custom:tenant': 'malmo' }))).rejects.toThrow(InvalidTokenError);
    await expect(verify(await sign({ 'cognito:groups': ['coach'] }))).rejects.toThrow(InvalidTokenError);
    const claims = { 'cognito:groups': ['coach'], 'custom:tenant': 'malmo' };
    await expect(verify(await sign(claims, { audience: 'other' }))).rejects.toThrow(InvalidTokenError);
    await expect(verify(await sign(claims, { issuer: 'https://evil.example' }))).rejects.toThrow(
      InvalidTokenError,
    );
  });

  it('accepts only ID tokens: an access token, or a token that says neither, is refused', async () => {
    const claims = { 'cognito:groups': ['coach'], 'custom:tenant': 'malmo' };
    await expect(verify(await sign(claims))).resolves.toMatchObject({ role: 'coach' });
    await expect(verify(await sign({ ...claims, token_use: 'access' }))).rejects.toThrow(InvalidTokenError);
    await expect(verify(await sign({ ...claims, token_use: undefined }))).rejects.toThrow(InvalidTokenError);
  });
});

describe('verified tokens per container', () => {
  const claims = { 'cognito:groups': ['coach'], 'custom:tenant': 'malmo' };

  it('checks a signature once per token until the token expires, then refuses it', async () => {
    let lookups = 0;
    let made = 0;
    let clock = Date.now();
    const local = createLocalJWKSet(jwks);
    const counted = createTokenVerifier({
      keySet: lazyKeySet(() => {
        made++;
        return (header, token) => {
          lookups++;
          return local(header, token);
        };
      }),
      issuer,
      audience: 'client-1',
      now: () => clock,
    });
    expect(made).toBe(0);
    const token = await sign(claims);
    await expect(counted(token)).resolves.toMatchObject({ role: 'coach', tenant: 'malmo' });
    await expect(counted(token)).resolves.toMatchObject({ role: 'coach', tenant: 'malmo' });
    expect({ made, lookups }).toEqual({ made: 1, lookups: 1 });
    clock += 6 * 60 * 1000;
    await expect(counted(token)).rejects.toThrow(InvalidTokenError);
    expect(lookups).toBe(2);
  });

  it('remembers no refused token', async () => {
    let lookups = 0;
    const local = createLocalJWKSet(jwks);
    const counted = createTokenVerifier({
      keySet: (header, token) => {
        lookups++;
        return local(header, token);
      },
      issuer,
      audience: 'client-1',
    });
    const access = await sign({ ...claims, token_use: 'access' });
    await expect(counted(access)).rejects.toThrow(InvalidTokenError);
    await expect(counted(access)).rejects.toThrow(InvalidTokenError);
    expect(lookups).toBe(2);
  });
});
