import { beforeAll, describe, expect, it } from 'vitest';
import { eraseParticipant, getErasure } from '#shared/db/repositories/participant-erasure';
import { exportPartNames } from '#shared/schemas/participant-rights';
import { useCompensation } from './support/compensation.ts';
import { declaredRoutes } from './support/declared-responses.ts';
import { createdEvent } from './support/events.ts';
import {
  activeEmployer,
  app,
  type Caller,
  call,
  caller,
  newTenant,
  participantBody,
  placementBody,
} from './support/harness.ts';
import { writeHistory } from './support/indicator-fixture.ts';
import { findInWholeTable } from './support/table-snapshot.ts';

// Issue 16: one participant in every item type that can name them is exported whole,
// then erased; afterwards no item of the table or of any index holds their id, name,
// e-mail or phone, and the reports of past periods give the same figures.

const tenant = newTenant();
let coach: Caller;
let admin: Caller;
let employerId: string;
let placementId: string;

const person = {
  firstName: 'Ingegerd',
  lastName: 'Raderasson',
  email: 'ingegerd.raderasson@test.example',
  phone: '070-555 12 34',
  companion: 'Följeslagerska Stödberg',
};

const ok = <A extends { status: number; text: string }>(answer: A, status: number): A => {
  expect(answer.status, answer.text).toBe(status);
  return answer;
};

/** A participant with a past pathway (a spell in prework, a hire and its retention marks). */
async function pastParticipant(): Promise<string> {
  const written = await writeHistory(tenant, employerId, {
    gender: 'woman',
    steps: [
      { to: 'prework', date: '2024-03-01' },
      { to: 'employed', date: '2024-10-01' },
      { to: 'prework', date: '2025-06-01' },
    ],
  });
  const read = ok(await call(coach, 'GET', `/v1/participants/${written.id}`), 200);
  ok(
    await call(coach, 'PATCH', `/v1/participants/${written.id}`, {
      body: {
        firstName: person.firstName,
        lastName: person.lastName,
        goal: `${person.firstName} vill laga mat.`,
      },
      headers: { 'if-match': read.headers.get('etag') as string },
    }),
    200,
  );
  return written.id;
}

/** Every other kind of item that can name the participant, through the API. */
async function everythingElse(id: string) {
  ok(
    await call(coach, 'POST', `/v1/participants/${id}/provisions`, {
      body: {
        providerId: 'arbetsgladje',
        from: '2024-03-01',
        to: '2024-09-30',
        supportLevel: 2,
        schedule: 'fullDay',
      },
    }),
    201,
  );
  const match = ok(
    await call(coach, 'POST', '/v1/matches', {
      body: { participantId: id, placementId, consentToShare: true, note: `${person.firstName} passar bra.` },
      headers: { 'idempotency-key': `match-${id}` },
    }),
    201,
  ).json;
  ok(await call(coach, 'PUT', `/v1/participants/${id}/interests/${placementId}`), 200);
  const request = ok(
    await call(coach, 'POST', '/v1/support-requests', {
      body: { topic: 'tasks', employerId, message: `Ring om ${person.firstName} ${person.lastName}` },
    }),
    201,
  ).json;
  const supportCall = ok(
    await call(coach, 'POST', '/v1/support-calls', {
      body: {
        employerId,
        participantId: id,
        supportRequestId: request.id,
        kind: 'call_to_employer',
        topics: ['schedule'],
        note: `${person.firstName} trivs.`,
        durationMinutes: 10,
        followUp: { dueDate: '2026-01-20' },
      },
      headers: { 'idempotency-key': `call-${id}` },
    }),
    201,
  ).json;
  const event = await createdEvent(coach);
  const signup = ok(
    await call(coach, 'POST', `/v1/events/${event.id}/signups`, {
      body: {
        participantId: id,
        email: person.email,
        phone: person.phone,
        companions: [{ name: person.companion }],
        needs: { stepFree: true, food: 'Ingegerds glutenfria kost' },
      },
    }),
    201,
  ).json;
  ok(await call(coach, 'GET', `/v1/participants/${id}/transitions`), 200);
  return { match, request, supportCall, signup };
}

const indicators = async () =>
  ok(await call(coach, 'GET', '/v1/reports/indicators?from=2024-01-01&to=2025-12-31'), 200).json;

/** The compensation report's figures, without the names (an erased person's name is gone). */
const compensationFigures = async (month: string) => {
  const report = ok(await call(coach, 'GET', `/v1/reports/compensation?month=${month}`), 200).json;
  return {
    total: report.total,
    providers: report.providers.map(
      (provider: { total: number; lines: Record<string, unknown>[]; goalPayments: unknown[] }) => ({
        total: provider.total,
        lines: provider.lines.map(({ name: _n, participantId: _p, ...figures }) => figures),
        goalPayments: provider.goalPayments.length,
      }),
    ),
  };
};

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  admin = await caller(tenant, 'admin');
  await useCompensation(admin);
  const employer = await activeEmployer(coach);
  employerId = employer.id;
  placementId = ok(
    await call(coach, 'POST', `/v1/employers/${employerId}/placements`, {
      body: placementBody({ status: 'open', seats: 5 }),
    }),
    201,
  ).json.id;
});

describe('a participant’s export and erasure (GDPR art. 15 and 17)', () => {
  it('exports every item about them, erases them so that no item or index names them, and keeps the past reports’ figures', async () => {
    const id = await pastParticipant();
    const made = await everythingElse(id);
    const indicatorsBefore = await indicators();
    const compensationBefore = await compensationFigures('2024-05');

    const exported = ok(await call(admin, 'GET', `/v1/participants/${id}/export`), 200).json;
    for (const name of exportPartNames) {
      expect(exported.parts[name].explanation.length, name).toBeGreaterThan(20);
      expect(exported.parts[name].items.length, name).toBeGreaterThan(0);
    }
    const ids = (name: string) => exported.parts[name].items.map((item: { id?: string }) => item.id);
    expect(ids('profile')).toEqual([id]);
    expect(exported.parts.profile.items[0].firstName).toBe(person.firstName);
    expect(exported.parts.transitions.items).toHaveLength(3);
    expect(ids('matches')).toEqual([made.match.id]);
    expect(ids('supportCalls')).toEqual([made.supportCall.id]);
    expect(ids('supportRequests')).toEqual([made.request.id]);
    expect(ids('eventSignups')).toContain(made.signup.id);
    expect(exported.parts.eventSignups.items).toHaveLength(2); // the companion's own sign-up too
    expect(exported.parts.employments.items).toHaveLength(1);
    expect(exported.parts.employments.items[0].supportPeriod).toBeDefined();
    expect(exported.parts.provisions.items).toHaveLength(1);
    expect(exported.parts.interests.items).toHaveLength(1);
    expect(
      exported.parts.statistics.items.map((item: { entity?: string; kind?: string }) => item.kind ?? 'spell'),
    ).toEqual(expect.arrayContaining(['spell', 'retention_mark']));
    expect(exported.parts.audit.items.map((entry: { action: string }) => entry.action)).toContain(
      'participant.write',
    );
    // The export itself is audited.
    const trail = ok(await call(admin, 'GET', `/v1/audit?subjectId=${id}`), 200).json;
    expect(trail.items.map((entry: { action: string }) => entry.action)).toContain('participant.export.read');
    // Before: the person is in the table (the search below does find what is there).
    expect((await findInWholeTable([id])).length).toBeGreaterThan(0);

    ok(
      await call(admin, 'DELETE', `/v1/participants/${id}`, { body: { reason: 'participant_request' } }),
      204,
    );

    const left = await findInWholeTable([
      id,
      person.firstName,
      person.lastName,
      person.email,
      person.phone,
      person.companion,
      'glutenfri',
    ]);
    expect(left).toEqual([]);
    expect(await indicators()).toEqual(indicatorsBefore);
    expect(await compensationFigures('2024-05')).toEqual(compensationBefore);
    // The report names the pseudonym where the person was; it leads to no profile.
    const lines = ok(
      await call(coach, 'GET', '/v1/reports/compensation?month=2024-05'),
      200,
    ).json.providers.flatMap(
      (provider: { lines: { participantId: string; name: string }[] }) => provider.lines,
    );
    const erasedLine = lines.find((line: { name: string }) => line.name === 'Raderad deltagare');
    expect(erasedLine).toBeDefined();
    ok(await call(coach, 'GET', `/v1/participants/${erasedLine.participantId}`), 404);

    const gone = ok(await call(coach, 'GET', `/v1/participants/${id}`), 404);
    expect(gone.json.type).toMatch(/participant\.erased$/);
    // Every read of the participant, as declared, so that a new one cannot slip past.
    const reads = declaredRoutes(app).filter(
      (route) => route.method === 'GET' && /^\/v1\/participants\/\{id\}(\/[a-z-]+)*$/.test(route.template),
    );
    expect(reads.length).toBeGreaterThan(8);
    for (const route of reads) {
      const path = route.template.replace('{id}', id);
      // The export is the admin's; every other read is the coach's.
      const coachRead = await call(coach, 'GET', path);
      const read = ok(coachRead.status === 403 ? await call(admin, 'GET', path) : coachRead, 404);
      expect(read.json.type, route.template).toMatch(/participant\.erased$/);
    }
    const listed = ok(await call(coach, 'GET', '/v1/participants?limit=100'), 200).json;
    expect(listed.items.map((item: { id: string }) => item.id)).not.toContain(id);
    // Who read what stays, under the pseudonym: the erasure itself is one of the entries.
    expect((await getErasure(tenant, id))?.state).toBe('done');
    // Erasing again changes nothing and says the person is already erased.
    const again = ok(
      await call(admin, 'DELETE', `/v1/participants/${id}`, { body: { reason: 'participant_request' } }),
      404,
    );
    expect(again.json.type).toMatch(/participant\.erased$/);
  });

  it('finishes an erasure interrupted after its first step when DELETE is called again', async () => {
    const id = await pastParticipant();
    await everythingElse(id);
    const interrupted = eraseParticipant(
      tenant,
      id,
      { reason: 'registered_in_error', actorId: admin.userId, actorRole: 'admin' },
      {
        afterFirstStep: () => {
          throw new Error('the function stopped here');
        },
      },
    );
    await expect(interrupted).rejects.toThrow('the function stopped here');
    // Step 1 alone already removes the person from every read …
    expect(ok(await call(coach, 'GET', `/v1/participants/${id}`), 404).json.type).toMatch(
      /participant\.erased$/,
    );
    expect((await getErasure(tenant, id))?.state).toBe('erasing');
    // … while items that name them are still there, until the erasure is finished.
    expect((await findInWholeTable([id])).length).toBeGreaterThan(0);

    ok(
      await call(admin, 'DELETE', `/v1/participants/${id}`, { body: { reason: 'registered_in_error' } }),
      204,
    );
    expect(await findInWholeTable([id, person.email, person.phone])).toEqual([]);
    expect((await getErasure(tenant, id))?.state).toBe('done');
  });

  it('answers 404 for an unknown participant and refuses a reason outside the list, and coaches', async () => {
    const unknown = ok(
      await call(admin, 'DELETE', '/v1/participants/01ARZ3NDEKTSV4RRFFQ69G5FAV', {
        body: { reason: 'retention' },
      }),
      404,
    );
    expect(unknown.json.type).toMatch(/participant\.not_found$/);
    const id = ok(await call(coach, 'POST', '/v1/participants', { body: participantBody() }), 201).json.id;
    ok(await call(admin, 'DELETE', `/v1/participants/${id}`, { body: { reason: 'because I say so' } }), 400);
    ok(await call(coach, 'DELETE', `/v1/participants/${id}`, { body: { reason: 'retention' } }), 403);
    ok(await call(coach, 'GET', `/v1/participants/${id}/export`), 403);
    ok(await call(coach, 'GET', `/v1/participants/${id}`), 200);
  });
});
