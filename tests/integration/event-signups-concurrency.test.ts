import { beforeAll, describe, expect, it } from 'vitest';
import { createdEvent } from './support/events.ts';
import { app, type Caller, call, caller, newTenant } from './support/harness.ts';

// The must-show race: 200 people sign up at once for 20 participant seats, then 10
// confirmed ones cancel at once. Each request is its own client (as if from its own
// phone), so the per-client rate limit stays in force and is not what is measured.
const tenant = newTenant();
let coach: Caller;
let eventId: string;

interface Receipt {
  id: string;
  status: 'confirmed' | 'waitlisted';
  position?: number;
  cancelToken: string;
}

async function publicSignup(index: number): Promise<Receipt> {
  const response = await app.request(`/v1/public/${tenant}/events/${eventId}/signups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${index}` },
    body: JSON.stringify({
      name: `Person ${index}`,
      email: `person-${index}@test.example`,
      kind: 'participant',
    }),
  });
  const body = await response.json();
  if (response.status !== 201)
    throw new Error(`sign-up ${index}: ${response.status} ${JSON.stringify(body)}`);
  return body as Receipt;
}

const cancelByToken = (token: string) => app.request(`/v1/public/signups/${token}`, { method: 'DELETE' });

async function allSignups() {
  const response = await call(coach, 'GET', `/v1/events/${eventId}/signups?limit=500`);
  expect(response.status).toBe(200);
  return response.json.items as { id: string; status: string; position?: number; seq: number }[];
}

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  eventId = (await createdEvent(coach, { seats: { participant: 20 }, kind: 'kompetenspass' })).id;
});

describe('200 simultaneous public sign-ups for 20 participant seats', () => {
  let receipts: Receipt[];

  it('confirms exactly 20 and waitlists 180 with the distinct positions 1–180, losing none', async () => {
    receipts = await Promise.all(Array.from({ length: 200 }, (_, index) => publicSignup(index)));
    const confirmed = receipts.filter((r) => r.status === 'confirmed');
    const waitlisted = receipts.filter((r) => r.status === 'waitlisted');
    expect(confirmed).toHaveLength(20);
    expect(waitlisted).toHaveLength(180);
    expect(waitlisted.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 180 }, (_, i) => i + 1),
    );
    const stored = await allSignups();
    expect(stored).toHaveLength(200);
    expect(stored.filter((s) => s.status === 'confirmed')).toHaveLength(20);
    // The stored waitlist agrees with what each person was told.
    const told = new Map(waitlisted.map((r) => [r.id, r.position]));
    for (const signup of stored.filter((s) => s.status === 'waitlisted')) {
      expect(signup.position).toBe(told.get(signup.id));
    }
    const event = await call(coach, 'GET', `/v1/events/${eventId}`);
    expect(event.json.seatsTaken.participant).toBe(20);
    expect(event.json.waitlisted.participant).toBe(180);
  }, 300_000);

  it('promotes exactly the first 10 waitlisted, in order, when 10 confirmed cancel at once; again changes nothing', async () => {
    const leaving = receipts.filter((r) => r.status === 'confirmed').slice(0, 10);
    const firstTen = receipts
      .filter((r) => r.status === 'waitlisted')
      .sort((a, b) => a.position! - b.position!)
      .slice(0, 10)
      .map((r) => r.id);
    const answers = await Promise.all(leaving.map((r) => cancelByToken(r.cancelToken)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));

    const after = await allSignups();
    const byId = new Map(after.map((s) => [s.id, s]));
    for (const r of leaving) expect(byId.get(r.id)?.status).toBe('cancelled');
    for (const id of firstTen) expect(byId.get(id)?.status).toBe('confirmed');
    expect(after.filter((s) => s.status === 'confirmed')).toHaveLength(20);
    const still = after.filter((s) => s.status === 'waitlisted').sort((a, b) => a.seq - b.seq);
    expect(still).toHaveLength(170);
    // Gap-free, in arrival order.
    expect(still.map((s) => s.position)).toEqual(Array.from({ length: 170 }, (_, i) => i + 1));

    const again = await Promise.all(leaving.map((r) => cancelByToken(r.cancelToken)));
    expect(again.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect((await Promise.all(again.map((a) => a.json()))).every((body) => body.changed === false)).toBe(
      true,
    );
    expect(await allSignups()).toEqual(after);
    const event = await call(coach, 'GET', `/v1/events/${eventId}`);
    expect(event.json.seatsTaken.participant).toBe(20);
    expect(event.json.waitlisted.participant).toBe(170);
  }, 300_000);
});
