import { describe, expect, it } from 'vitest';
import { call, ensureTenant, newTenant } from './support/harness.ts';

// The sign-up page asks whether the municipality in its address uses Bryggan, before anyone has an account.

describe('GET /v1/public/{tenant}', () => {
  it('names a municipality that exists, and tells nothing else about it', async () => {
    const tenant = newTenant();
    await ensureTenant(tenant);
    const response = await call(undefined, 'GET', `/v1/public/${tenant}`);
    expect(response.status).toBe(200);
    // The tenant item also holds sectors, weights and dates: none of it is public.
    expect(Object.keys(response.json).sort()).toEqual(['id', 'name']);
    expect(response.json.id).toBe(tenant);
  });

  it('is 404 for a municipality that does not use Bryggan', async () => {
    const response = await call(undefined, 'GET', `/v1/public/${newTenant()}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('is 400 for something that cannot be a municipality id', async () => {
    for (const path of ['/v1/public/Malm%C3%B6', '/v1/public/x', '/v1/public/T%23x%23TENANT']) {
      expect((await call(undefined, 'GET', path)).status, path).toBe(400);
    }
  });
});
