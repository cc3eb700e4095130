import { beforeAll, describe, expect, it } from 'vitest';
import { swedishDate } from '#shared/domain/calendar';
import { vocabularyWords } from '#shared/domain/vocabulary-labels';
import { EmployerMatch } from '#shared/schemas/match';
import {
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  participantBody,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';
import { deepStrict } from './support/strict.ts';

const tenant = newTenant();
let coach: Caller;
let admin: Caller;
let employerUser: Caller;
let employerId: string;

beforeAll(async () => {
  ({ coach, employerUser, employerId } = await verifiedEmployer(tenant));
  admin = await caller(tenant, 'admin');
});

async function openPlacement(seats: number) {
  const created = await call(employerUser, 'POST', `/v1/employers/${employerId}/placements`, {
    body: placementBody({ status: 'open', seats }),
  });
  expect(created.status).toBe(201);
  return created.json as { id: string };
}

async function participant(overrides = {}) {
  const created = await call(coach, 'POST', '/v1/participants', { body: participantBody(overrides) });
  expect(created.status).toBe(201);
  return created.json as { id: string };
}

async function propose(participantId: string, placementId: string, consentToShare = false) {
  return call(coach, 'POST', '/v1/matches', {
    body: { participantId, placementId, consentToShare, note: 'Intern' },
  });
}

const patch = (who: Caller, id: string, version: number, body: Record<string, unknown>) =>
  call(who, 'PATCH', `/v1/matches/${id}`, { body, headers: { 'if-match': `"v${version}"` } });

// What an employer receives is parsed against the employer view, strict at every
// depth: an allow-list, so any key it does not name (a new profile field) fails.
const employerView = deepStrict(EmployerMatch);

function expectNoPrivateData(body: unknown) {
  const parsed = employerView.safeParse(body);
  expect(parsed.success, parsed.error?.message).toBe(true);
  // Names that never belong in it, whatever its keys: the last name and the coach's note.
  expect(JSON.stringify(body)).not.toMatch(/Lind|Intern/);
}

describe('proposing', () => {
  it('stores a proposal with its score and reasons, once per participant and placement', async () => {
    const placement = await openPlacement(2);
    const person = await participant();
    const first = await propose(person.id, placement.id);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: 'proposed', employerId, version: 1 });
    expect(first.json.score).toBeGreaterThan(0);
    expect(first.json.reasons[0]).toMatchObject({ factor: expect.any(String), sv: expect.any(String) });
    expect((await propose(person.id, placement.id)).status).toBe(409);
  });

  it('refuses a pair that fails a hard constraint, with the reason', async () => {
    const placement = await openPlacement(1);
    const person = await participant({ supportLevel: 4 });
    const response = await propose(person.id, placement.id);
    expect(response.status).toBe(422);
    expect(response.json.errors[0]).toMatchObject({ field: 'placementId', message: expect.any(String) });
  });

  it('names a participant or placement that does not exist', async () => {
    const placement = await openPlacement(1);
    const response = await propose('01ARZ3NDEKTSV4RRFFQ69G5FAV', placement.id);
    expect(response.status).toBe(400);
    expect(response.json.errors[0].field).toBe('participantId');
  });
});

describe('a coach answering for the employer', () => {
  it('records an acceptance given by phone, taking the seat, with who answered and how in the history', async () => {
    const placement = await openPlacement(1);
    const person = await participant({ stage: 'prework' });
    const proposed = (await propose(person.id, placement.id)).json;
    const today = swedishDate(new Date());
    const onBehalf = { channel: 'phone', person: 'Johan Berg', date: today };

    const early = await patch(coach, proposed.id, 1, {
      status: 'accepted',
      onBehalf: { ...onBehalf, date: '2020-01-01' },
    });
    expect(early.status).toBe(400);
    expect(early.json.errors[0].field).toBe('onBehalf.date');
    const byEmployer = await patch(employerUser, proposed.id, 1, { status: 'accepted', onBehalf });
    expect(byEmployer.json.errors[0]).toMatchObject({ field: 'onBehalf' });

    const accepted = await patch(coach, proposed.id, 1, { status: 'accepted', onBehalf });
    expect(accepted.status).toBe(200);
    expect(accepted.json.history.at(-1)).toEqual({
      status: 'accepted',
      at: expect.any(String),
      by: coach.userId,
      onBehalf,
    });
    expect((await call(coach, 'GET', `/v1/placements/${placement.id}`)).json.seatsTaken).toBe(1);
    // Only the answers to a proposal are the employer's to give: a start is the coach's own step.
    const started = await patch(coach, proposed.id, 2, { status: 'started', startDate: today, onBehalf });
    expect(started.json.errors[0]).toMatchObject({ field: 'onBehalf' });
  });

  it('records a decline given at a meeting, with the reason', async () => {
    const placement = await openPlacement(1);
    const person = await participant({ stage: 'prework' });
    const proposed = (await propose(person.id, placement.id)).json;
    const today = swedishDate(new Date());
    const declined = await patch(coach, proposed.id, 1, {
      status: 'declined',
      reason: 'Inte just nu',
      onBehalf: { channel: 'meeting', person: 'Lena Test', date: today },
    });
    expect(declined.status).toBe(200);
    expect(declined.json).toMatchObject({ status: 'declined', declineReason: 'Inte just nu' });
    expect(declined.json.history.at(-1).onBehalf).toMatchObject({ channel: 'meeting', person: 'Lena Test' });
  });
});

describe('the lifecycle', () => {
  it('takes a seat on acceptance, moves the stage on start and frees the seat on completion', async () => {
    const placement = await openPlacement(1);
    const person = await participant({ stage: 'prework' });
    const proposed = (await propose(person.id, placement.id)).json;

    // The answer is the employer's: a coach records it only saying how it was given.
    const unsaid = await patch(coach, proposed.id, 1, { status: 'accepted' });
    expect(unsaid.status).toBe(400);
    expect(unsaid.json.errors[0].field).toBe('onBehalf');
    const accepted = await patch(employerUser, proposed.id, 1, { status: 'accepted' });
    expect(accepted.status).toBe(200);
    const full = (await call(coach, 'GET', `/v1/placements/${placement.id}`)).json;
    expect(full).toMatchObject({ seatsTaken: 1, status: 'full' });
    const fullList = await call(coach, 'GET', '/v1/placements?status=full&limit=100');
    expect(fullList.json.items.map((p: { id: string }) => p.id)).toContain(placement.id);

    const startDate = swedishDate(new Date());
    const started = await patch(coach, proposed.id, 2, { status: 'started', startDate });
    expect(started.json).toMatchObject({ status: 'started', startDate });
    const moved = (await call(coach, 'GET', `/v1/participants/${person.id}`)).json;
    expect(moved).toMatchObject({ stage: 'learning_placement', stageSince: startDate });

    const missingOutcome = await patch(coach, proposed.id, 3, { status: 'completed' });
    expect(missingOutcome.status).toBe(400);
    expect(missingOutcome.json.errors[0].field).toBe('outcome');
    const completed = await patch(coach, proposed.id, 3, { status: 'completed', outcome: 'employed' });
    expect(completed.json).toMatchObject({ status: 'completed', outcome: 'employed' });
    expect((await call(coach, 'GET', `/v1/participants/${person.id}`)).json.stage).toBe('employed');
    expect((await call(coach, 'GET', `/v1/placements/${placement.id}`)).json).toMatchObject({
      seatsTaken: 0,
      status: 'open',
    });
    const history = completed.json.history.map((event: { status: string }) => event.status);
    expect(history).toEqual(['proposed', 'accepted', 'started', 'completed']);
  });

  it('lets an employer decline with a reason, after which the pair may be proposed again', async () => {
    const placement = await openPlacement(1);
    const person = await participant();
    const proposed = (await propose(person.id, placement.id)).json;
    const declined = await patch(employerUser, proposed.id, 1, {
      status: 'declined',
      reason: 'Inte just nu',
    });
    expect(declined.json).toMatchObject({ status: 'declined', declineReason: 'Inte just nu' });
    expect((await patch(employerUser, proposed.id, 2, { status: 'accepted' })).status).toBe(422);
    expect((await propose(person.id, placement.id)).status).toBe(201);
  });

  it('needs If-Match and refuses a stale one', async () => {
    const placement = await openPlacement(1);
    const proposed = (await propose((await participant()).id, placement.id)).json;
    expect(
      (await call(employerUser, 'PATCH', `/v1/matches/${proposed.id}`, { body: { status: 'accepted' } }))
        .status,
    ).toBe(428);
    expect((await patch(employerUser, proposed.id, 7, { status: 'accepted' })).status).toBe(412);
  });
});

describe('seats under concurrency', () => {
  it('accepts exactly 2 of 50 racing acceptances for 2 seats, and cancelling frees exactly one', async () => {
    const placement = await openPlacement(2);
    const proposals: { id: string }[] = [];
    for (let i = 0; i < 50; i++) {
      const person = await participant({ firstName: `Deltagare ${i}` });
      proposals.push((await propose(person.id, placement.id)).json);
    }

    const results = await Promise.all(
      proposals.map((proposal) => patch(employerUser, proposal.id, 1, { status: 'accepted' })),
    );
    const accepted = results.filter((result) => result.status === 200);
    const refused = results.filter((result) => result.status === 409);
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(48);
    for (const result of refused) {
      expect(result.headers.get('content-type')).toBe('application/problem+json');
      expect(result.json.errors[0].field).toBe('status');
    }
    expect((await call(coach, 'GET', `/v1/placements/${placement.id}`)).json).toMatchObject({
      seatsTaken: 2,
      status: 'full',
    });

    const winner = accepted[0]!.json;
    const cancelled = await patch(coach, winner.id, winner.version, {
      status: 'cancelled',
      reason: 'Flyttar',
    });
    expect(cancelled.status).toBe(200);
    expect((await call(coach, 'GET', `/v1/placements/${placement.id}`)).json).toMatchObject({
      seatsTaken: 1,
      status: 'open',
    });
    const again = await patch(coach, winner.id, winner.version + 1, { status: 'cancelled' });
    expect(again.json).toMatchObject({ status: 'cancelled', version: winner.version + 1 });
    const revived = await patch(employerUser, winner.id, winner.version + 1, { status: 'accepted' });
    expect(revived.status).toBe(422);
    expect((await call(coach, 'GET', `/v1/placements/${placement.id}`)).json.seatsTaken).toBe(1);
  });
});

describe('what the employer sees', () => {
  it('without consent: that a coach proposes someone and will call, nothing about the person', async () => {
    const placement = await openPlacement(2);
    const person = await participant();
    const proposed = (await propose(person.id, placement.id, false)).json;

    const one = await call(employerUser, 'GET', `/v1/matches/${proposed.id}`);
    expect(one.json).toMatchObject({ candidate: null, placementId: placement.id, status: 'proposed' });
    expect(one.json.message.sv).toMatch(/ringer/);
    expectNoPrivateData(one.json);
    expect(JSON.stringify(one.json)).not.toContain('Alva');

    const list = await call(employerUser, 'GET', '/v1/matches?limit=100');
    expect(list.json.items.length).toBeGreaterThan(0);
    for (const match of list.json.items) expectNoPrivateData(match);
    const accepted = await patch(employerUser, proposed.id, 1, { status: 'accepted' });
    expectNoPrivateData(accepted.json);
  });

  it('with consent: the summary only; revoking consent takes it away again', async () => {
    const placement = await openPlacement(2);
    const person = await participant({
      firstName: 'Kim',
      goal: 'Jobba på lager',
      consent: { sharedSummary: true, givenAt: '2026-01-10' },
    });
    const proposed = (await propose(person.id, placement.id, true)).json;

    const shown = await call(employerUser, 'GET', `/v1/matches/${proposed.id}`);
    expect(shown.json.candidate).toEqual({
      firstName: 'Kim',
      interests: [
        { sector: 'logistics', label: vocabularyWords.sectors.logistics },
        { sector: 'retail', label: vocabularyWords.sectors.retail },
      ],
      availability: { kind: 'fullDay', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      supportSummary: { sv: expect.any(String), en: expect.any(String) },
      goal: 'Jobba på lager',
    });
    expectNoPrivateData(shown.json);

    expect((await patch(employerUser, proposed.id, 1, { consentToShare: true })).status).toBe(403);
    const revoked = await patch(coach, proposed.id, 1, { consentToShare: false });
    expect(revoked.json.consent).toMatchObject({ sharedSummary: false, revokedAt: expect.any(String) });
    const hidden = await call(employerUser, 'GET', `/v1/matches/${proposed.id}`);
    expect(hidden.json.candidate).toBeNull();
    expect(JSON.stringify(hidden.json)).not.toContain('Kim');

    const audit = await call(admin, 'GET', `/v1/audit?subjectId=${person.id}&limit=100`);
    const employerReads = audit.json.items.filter((e: { actorRole: string }) => e.actorRole === 'employer');
    expect(employerReads).toHaveLength(1);
    expect(employerReads[0]).toMatchObject({ action: 'match.summary.read', actorId: employerUser.userId });
  });

  it('hides another employer’s proposals and staff-only routes', async () => {
    const placement = await openPlacement(1);
    const proposed = (await propose((await participant()).id, placement.id)).json;
    const other = await caller(tenant, 'employer');
    await call(other, 'POST', '/v1/employers', { body: employerBody() });
    expect((await call(other, 'GET', `/v1/matches/${proposed.id}`)).status).toBe(404);
    expect((await patch(other, proposed.id, 1, { status: 'accepted' })).status).toBe(404);
    expect((await call(other, 'GET', '/v1/matches?limit=100')).json.items).toEqual([]);
    expect((await call(employerUser, 'POST', '/v1/matches', { body: {} })).status).toBe(403);
    expect((await call(employerUser, 'GET', `/v1/placements/${placement.id}/candidates`)).status).toBe(403);
  });
});

describe('matching endpoints', () => {
  it('ranks placements for a participant and candidates for a placement, with reasons', async () => {
    const placement = await openPlacement(3);
    const fits = await participant({ interests: ['logistics'] });
    const tooMuchSupport = await participant({ supportLevel: 4 });

    const ranked = await call(coach, 'GET', `/v1/participants/${fits.id}/matches?includeExcluded=true`);
    expect(ranked.status).toBe(200);
    const entry = ranked.json.items.find(
      (item: { placement: { id: string } }) => item.placement.id === placement.id,
    );
    expect(entry.score).toBeGreaterThan(0);
    expect(entry.reasons.length).toBeGreaterThan(0);

    const candidates = await call(
      coach,
      'GET',
      `/v1/placements/${placement.id}/candidates?includeExcluded=true&limit=500`,
    );
    const rankedIds = candidates.json.items.map(
      (item: { participant: { id: string } }) => item.participant.id,
    );
    const excludedIds = candidates.json.excluded.map(
      (item: { participant: { id: string } }) => item.participant.id,
    );
    expect(rankedIds).toContain(fits.id);
    expect(excludedIds).toContain(tooMuchSupport.id);
    expect(rankedIds).not.toContain(tooMuchSupport.id);
  });

  it('suggests a batch assignment that never overfills a placement', async () => {
    const batchTenant = newTenant();
    const batchCoach = await caller(batchTenant, 'coach');
    const employer = (await call(batchCoach, 'POST', '/v1/employers', { body: employerBody() })).json;
    const places = [];
    for (const seats of [1, 2]) {
      places.push(
        (
          await call(batchCoach, 'POST', `/v1/employers/${employer.id}/placements`, {
            body: placementBody({ status: 'open', seats }),
          })
        ).json,
      );
    }
    for (let i = 0; i < 5; i++) {
      await call(batchCoach, 'POST', '/v1/participants', { body: participantBody({ firstName: `P${i}` }) });
    }
    const suggestion = await call(batchCoach, 'POST', '/v1/matching/batch', { body: { threshold: 0 } });
    expect(suggestion.status).toBe(200);
    expect(suggestion.json.pairs).toHaveLength(3);
    expect(suggestion.json.unassignedParticipantIds).toHaveLength(2);
    const perPlacement = new Map<string, number>();
    for (const pair of suggestion.json.pairs) {
      perPlacement.set(pair.placementId, (perPlacement.get(pair.placementId) ?? 0) + 1);
    }
    expect(perPlacement.get(places[0].id)).toBe(1);
    expect(perPlacement.get(places[1].id)).toBe(2);
    const bad = await call(batchCoach, 'POST', '/v1/matching/batch', { body: { threshold: 101 } });
    expect(bad.json.errors[0].field).toBe('threshold');
  });
});

describe('the size of a batch suggestion', () => {
  it('refuses more than 1,000 free seats at once with 400 matching.batch_too_large, and solves a chosen part', async () => {
    const batchTenant = newTenant();
    const batchCoach = await caller(batchTenant, 'coach');
    const employer = (await call(batchCoach, 'POST', '/v1/employers', { body: employerBody() })).json;
    // 25 waiting participants and 41 placements of 25 seats: 1,025 seat columns.
    const placementIds: string[] = [];
    for (let i = 0; i < 41; i++) {
      const created = await call(batchCoach, 'POST', `/v1/employers/${employer.id}/placements`, {
        body: placementBody({ status: 'open', seats: 25 }),
      });
      placementIds.push(created.json.id);
    }
    for (let i = 0; i < 25; i++) {
      await call(batchCoach, 'POST', '/v1/participants', { body: participantBody({ firstName: `P${i}` }) });
    }
    const refused = await call(batchCoach, 'POST', '/v1/matching/batch', { body: { threshold: 0 } });
    expect(refused.status).toBe(400);
    expect(refused.json.type).toBe('https://bryggan.se/problems/matching.batch_too_large');
    const part = await call(batchCoach, 'POST', '/v1/matching/batch', {
      body: { threshold: 0, placementIds: placementIds.slice(0, 40) },
    });
    expect(part.status).toBe(200);
    expect(part.json.pairs).toHaveLength(25);
  });
});

describe("a participant's matches", () => {
  it('are 404 participant.not_found for a participant the tenant does not have', async () => {
    const coach = await caller(newTenant(), 'coach');
    const answer = await call(coach, 'GET', '/v1/participants/01JPART0000000000000000000/matches');
    expect(answer.status).toBe(404);
    expect(answer.json.type).toBe('https://bryggan.se/problems/participant.not_found');
  });
});
