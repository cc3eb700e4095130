// A request that died after claiming its Idempotency-Key (the Lambda timed out or
// was killed) must not lock the key for the 24 hours a finished answer is kept:
// its claim is a lease, and a retry after the lease may take the key over.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { claimLeaseSeconds } from '#shared/db/repositories/idempotency';
import { installFaultyDynamo } from './support/faulty-dynamo.ts';
import { type Caller, call, caller, employerBody, newTenant } from './support/harness.ts';

const tenant = newTenant();
let coach: Caller;
let faulty: ReturnType<typeof installFaultyDynamo>;

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  faulty = installFaultyDynamo();
});
afterEach(() => {
  vi.useRealTimers();
  faulty.handler.heal();
});
afterAll(() => faulty.uninstall());

const employerNames = async () =>
  (await call(coach, 'GET', '/v1/employers?limit=100')).json.items.map((e: { name: string }) => e.name);

describe('an Idempotency-Key whose request died', () => {
  it('is held while the lease runs, then a retry takes it over and the employer is created once', async () => {
    const body = employerBody({ name: 'Leasebolaget AB' });
    const headers = { 'idempotency-key': 'died-once' };
    // The claim is written, then the Lambda dies before the employer is.
    faulty.handler.dieAfterWrites(1);
    await call(coach, 'POST', '/v1/employers', { body, headers }).catch(() => undefined);
    faulty.handler.heal();
    expect(await employerNames()).not.toContain('Leasebolaget AB');

    const early = await call(coach, 'POST', '/v1/employers', { body, headers });
    expect(early.status).toBe(409);
    expect(String(early.json.type)).toMatch(/idempotency\.in_progress$/);

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + (claimLeaseSeconds + 2) * 1000 });
    const retried = await call(coach, 'POST', '/v1/employers', { body, headers });
    expect(retried.status).toBe(201);
    const replayed = await call(coach, 'POST', '/v1/employers', { body, headers });
    expect(replayed.status).toBe(201);
    expect(replayed.json.id).toBe(retried.json.id);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect((await employerNames()).filter((name: string) => name === 'Leasebolaget AB')).toHaveLength(1);
  });

  it('a finished answer is still replayed after the lease: the lease only frees unfinished claims', async () => {
    const body = employerBody({ name: 'Klartbolaget AB' });
    const headers = { 'idempotency-key': 'finished' };
    const first = await call(coach, 'POST', '/v1/employers', { body, headers });
    expect(first.status).toBe(201);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + (claimLeaseSeconds + 2) * 1000 });
    const again = await call(coach, 'POST', '/v1/employers', { body, headers });
    expect(again.json.id).toBe(first.json.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('a change that is done answers what it did, even when the store refuses to keep the answer', async () => {
    const body = employerBody({ name: 'Svarbolaget AB' });
    const headers = { 'idempotency-key': 'answer-not-kept' };
    // The claim and the employer are written; storing the answer is throttled past the retries.
    faulty.handler.passWrites(2);
    faulty.handler.failOnlyWrites(true);
    faulty.handler.failWith('throttle');
    const created = await call(coach, 'POST', '/v1/employers', { body, headers });
    faulty.handler.heal();
    expect(created.status, created.text).toBe(201);
    expect((await employerNames()).filter((name: string) => name === 'Svarbolaget AB')).toHaveLength(1);
  });
});
