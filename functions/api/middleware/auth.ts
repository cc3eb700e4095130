import { createMiddleware } from 'hono/factory';
import { getLinkedEmployerId } from '#shared/db/repositories/employers';
import type { Role } from '#shared/schemas/common';
import { InvalidTokenError } from '../auth/verifier.ts';
import type { AppEnv } from '../env.ts';
import { forbidden, unauthorized } from '../errors.ts';

/** Verifies the bearer token and puts the caller in `c.var.principal`. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw unauthorized();
  let principal: AppEnv['Variables']['principal'];
  try {
    principal = await c.var.deps.verifyToken(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthorized('The token is invalid or has expired.');
    throw error;
  }
  // A self-registered employer gets its employer id from the link written at registration.
  if (principal.role === 'employer' && !principal.employerId) {
    const employerId = await getLinkedEmployerId(principal.tenant, principal.userId);
    if (employerId) principal = { ...principal, employerId };
  }
  c.set('principal', principal);
  await next();
});

export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.var.principal.role)) throw forbidden();
    await next();
  });

/** Coaches and admins work with the whole tenant; employers only with their own records. */
export const staffRoles: Role[] = ['coach', 'admin'];
export const isStaff = (role: Role) => staffRoles.includes(role);
