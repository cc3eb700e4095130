import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, call, caller, employerBody, newTenant, participantBody } from './support/harness.ts';

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

  // A participant has no other uniqueness guard (unlike an employer's org number), so
  // only the Idempotency-Key middleware can stop the racing copies from each creating one.
  it('creates exactly one participant when 10 POSTs race with the same key; every answer is that 201 (replayed ones say so) or a 409 "still running"', async () => {
    const countParticipants = async () =>
      (await call(coach, 'GET', '/v1/participants?limit=100')).json.items.length as number;
    const before = await countParticipants();
    const body = participantBody({ firstName: 'Racer' });
    const headers = { 'idempotency-key': 'race-participant-1' };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call(coach, 'POST', '/v1/participants', { body, headers })),
    );
    const created = responses.filter((r) => r.status === 201);
    const running = responses.filter((r) => r.status === 409);
    expect(created.length + running.length, responses.map((r) => `${r.status} ${r.text}`).join('\n')).toBe(
      10,
    );
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.json.id)).size).toBe(1);
    expect(new Set(created.map((r) => r.headers.get('location'))).size).toBe(1);
    // Exactly one of the 201s ran the handler; any other 201 is the stored answer, replayed.
    expect(created.filter((r) => r.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
    for (const response of running) {
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.json.type).toMatch(/idempotency\.in_progress$/);
    }
    expect(await countParticipants()).toBe(before + 1);
    // Once the first has finished, the same key replays its answer.
    const again = await call(coach, 'POST', '/v1/participants', { body, headers });
    expect(again.status).toBe(201);
    expect(again.json.id).toBe(created[0]!.json.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await countParticipants()).toBe(before + 1);
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
