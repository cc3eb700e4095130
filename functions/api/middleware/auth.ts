import { createMiddleware } from 'hono/factory';
import { getLinkedEmployerId } from '#shared/db/repositories/employers';
import { getTenant } from '#shared/db/repositories/tenants';
import type { Role } from '#shared/schemas/common';
import { InvalidTokenError } from '../auth/verifier.ts';
import type { AppEnv } from '../env.ts';
import { problem, unauthorized } from '../errors.ts';
import { rememberStaff } from '../services/staff.ts';

/** Verifies the bearer token and puts the caller in `c.var.principal`. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw unauthorized('auth.required');
  let principal: AppEnv['Variables']['principal'];
  try {
    principal = await c.var.deps.verifyToken(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthorized('auth.token_invalid');
    throw error;
  }
  // A well-formed tenant claim is not enough: it must name a tenant that exists.
  if (!(await tenantExists(principal.tenant))) throw unauthorized('auth.tenant_unknown');
  // An employer user acts for the employer its link names, written at registration or
  // when an invitation was accepted, and removed with the user: never the token's claim,
  // which would outlive a removal by up to an hour.
  if (principal.role === 'employer') {
    const { employerId: _claimed, ...withoutClaim } = principal;
    const employerId = await getLinkedEmployerId(principal.tenant, principal.userId);
    principal = employerId ? { ...withoutClaim, employerId } : withoutClaim;
  }
  c.set('principal', principal);
  await next();
  // After the answer, and only for one that succeeded: a refused request writes nothing.
  if (c.res.status < 400) await rememberStaff(principal);
});

// Tenants this container has seen in the table, until when. Without this every
// request would pay a DynamoDB read for an answer that almost never changes; five
// minutes bounds how long a removed tenant's tokens (valid for an hour anyway) keep
// working on a warm container. Only a positive answer is kept: a tenant created a
// moment ago is found at once, and unknown tenants cannot fill the memory.
const tenantCacheMs = 5 * 60_000;
const knownTenants = new Map<string, number>();

async function tenantExists(tenant: string): Promise<boolean> {
  const now = Date.now();
  if ((knownTenants.get(tenant) ?? 0) > now) return true;
  const exists = (await getTenant(tenant)) !== undefined;
  if (exists) knownTenants.set(tenant, now + tenantCacheMs);
  else knownTenants.delete(tenant);
  return exists;
}

export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.var.principal.role)) throw problem('role.not_allowed');
    await next();
  });

/** Coaches and admins work with the whole tenant; employers only with their own records. */
export const staffRoles: Role[] = ['coach', 'admin'];
export const isStaff = (role: Role) => staffRoles.includes(role);
