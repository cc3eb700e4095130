import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, call, caller, employerBody, newTenant } from './support/harness.ts';

const tenant = newTenant();
let coach: Caller;

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
});

const countEmployers = async () => (await call(coach, 'GET', '/v1/employers?limit=100')).json.items.length;

describe('Idempotency-Key on POST', () => {
  it('replays the first response for a repeated request and creates one employer', async () => {
    const body = employerBody();
    const headers = { 'idempotency-key': 'register-1' };
    const first = await call(coach, 'POST', '/v1/employers', { body, headers });
    const second = await call(coach, 'POST', '/v1/employers', { body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json.id).toBe(first.json.id);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await countEmployers()).toBe(1);
  });

  it('refuses the same key with a different body', async () => {
    const headers = { 'idempotency-key': 'register-2' };
    await call(coach, 'POST', '/v1/employers', { body: employerBody(), headers });
    const reused = await call(coach, 'POST', '/v1/employers', { body: employerBody(), headers });
    expect(reused.status).toBe(422);
  });

  it('keeps keys per user: another user’s identical key is a new request', async () => {
    const otherCoach = await caller(tenant, 'coach');
    const headers = { 'idempotency-key': 'shared-key' };
    const mine = await call(coach, 'POST', '/v1/employers', { body: employerBody(), headers });
    const theirs = await call(otherCoach, 'POST', '/v1/employers', { body: employerBody(), headers });
    expect(theirs.json.id).not.toBe(mine.json.id);
  });

  it('runs a request at most once when the same key races', async () => {
    const before = await countEmployers();
    const body = employerBody();
    const headers = { 'idempotency-key': 'race-1' };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call(coach, 'POST', '/v1/employers', { body, headers })),
    );
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.json.id)).size).toBe(1);
    for (const response of responses) expect([201, 409]).toContain(response.status);
    expect(await countEmployers()).toBe(before + 1);
  });

  it('rejects a malformed key', async () => {
    const response = await call(coach, 'POST', '/v1/employers', {
      body: employerBody(),
      headers: { 'idempotency-key': 'has spaces' },
    });
    expect(response.status).toBe(400);
    expect(response.json.errors[0].field).toBe('header.Idempotency-Key');
  });
});
