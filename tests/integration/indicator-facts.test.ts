import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, swedishDate } from '#shared/domain/calendar';
import { lastDayOf } from '#shared/domain/compensation';
import type { IndicatorReport } from '#shared/schemas/indicators';
import { createdEvent } from './support/events.ts';
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

// What the API writes is what the report counts: a match taken from proposal to a job,
// a "ring me" request, a call about a participant with a follow-up done late, and an
// event's sign-ups (one walk-in who came, one who did not come yet), each through its
// own route, and read back in this month's report (the small-count threshold set to 1).

const tenant = newTenant();
let coach: Caller;
let employerUser: Caller;
let employerId: string;
const today = swedishDate(new Date());
const thisMonth = `?from=${today.slice(0, 7)}-01&to=${lastDayOf(today.slice(0, 7))}`;
let eventDay: string;
let personId: string;

const patch = async (who: Caller, path: string, version: number, body: object) => {
  const answer = await call(who, 'PATCH', path, { body, headers: { 'if-match': `"v${version}"` } });
  expect(answer.status, answer.text).toBe(200);
  return answer.json as { id: string; version: number };
};

beforeAll(async () => {
  ({ coach, employerUser, employerId } = await verifiedEmployer(tenant));
  await changeTenant(await caller(tenant, 'admin'), { smallCountThreshold: 1 });
  const place = (
    await call(employerUser, 'POST', `/v1/employers/${employerId}/placements`, {
      body: placementBody({ status: 'open' }),
    })
  ).json;
  const person = (
    await call(coach, 'POST', '/v1/participants', { body: participantBody({ gender: 'woman' }) })
  ).json;
  personId = person.id;
  let match = (
    await call(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: place.id, consentToShare: true },
    })
  ).json;
  match = await patch(employerUser, `/v1/matches/${match.id}`, match.version, { status: 'accepted' });
  match = await patch(coach, `/v1/matches/${match.id}`, match.version, {
    status: 'started',
    startDate: today,
  });
  await patch(coach, `/v1/matches/${match.id}`, match.version, { status: 'completed', outcome: 'employed' });

  expect(
    (
      await call(employerUser, 'POST', '/v1/support-requests', {
        body: { topic: 'tasks', preferredTime: 'any', urgent: false },
      })
    ).status,
  ).toBe(201);
  const logged = await call(coach, 'POST', '/v1/support-calls', {
    body: {
      employerId,
      participantId: person.id,
      kind: 'call_to_employer',
      topics: ['tasks'],
      durationMinutes: 10,
      followUp: { dueDate: addDays(today, -1) },
    },
  });
  expect(logged.status, logged.text).toBe(201);
  await patch(coach, `/v1/support-calls/${logged.json.id}`, logged.json.version, { followUpDone: true });

  const event = await createdEvent(coach);
  const full = (await call(coach, 'GET', `/v1/events/${event.id}`)).json;
  eventDay = swedishDate(new Date(full.startsAt));
  expect(
    (
      await call(coach, 'POST', `/v1/events/${event.id}/signups`, {
        body: { name: 'Kim Kommer', walkIn: true },
      })
    ).status,
  ).toBe(201);
  expect(
    (await call(coach, 'POST', `/v1/events/${event.id}/signups`, { body: { participantId: person.id } }))
      .status,
  ).toBe(201);
});

const report = async (query: string) => {
  const answer = await call(coach, 'GET', `/v1/reports/indicators${query}`);
  expect(answer.status, answer.text).toBe(200);
  return answer.json as IndicatorReport;
};

describe('the facts the API writes, in the report', () => {
  it('counts the match started and completed into work, the hire and the steps it made', async () => {
    const r = await report(thisMonth);
    expect(r.matches.started).toEqual({ woman: 1, man: 0, other: 0, unspecified: 0, total: 1 });
    expect(r.matches.completed.employed.woman).toBe(1);
    expect(r.transitions.employed.woman).toBe(1);
    expect(r.prework.entered.woman).toBe(1);
    expect(r.durations.learning_placement.woman).toEqual({ steps: 1, meanDays: 0, medianDays: 0 });
    expect(r.employers.involved).toBe(1);
    expect(r.employers.placementsOpen).toBe(1);
  });

  it('counts the request, the call by its participant’s gender, and the follow-up done late', async () => {
    const r = await report(thisMonth);
    expect(r.support.requests).toBe(1);
    expect(r.support.calls.woman).toBe(1);
    expect(r.support.followUpsLate.woman).toBe(1);
    expect(r.support.followUpsOnTime.total).toBe(0);
  });

  it('counts the event’s sign-ups and who came, by kind, in the period of its day', async () => {
    const r = await report(`?from=${eventDay}&to=${eventDay}`);
    expect(r.events).toEqual([
      {
        kind: 'forum',
        signups: { woman: 1, man: 0, other: 0, unspecified: 1, total: 2 },
        attended: { woman: 0, man: 0, other: 0, unspecified: 1, total: 1 },
      },
    ]);
  });

  it('counts an employment check-in done as a follow-up, on time before its day, once', async () => {
    const before = await report(thisMonth);
    expect(before.support.followUpsOnTime.total).toBe(0);
    for (let time = 0; time < 2; time++) {
      const done = await call(coach, 'POST', `/v1/participants/${personId}/check-ins/1`);
      expect(done.status, done.text).toBe(200);
    }
    const after = await report(thisMonth);
    expect(after.support.followUpsOnTime).toEqual({ woman: 1, man: 0, other: 0, unspecified: 0, total: 1 });
    expect(after.support.followUpsLate).toEqual(before.support.followUpsLate);
  });
});
