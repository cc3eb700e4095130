import { ulid } from 'ulid';
import { createApp } from '#api/app';
import { createTenantIfAbsent } from '#shared/db/repositories/tenants';
import type { Language } from '#shared/messages/language';
import type { Role } from '#shared/schemas/common';
import type { EmployerCreate } from '#shared/schemas/employer';
import { sectors } from '#shared/schemas/vocabulary';
import { createDevIssuer } from '../../../functions/local/dev-issuer.ts';
import { LocalAccounts } from '../../../functions/local/local-accounts.ts';
import { createOutbox } from '../../../functions/local/outbox.ts';

import { employerBody } from '../../fixtures/bodies.ts';
import { declaredRoutes, expectDeclaredResponse } from './declared-responses.ts';
import { expectProblemInLanguage, nextLanguage } from './problem-language.ts';

export { employerBody, orgNumber, participantBody, placementBody } from '../../fixtures/bodies.ts';

export const issuer = await createDevIssuer();
/** What the app mailed, newest first, and the accounts invitations made, as locally. */
export const outbox = createOutbox();
export const directory = new LocalAccounts();
export const app = createApp({
  verifyToken: issuer.verifyToken,
  cursorSecret: async () => 'test-cursor-secret',
  mailer: outbox,
  directory,
  webUrl: 'https://bryggan.test',
});

const routes = declaredRoutes(app);

/** A tenant of its own per test file, so files share one table without seeing each other. */
export const newTenant = () => `t-${ulid().toLowerCase()}`;

export interface Caller {
  token: string;
  userId: string;
  tenant: string;
  role: Role;
}

const ensuredTenants = new Map<string, Promise<boolean>>();

/** The tenant item the API requires for every token's tenant, written once per tenant and file. */
export function ensureTenant(tenant: string): Promise<boolean> {
  let ensured = ensuredTenants.get(tenant);
  if (!ensured) {
    ensured = createTenantIfAbsent({
      id: tenant,
      name: `Test ${tenant}`,
      sectors: [...sectors],
      createdAt: new Date().toISOString(),
    });
    ensuredTenants.set(tenant, ensured);
  }
  return ensured;
}

/** A signed-in user of the tenant, which is created if it does not exist yet. */
export async function caller(tenant: string, role: Role, userId = `${role}-${ulid()}`): Promise<Caller> {
  await ensureTenant(tenant);
  return callerAsIs(tenant, role, { userId });
}

/** A user with a token as the options say, whether or not the tenant exists. */
export async function callerAsIs(
  tenant: string,
  role: Role,
  options: { userId?: string; tokenUse?: 'id' | 'access' } = {},
): Promise<Caller> {
  const userId = options.userId ?? `${role}-${ulid()}`;
  const token = await issuer.issueToken(
    { id: userId, role, tenant, name: userId },
    options.tokenUse ? { tokenUse: options.tokenUse } : {},
  );
  return { token, userId, tenant, role };
}

export const expiredToken = (tenant: string) =>
  issuer.issueToken({ id: 'old', role: 'coach', tenant, name: 'old' }, { expiresIn: '-1m' });

type Init = { body?: unknown; headers?: Record<string, string>; rawBody?: string };

export async function call(who: Caller | undefined, method: string, path: string, init: Init = {}) {
  const headers: Record<string, string> = { 'accept-language': nextLanguage(), ...init.headers };
  if (who) headers.authorization = `Bearer ${who.token}`;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.body);
  }
  const response = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  const json = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
  const answer = { status: response.status, headers: response.headers, json, text };
  // Every answer is checked against what its route declares, whatever the test itself asserts.
  expectDeclaredResponse(routes, { method, path }, answer);
  // …and every problem is said in the language asked for, whichever test provoked it
  // (a test that names its own Accept-Language checks the answer itself).
  if (init.headers?.['accept-language'] === undefined) {
    expectProblemInLanguage(answer, headers['accept-language'] as Language, `${method} ${path}`);
  }
  return answer;
}

/** An admin changes the tenant's settings with the ETag just read; anything but 200 fails the setup. */
export async function changeTenant(admin: Caller, body: Record<string, unknown>) {
  const current = await call(admin, 'GET', '/v1/tenant');
  const answer = await call(admin, 'PATCH', '/v1/tenant', {
    body,
    headers: { 'if-match': current.headers.get('etag') as string },
  });
  if (answer.status !== 200) throw new Error(`tenant settings setup failed: ${answer.text}`);
  return answer;
}

/** A coach and an employer user whose self-registered company the coach has verified. */
export async function verifiedEmployer(tenant: string) {
  const coach = await caller(tenant, 'coach');
  const employerUser = await caller(tenant, 'employer');
  const employerId: string = (await call(employerUser, 'POST', '/v1/employers', { body: employerBody() }))
    .json.id;
  await call(coach, 'POST', `/v1/employers/${employerId}/verify`);
  return { coach, employerUser, employerId };
}

/** A coach registers an (active) employer; returns it. */
export async function activeEmployer(coach: Caller, overrides: Partial<EmployerCreate> = {}) {
  const response = await call(coach, 'POST', '/v1/employers', { body: employerBody(overrides) });
  if (response.status !== 201) throw new Error(`employer setup failed: ${response.text}`);
  return response.json as { id: string; version: number; status: string };
}
