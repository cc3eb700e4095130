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
  /** The clock, in epoch milliseconds (tests move it). */
  now?: () => number;
}): TokenVerifier {
  const now = options.now ?? (() => Date.now());
  const verified = new VerifiedTokens();
  return async (token) => {
    const known = verified.get(token, now());
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keySet, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
        currentDate: new Date(now()),
      }));
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    // Cognito signs access tokens with the same key and issuer. The app reads the
    // ID token's claims (groups, tenant, employer), so an access token is refused
    // rather than half understood.
    if (payload.token_use !== 'id') throw new InvalidTokenError('Not an ID token.');
    const principal = principalFromClaims(payload);
    if (payload.exp !== undefined) verified.add(token, principal, payload.exp * 1000);
    return principal;
  };
}

/**
 * Tokens this container has verified, until they expire: a signed-in user sends the
 * same token with every request for up to an hour, and an RS256 check costs CPU time
 * that Lambda bills. Nothing is lost, as a valid signature stays valid until `exp`
 * (Cognito cannot revoke an ID token). Bounded, oldest out first.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(private readonly capacity = 500) {}

  get(token: string, at: number): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt > at) return entry.principal;
    this.entries.delete(token);
    return undefined;
  }

  add(token: string, principal: Principal, expiresAt: number): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { principal, expiresAt });
  }
}

/**
 * A key set made on the first token: the Lambda's cold start, and requests without a
 * token (the public pages, health), never pay for it.
 */
export function lazyKeySet(make: () => JWTVerifyGetKey): JWTVerifyGetKey {
  let keySet: JWTVerifyGetKey | undefined;
  return (header, token) => {
    keySet ??= make();
    return keySet(header, token);
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
