import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { Role, TenantId } from '#shared/schemas/common';
import type { Principal } from './principal.ts';

export type TokenVerifier = (token: string) => Promise<Principal>;

export class InvalidTokenError extends Error {}

// Strongest first: a user in several groups acts with the strongest role.
const roleOrder: Role[] = ['admin', 'coach', 'employer'];

/**
 * Verifies a Cognito-shaped ID token (groups in `cognito:groups`, tenant and
 * employer in custom attributes). Locally the dev issuer signs the same claims,
 * so one code path serves both.
 */
export function createTokenVerifier(options: {
  keySet: JWTVerifyGetKey;
  issuer: string;
  audience: string;
}): TokenVerifier {
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keySet, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
      }));
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    // Cognito signs access tokens with the same key and issuer. The app reads the
    // ID token's claims (groups, tenant, employer), so an access token is refused
    // rather than half understood.
    if (payload.token_use !== 'id') throw new InvalidTokenError('Not an ID token.');
    return principalFromClaims(payload);
  };
}

export function principalFromClaims(payload: JWTPayload): Principal {
  const groups = Array.isArray(payload['cognito:groups']) ? (payload['cognito:groups'] as unknown[]) : [];
  const role = roleOrder.find((candidate) => groups.includes(candidate));
  const tenant = TenantId.safeParse(payload['custom:tenant']);
  if (!payload.sub || !role || !tenant.success) {
    throw new InvalidTokenError('Token lacks subject, role or tenant.');
  }
  const employerId = payload['custom:employerId'];
  return {
    userId: payload.sub,
    role: Role.parse(role),
    tenant: tenant.data,
    ...(typeof employerId === 'string' && employerId ? { employerId } : {}),
    ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
    ...(typeof payload.email === 'string' ? { email: payload.email } : {}),
  };
}
