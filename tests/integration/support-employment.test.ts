import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { swedishDate } from '#shared/domain/calendar';
import {
  type Caller,
  call,
  caller,
  changeTenant,
  newTenant,
  participantBody,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';

// Employment and support after hire against DynamoDB Local: the period from the
// tenant's setting, check-ins on working days, one renewal up to the cap, an early
// end when the job ends, and a completion into work writing it all in one go.

const vasteras = {
  name: { sv: 'Förlängt stöd', en: 'Extended support' },
  months: 6,
  renewableOnce: true,
  maxMonths: 12,
};
const malmo = { name: { sv: 'Stöd vid arbete', en: 'Support at work' }, months: 12, renewableOnce: false };

interface World {
  tenant: string;
  coach: Caller;
  employerId: string;
  employerUser: Caller;
}

async function world(support: object): Promise<World> {
  const tenant = newTenant();
  const { coach, employerId, employerUser } = await verifiedEmployer(tenant);
  const admin = await caller(tenant, 'admin');
  await changeTenant(admin, { supportAfterHire: support });
  return { tenant, coach, employerId, employerUser };
}

/** At a Swedish date: a fresh token for the coach, and `Date` set there (timers stay real). */
async function on(w: World, date: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${date}T10:00:00+01:00`));
  return caller(w.tenant, 'coach', w.coach.userId);
}

/** A participant in prework since `since`, hired directly on `start`. */
async function hired(w: World, since: string, start: string, kind = 'wage_subsidy') {
  const coach = await on(w, since);
  const person = await call(coach, 'POST', '/v1/participants', { body: participantBody() });
  const coachLater = await on(w, start);
  const step = await call(coachLater, 'POST', `/v1/participants/${person.json.id}/transitions`, {
    body: { to: 'employed', date: start, employment: { employerId: w.employerId, kind } },
  });
  expect(step.status, step.text).toBe(201);
  return person.json.id as string;
}

const employment = async (w: World, participantId: string, as: Caller = w.coach) =>
  (await call(as, 'GET', `/v1/participants/${participantId}/employment`)).json.items[0];

afterEach(() => {
  vi.useRealTimers();
});

let vasterasWorld: World;
let malmoWorld: World;

beforeAll(async () => {
  vasterasWorld = await world(vasteras);
  malmoWorld = await world(malmo);
});

describe('a hire opens a support period with check-ins', () => {
  it('runs the tenant’s 12 months with check-ins at 1, 3, 6, 9 and 12 months on working days', async () => {
    const id = await hired(malmoWorld, '2026-02-20', '2026-03-03');
    // Read on 2 December 2026: past the 6 months, not yet the 12.
    const record = await employment(malmoWorld, id, await on(malmoWorld, '2026-12-02'));
    expect(record).toMatchObject({
      employerId: malmoWorld.employerId,
      kind: 'wage_subsidy',
      startDate: '2026-03-03',
      supportPeriod: { months: 12, renewed: false, endDate: '2027-03-03', name: malmo.name },
    });
    expect(
      record.checkIns.map((entry: { month: number; dueDate: string }) => [entry.month, entry.dueDate]),
    ).toEqual([
      [1, '2026-04-07'], // 3 April is Good Friday, 6 April Easter Monday
      [3, '2026-06-03'],
      [6, '2026-09-03'],
      [9, '2026-12-03'],
      [12, '2027-03-03'],
    ]);
    expect(record.retention).toEqual({ sixMonths: 'employed', twelveMonths: 'pending' });
  });

  it('runs 6 months with check-ins at 1, 3 and 6 where support is 6 months', async () => {
    const id = await hired(vasterasWorld, '2026-11-02', '2026-11-24');
    vi.useRealTimers();
    const record = await employment(vasterasWorld, id);
    expect(record.supportPeriod).toMatchObject({ months: 6, endDate: '2027-05-24' });
    expect(
      record.checkIns.map((entry: { month: number; dueDate: string }) => [entry.month, entry.dueDate]),
    ).toEqual([
      [1, '2026-12-28'], // 24 December is Christmas Eve, then Christmas and a weekend
      [3, '2027-02-24'],
      [6, '2027-05-24'],
    ]);
  });
});

describe('renewal', () => {
  it('renews once to 12 months, adds the 9 and 12 month check-ins, and refuses a second time', async () => {
    const today = swedishDate(new Date());
    const id = await hired(vasterasWorld, today, today);
    vi.useRealTimers();
    const tooLong = await call(vasterasWorld.coach, 'POST', `/v1/participants/${id}/support-renewal`, {
      body: { months: 7 },
      headers: { 'accept-language': 'en' },
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.type).toMatch(/support_period\.beyond_cap$/);
    expect(tooLong.json.errors[0]).toMatchObject({ field: 'months' });
    expect(tooLong.json.errors[0].message).toContain('at most 12 months');
    expect((await employment(vasterasWorld, id)).supportPeriod.months).toBe(6);

    const renewed = await call(vasterasWorld.coach, 'POST', `/v1/participants/${id}/support-renewal`, {
      body: {},
    });
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.json.supportPeriod).toMatchObject({ months: 12, renewed: true });
    expect(renewed.json.checkIns.map((entry: { month: number }) => entry.month)).toEqual([1, 3, 6, 9, 12]);

    const again = await call(vasterasWorld.coach, 'POST', `/v1/participants/${id}/support-renewal`, {
      body: { months: 1 },
    });
    expect(again.status).toBe(422);
    expect(again.json.type).toMatch(/support_period\.not_renewable$/);
    expect((await employment(vasterasWorld, id)).supportPeriod.months).toBe(12);
  });

  it('is refused where support is not renewable', async () => {
    const today = swedishDate(new Date());
    const id = await hired(malmoWorld, today, today);
    vi.useRealTimers();
    const answer = await call(malmoWorld.coach, 'POST', `/v1/participants/${id}/support-renewal`, {
      body: {},
    });
    expect(answer.status).toBe(422);
    expect(answer.json.type).toMatch(/support_period\.not_renewable$/);
  });
});

describe('an early end', () => {
  it('ends the support period and cancels later check-ins when the employment ends', async () => {
    const id = await hired(malmoWorld, '2026-02-20', '2026-03-03');
    const coach = await on(malmoWorld, '2026-05-10');
    const back = await call(coach, 'POST', `/v1/participants/${id}/transitions`, {
      body: { to: 'learning_placement', date: '2026-05-10', note: 'Anställningen tog slut.' },
    });
    expect(back.status, back.text).toBe(201);
    vi.useRealTimers();
    const record = await employment(malmoWorld, id);
    expect(record).toMatchObject({
      endDate: '2026-05-10',
      supportPeriod: { endDate: '2026-05-10', endedEarly: true },
      retention: { sixMonths: 'not_employed', twelveMonths: 'not_employed' },
    });
    expect(
      record.checkIns.map((entry: { month: number; status: string }) => [entry.month, entry.status]),
    ).toEqual([
      [1, 'open'],
      [3, 'cancelled'],
      [6, 'cancelled'],
      [9, 'cancelled'],
      [12, 'cancelled'],
    ]);
    const renewal = await call(malmoWorld.coach, 'POST', `/v1/participants/${id}/support-renewal`, {
      body: {},
    });
    expect(renewal.status).toBe(404);
  });
});

describe('a completed match into work', () => {
  it('records the employer, kind and start with the stage move, in one transaction', async () => {
    const w = malmoWorld;
    const placement = await call(w.employerUser, 'POST', `/v1/employers/${w.employerId}/placements`, {
      body: placementBody({ status: 'open', seats: 2 }),
    });
    const person = await call(w.coach, 'POST', '/v1/participants', {
      body: participantBody({ stage: 'learning_placement' }),
    });
    const proposed = await call(w.coach, 'POST', '/v1/matches', {
      body: { participantId: person.json.id, placementId: placement.json.id, consentToShare: false },
    });
    const patch = async (version: number, body: object) =>
      call(w.coach, 'PATCH', `/v1/matches/${proposed.json.id}`, {
        body,
        headers: { 'if-match': `"v${version}"` },
      });
    await call(w.employerUser, 'PATCH', `/v1/matches/${proposed.json.id}`, {
      body: { status: 'accepted' },
      headers: { 'if-match': '"v1"' },
    });
    const today = swedishDate(new Date());
    await patch(2, { status: 'started', startDate: today });
    // Employment details belong to a completion into work only.
    const wrong = await patch(3, {
      status: 'completed',
      outcome: 'studies',
      employment: { kind: 'wage_subsidy' },
    });
    expect(wrong.status).toBe(400);
    expect(await employment(w, person.json.id)).toBeUndefined();
    const done = await patch(3, {
      status: 'completed',
      outcome: 'employed',
      employment: { kind: 'without_subsidy', startDate: today },
    });
    expect(done.status, done.text).toBe(200);
    const record = await employment(w, person.json.id);
    expect(record).toMatchObject({
      employerId: w.employerId,
      matchId: proposed.json.id,
      kind: 'without_subsidy',
      startDate: today,
      supportPeriod: { months: 12 },
    });
  });

  it('writes nothing when a direct step names an employer that does not exist', async () => {
    const w = malmoWorld;
    const person = await call(w.coach, 'POST', '/v1/participants', { body: participantBody() });
    const today = swedishDate(new Date());
    const refused = await call(w.coach, 'POST', `/v1/participants/${person.json.id}/transitions`, {
      body: {
        to: 'employed',
        date: today,
        employment: { employerId: '01J00000000000000000000000', kind: 'wage_subsidy' },
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].field).toBe('employment.employerId');
    expect((await call(w.coach, 'GET', `/v1/participants/${person.json.id}`)).json.stage).toBe('prework');
    const missing = await call(w.coach, 'POST', `/v1/participants/${person.json.id}/transitions`, {
      body: { to: 'employed', date: today },
    });
    expect(missing.status).toBe(400);
    expect(missing.json.errors[0].field).toBe('employment');
  });
});

describe('check-ins as follow-ups', () => {
  it('are marked done one by one', async () => {
    const today = swedishDate(new Date());
    const id = await hired(malmoWorld, today, today);
    vi.useRealTimers();
    const done = await call(malmoWorld.coach, 'POST', `/v1/participants/${id}/check-ins/1`);
    expect(done.status, done.text).toBe(200);
    expect(done.json.checkIns[0]).toMatchObject({
      month: 1,
      status: 'done',
      doneBy: malmoWorld.coach.userId,
    });
    expect(done.json.checkIns[1]).toMatchObject({ month: 3, status: 'open' });
  });
});
