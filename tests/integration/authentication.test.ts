import { describe, expect, it } from 'vitest';
import { documents } from '#shared/db/client';
import { call, caller, callerAsIs, ensureTenant, newTenant } from './support/harness.ts';

// The token is signed by the trusted issuer in every case below: only its
// claims differ, so each 401 comes from the check under test.

const expectUnauthorised = (response: Awaited<ReturnType<typeof call>>) => {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
};

describe('which tokens the API accepts', () => {
  it('refuses a token whose tenant does not exist, and accepts it once the tenant does', async () => {
    const tenant = newTenant();
    const coach = await callerAsIs(tenant, 'coach');
    const refused = await call(coach, 'GET', '/v1/employers');
    expectUnauthorised(refused);
    expect(refused.json.type).toMatch(/auth\.tenant_unknown$/);

    // A refusal is not remembered: a tenant created a moment later works at once.
    await ensureTenant(tenant);
    expect((await call(coach, 'GET', '/v1/employers')).status).toBe(200);
  });

  it('refuses an access token even when all its other claims are right', async () => {
    const tenant = newTenant();
    await ensureTenant(tenant);
    expectUnauthorised(
      await call(await callerAsIs(tenant, 'coach', { tokenUse: 'access' }), 'GET', '/v1/employers'),
    );
    expect(
      (await call(await callerAsIs(tenant, 'coach', { tokenUse: 'id' }), 'GET', '/v1/employers')).status,
    ).toBe(200);
  });

  it('remembers a tenant it has found, instead of reading it on every request', async () => {
    const coach = await caller(newTenant(), 'coach');
    const reads: (string | undefined)[] = [];
    documents().middlewareStack.add(
      (next, context) => async (args) => {
        reads.push(context.commandName);
        return next(args);
      },
      { step: 'initialize', name: 'countReads' },
    );
    try {
      // A coach's list is one Query; the tenant check is the only GetItem.
      expect((await call(coach, 'GET', '/v1/employers')).status).toBe(200);
      expect(reads.filter((name) => name === 'GetItemCommand')).toHaveLength(1);
      expect((await call(coach, 'GET', '/v1/employers')).status).toBe(200);
      expect(reads.filter((name) => name === 'GetItemCommand')).toHaveLength(1);
    } finally {
      documents().middlewareStack.remove('countReads');
    }
  });
});
