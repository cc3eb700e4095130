import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, swedishDate } from '#shared/domain/calendar';
import {
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  participantBody,
  placementBody,
} from './support/harness.ts';

// One test per defect the outside review reproduced, each as the reviewer did it.

const tenant = newTenant();
let coach: Caller;
let admin: Caller;
let employerA: Caller;
let employerB: Caller;
let employerAId: string;

const today = () => swedishDate(new Date());
const ifMatch = (version: number) => ({ 'if-match': `"v${version}"` });

async function registeredEmployer(user: Caller) {
  const employer = (await call(user, 'POST', '/v1/employers', { body: employerBody() })).json;
  await call(coach, 'POST', `/v1/employers/${employer.id}/verify`);
  return employer.id as string;
}

async function openPlacement(employerId: string, seats = 3) {
  const created = await call(coach, 'POST', `/v1/employers/${employerId}/placements`, {
    body: placementBody({ status: 'open', seats }),
  });
  expect(created.status).toBe(201);
  return created.json as { id: string; version: number };
}

async function consentingParticipant(overrides = {}) {
  const created = await call(coach, 'POST', '/v1/participants', {
    body: participantBody({
      firstName: 'Sam',
      consent: { sharedSummary: true, givenAt: '2026-01-10' },
      ...overrides,
    }),
  });
  expect(created.status).toBe(201);
  return created.json as { id: string; version: number; consent: unknown };
}

async function propose(participantId: string, placementId: string, consentToShare = true) {
  const created = await call(coach, 'POST', '/v1/matches', {
    body: { participantId, placementId, consentToShare },
  });
  return created;
}

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  admin = await caller(tenant, 'admin');
  employerA = await caller(tenant, 'employer');
  employerB = await caller(tenant, 'employer');
  employerAId = await registeredEmployer(employerA);
  await registeredEmployer(employerB);
});

describe('1. another employer’s proposals', () => {
  it('gives employer B nothing of A’s proposals when B filters by A’s placement', async () => {
    const placement = await openPlacement(employerAId);
    const person = await consentingParticipant();
    expect((await propose(person.id, placement.id)).status).toBe(201);
    const asA = await call(employerA, 'GET', `/v1/matches?placementId=${placement.id}`);
    expect(asA.json.items).toHaveLength(1);
    const asB = await call(employerB, 'GET', `/v1/matches?placementId=${placement.id}`);
    expect(asB.status).toBe(200);
    expect(asB.json.items).toEqual([]);
    const byParticipant = await call(employerB, 'GET', `/v1/matches?participantId=${person.id}`);
    expect(byParticipant.json.items).toEqual([]);
  });
});

describe('3. list reads are audited', () => {
  it('records one entry per participant a list page shows', async () => {
    const coachId = `coach-${Date.now()}`;
    await call(await caller(tenant, 'coach', coachId), 'GET', '/v1/users');
    const people = [
      await consentingParticipant({ coachId }),
      await consentingParticipant({ coachId }),
      await consentingParticipant({ coachId }),
    ];
    const listed = await call(coach, 'GET', `/v1/participants?coachId=${coachId}`);
    expect(listed.json.items).toHaveLength(3);
    for (const person of people) {
      const audit = await call(admin, 'GET', `/v1/audit?subjectId=${person.id}`);
      const reads = audit.json.items.filter(
        (entry: { action: string }) => entry.action === 'participant.list.read',
      );
      expect(reads).toHaveLength(1);
      expect(reads[0]).toMatchObject({ actorId: coach.userId, actorRole: 'coach' });
    }
  });
});

describe('4. consent on the profile', () => {
  it('shows no summary when the profile has no consent, whatever the proposal says', async () => {
    const placement = await openPlacement(employerAId);
    const person = await consentingParticipant({ consent: { sharedSummary: false } });
    const match = (await propose(person.id, placement.id, true)).json;
    const seen = await call(employerA, 'GET', `/v1/matches/${match.id}`);
    expect(seen.json.candidate).toBeNull();
  });

  it('hides the summary on every open proposal at once when the profile’s consent is withdrawn', async () => {
    const first = await openPlacement(employerAId);
    const second = await openPlacement(employerAId);
    const person = await consentingParticipant({ firstName: 'Tove' });
    const matches = [(await propose(person.id, first.id)).json, (await propose(person.id, second.id)).json];
    for (const match of matches) {
      expect((await call(employerA, 'GET', `/v1/matches/${match.id}`)).json.candidate?.firstName).toBe(
        'Tove',
      );
    }
    const withdrawn = await call(coach, 'PATCH', `/v1/participants/${person.id}`, {
      body: { consent: { sharedSummary: false, revokedAt: today() } },
      headers: ifMatch(person.version),
    });
    expect(withdrawn.status).toBe(200);
    for (const match of matches) {
      const seen = await call(employerA, 'GET', `/v1/matches/${match.id}`);
      expect(seen.json.candidate).toBeNull();
      expect(seen.text).not.toContain('Tove');
    }
    const list = await call(employerA, 'GET', '/v1/matches?limit=100');
    expect(list.text).not.toContain('Tove');
  });

  it('stops showing the summary once a proposal is declined or cancelled', async () => {
    const placement = await openPlacement(employerAId);
    const declinedOne = (await propose((await consentingParticipant()).id, placement.id)).json;
    await call(employerA, 'PATCH', `/v1/matches/${declinedOne.id}`, {
      body: { status: 'declined', reason: 'Inte nu' },
      headers: ifMatch(1),
    });
    expect((await call(employerA, 'GET', `/v1/matches/${declinedOne.id}`)).json.candidate).toBeNull();
    const cancelledOne = (await propose((await consentingParticipant()).id, placement.id)).json;
    await call(coach, 'PATCH', `/v1/matches/${cancelledOne.id}`, {
      body: { status: 'cancelled' },
      headers: ifMatch(1),
    });
    expect((await call(employerA, 'GET', `/v1/matches/${cancelledOne.id}`)).json.candidate).toBeNull();
  });
});

describe('5. each match step takes its own fields', () => {
  it('refuses an employer’s decline that carries an outcome or a start date, storing nothing', async () => {
    const placement = await openPlacement(employerAId);
    const match = (await propose((await consentingParticipant()).id, placement.id)).json;
    const response = await call(employerA, 'PATCH', `/v1/matches/${match.id}`, {
      body: { status: 'declined', reason: 'Nej', outcome: 'employed', startDate: '1999-01-01' },
      headers: ifMatch(1),
    });
    expect(response.status).toBe(400);
    expect(response.json.errors.map((error: { field: string }) => error.field)).toContain('startDate');
    const stored = (await call(coach, 'GET', `/v1/matches/${match.id}`)).json;
    expect(stored).toMatchObject({ status: 'proposed', version: 1 });
    expect(stored.outcome).toBeUndefined();
  });

  it('refuses a start dated far from today, and the coach can still record steps afterwards', async () => {
    const placement = await openPlacement(employerAId);
    const person = await consentingParticipant();
    const match = (await propose(person.id, placement.id)).json;
    await call(employerA, 'PATCH', `/v1/matches/${match.id}`, {
      body: { status: 'accepted' },
      headers: ifMatch(1),
    });
    for (const startDate of ['9999-12-31', addDays(today(), 400), addDays(today(), -61)]) {
      const response = await call(employerA, 'PATCH', `/v1/matches/${match.id}`, {
        body: { status: 'started', startDate },
        headers: ifMatch(2),
      });
      expect(response.status, startDate).toBe(400);
      expect(response.json.errors[0].field).toBe('startDate');
    }
    const participant = (await call(coach, 'GET', `/v1/participants/${person.id}`)).json;
    expect(participant.stage).toBe('prework');
    const step = await call(coach, 'POST', `/v1/participants/${person.id}/transitions`, {
      body: { to: 'learning_placement', date: today() },
    });
    expect(step.status).toBe(201);
  });

  it('lets only staff record an outcome', async () => {
    const placement = await openPlacement(employerAId);
    const match = (await propose((await consentingParticipant()).id, placement.id)).json;
    await call(employerA, 'PATCH', `/v1/matches/${match.id}`, {
      body: { status: 'accepted' },
      headers: ifMatch(1),
    });
    await call(employerA, 'PATCH', `/v1/matches/${match.id}`, {
      body: { status: 'started', startDate: today() },
      headers: ifMatch(2),
    });
    const byEmployer = await call(employerA, 'PATCH', `/v1/matches/${match.id}`, {
      body: { status: 'completed', outcome: 'employed' },
      headers: ifMatch(3),
    });
    expect(byEmployer.status).toBe(403);
  });
});

describe('6. pausing an employer', () => {
  it('takes its placements out of matching, refuses new proposals and acceptances, and resume restores them', async () => {
    const user = await caller(tenant, 'employer');
    const employerId = await registeredEmployer(user);
    const placement = await openPlacement(employerId);
    const waiting = await consentingParticipant();
    const open = (await propose(waiting.id, placement.id)).json;
    const employer = (await call(coach, 'GET', `/v1/employers/${employerId}`)).json;
    const paused = await call(coach, 'PATCH', `/v1/employers/${employerId}`, {
      body: { status: 'paused' },
      headers: ifMatch(employer.version),
    });
    expect(paused.status).toBe(200);

    const other = await consentingParticipant();
    const ranked = await call(coach, 'GET', `/v1/participants/${other.id}/matches?limit=500`);
    const rankedIds = ranked.json.items.map((item: { placement: { id: string } }) => item.placement.id);
    expect(rankedIds).not.toContain(placement.id);
    const refusedProposal = await propose(other.id, placement.id);
    expect(refusedProposal.status).toBe(409);
    expect(refusedProposal.json.type).toMatch(/employer\.not_active$/);
    expect((await call(coach, 'GET', `/v1/placements/${placement.id}/candidates`)).status).toBe(409);

    const seenWhilePaused = await call(user, 'GET', `/v1/matches/${open.id}`);
    expect(seenWhilePaused.json.candidate).toBeNull();
    const acceptance = await call(user, 'PATCH', `/v1/matches/${open.id}`, {
      body: { status: 'accepted' },
      headers: ifMatch(1),
    });
    expect(acceptance.status).toBe(409);
    expect((await call(coach, 'GET', `/v1/placements/${placement.id}`)).json.seatsTaken).toBe(0);

    await call(coach, 'PATCH', `/v1/employers/${employerId}`, {
      body: { status: 'active' },
      headers: ifMatch(paused.json.version),
    });
    const again = await call(coach, 'GET', `/v1/participants/${other.id}/matches?limit=500`);
    expect(again.json.items.map((item: { placement: { id: string } }) => item.placement.id)).toContain(
      placement.id,
    );
    expect((await call(user, 'GET', `/v1/matches/${open.id}`)).json.candidate?.firstName).toBe('Sam');
    const accepted = await call(user, 'PATCH', `/v1/matches/${open.id}`, {
      body: { status: 'accepted' },
      headers: ifMatch(1),
    });
    expect(accepted.status).toBe(200);
  });
});

describe('7. bodies that are not JSON, and saves that change nothing', () => {
  it('answers 415 to a text/plain PATCH and keeps the version', async () => {
    const placement = await openPlacement(employerAId);
    const response = await call(coach, 'PATCH', `/v1/placements/${placement.id}`, {
      rawBody: '{"title":"CHANGED"}',
      headers: { 'content-type': 'text/plain', ...ifMatch(placement.version) },
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const noType = await call(coach, 'PATCH', `/v1/placements/${placement.id}`, {
      rawBody: '{"title":"CHANGED"}',
      headers: ifMatch(placement.version),
    });
    expect(noType.status).toBe(415);
    const stored = (await call(coach, 'GET', `/v1/placements/${placement.id}`)).json;
    expect(stored).toMatchObject({ version: placement.version, title: 'Packa varor' });
  });

  it('answers 400 to an empty patch, and a patch that changes nothing keeps the version', async () => {
    const placement = await openPlacement(employerAId);
    const empty = await call(coach, 'PATCH', `/v1/placements/${placement.id}`, {
      body: {},
      headers: ifMatch(placement.version),
    });
    expect(empty.status).toBe(400);
    const same = await call(coach, 'PATCH', `/v1/placements/${placement.id}`, {
      body: { title: 'Packa varor' },
      headers: ifMatch(placement.version),
    });
    expect(same.status).toBe(200);
    expect(same.json.version).toBe(placement.version);
    expect(same.headers.get('etag')).toBe(`"v${placement.version}"`);
  });
});

describe('8. bad input is refused, naming the field', () => {
  const post = (body: unknown) => call(coach, 'POST', `/v1/employers/${employerAId}/placements`, { body });

  it.each([
    ['a NUL character', { title: 'Packa\u0000varor' }, 'title'],
    ['a right-to-left override', { title: 'Packa \u202Esarov' }, 'title'],
    ['a year-zero start date', { startDate: '0000-01-01' }, 'startDate'],
    ['an unknown sector', { sector: 'no_such_sector' }, 'sector'],
    ['a too-short sector', { sector: 'it' }, 'sector'],
    ['an unknown key', { colour: 'red' }, 'colour'],
  ])('refuses %s', async (_what, change, field) => {
    const before = (await call(coach, 'GET', `/v1/placements?employerId=${employerAId}&limit=100`)).json.items
      .length;
    const response = await post({ ...placementBody(), ...change });
    expect(response.status).toBe(400);
    expect(response.json.errors.map((error: { field: string }) => error.field)).toContain(field);
    const after = (await call(coach, 'GET', `/v1/placements?employerId=${employerAId}&limit=100`)).json.items
      .length;
    expect(after).toBe(before);
  });

  it('lists the allowed sectors when one is unknown, for placements and participants alike', async () => {
    const placement = await post({ ...placementBody(), sector: 'no_such_sector' });
    expect(placement.json.errors[0].message).toContain('logistics');
    const person = await call(coach, 'POST', '/v1/participants', {
      body: participantBody({ interests: ['logistics', 'no_such_sector'] }),
    });
    expect(person.status).toBe(400);
    expect(person.json.errors[0]).toMatchObject({ field: 'interests.1' });
  });

  it('refuses bytes that are not UTF-8 instead of storing U+FFFD', async () => {
    const json = JSON.stringify({ ...placementBody(), title: 'Packa XX varor' });
    const bytes = Buffer.from(json, 'utf8');
    const at = bytes.indexOf('XX');
    bytes[at] = 0xc3;
    bytes[at + 1] = 0x28; // an invalid two-byte sequence
    const response = await call(coach, 'POST', `/v1/employers/${employerAId}/placements`, {
      rawBody: bytes as unknown as string,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.json.errors[0].field).toBe('(body)');
    expect(response.text).not.toContain('\uFFFD');
  });
});

describe('10. renames keep ETags honest', () => {
  it('makes a placement save based on a read before the rename stale (412), so the old name is not written back', async () => {
    const user = await caller(tenant, 'employer');
    const employerId = await registeredEmployer(user);
    const placement = await openPlacement(employerId);
    const read = await call(user, 'GET', `/v1/placements/${placement.id}`);
    const employer = (await call(user, 'GET', `/v1/employers/${employerId}`)).json;
    await call(user, 'PATCH', `/v1/employers/${employerId}`, {
      body: { name: 'Nytt Namn AB' },
      headers: ifMatch(employer.version),
    });
    const renamed = await call(user, 'GET', `/v1/placements/${placement.id}`);
    expect(renamed.json.employerName).toBe('Nytt Namn AB');
    expect(renamed.headers.get('etag')).not.toBe(read.headers.get('etag'));
    const staleSave = await call(user, 'PATCH', `/v1/placements/${placement.id}`, {
      body: { title: 'Ny rubrik' },
      headers: { 'if-match': read.headers.get('etag')! },
    });
    expect(staleSave.status).toBe(412);
  });
});

describe('11. a day in Sweden', () => {
  it('dates a participant’s first step with the Swedish date, also between midnight and 01:00 there', async () => {
    const { createParticipant } = await import('#shared/db/repositories/participants');
    const lateEvening = new Date('2026-01-14T23:30:00Z'); // 00:30 on 15 January in Stockholm
    const created = await createParticipant(
      tenant,
      { ...participantBody(), coachId: coach.userId, maxTravelMinutes: 45 },
      coach.userId,
      lateEvening,
    );
    expect(created.stageSince).toBe('2026-01-15');
    const timeline = await call(coach, 'GET', `/v1/participants/${created.id}/transitions`);
    expect(timeline.json.items[0].date).toBe('2026-01-15');
  });
});
