import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  app,
  type Caller,
  call,
  caller,
  newTenant,
  participantBody,
  verifiedEmployer,
} from './support/harness.ts';

// "Ring mig": an employer asks to be called. Due dates against the Swedish calendar,
// what the employer sees (never a call note), and the audit of every note read.

const tenant = newTenant();
let coach: Caller;
let admin: Caller;
let employerUser: Caller;
let employerId: string;
let other: { employerUser: Caller; employerId: string };

beforeAll(async () => {
  ({ coach, employerUser, employerId } = await verifiedEmployer(tenant));
  other = await verifiedEmployer(tenant);
  admin = await caller(tenant, 'admin');
});

afterEach(() => {
  vi.useRealTimers();
});

/** An employer user signed in at `at` (Swedish time), asking to be called. */
async function askAt(at: string, urgent: boolean) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(at));
  const asker = await caller(tenant, 'employer', employerUser.userId);
  const answer = await call(asker, 'POST', '/v1/support-requests', {
    body: { topic: 'schedule', preferredTime: 'morning', urgent },
  });
  vi.useRealTimers();
  expect(answer.status, answer.text).toBe(201);
  return answer.json as { id: string; dueDate: string; status: string };
}

describe('when a "ring me" request is due', () => {
  it('is the next working day, or today when urgent, skipping weekends', async () => {
    expect((await askAt('2026-01-14T09:00:00+01:00', false)).dueDate).toBe('2026-01-15');
    expect((await askAt('2026-01-14T09:00:00+01:00', true)).dueDate).toBe('2026-01-14');
    expect((await askAt('2026-01-16T15:00:00+01:00', false)).dueDate).toBe('2026-01-19'); // Friday → Monday
    expect((await askAt('2026-01-17T10:00:00+01:00', true)).dueDate).toBe('2026-01-19'); // urgent on a Saturday
  });

  it('skips Swedish public holidays of several years', async () => {
    // Good Friday and Easter Monday 2025 (18 and 21 April), asked on Maundy Thursday.
    expect((await askAt('2025-04-17T10:00:00+02:00', false)).dueDate).toBe('2025-04-22');
    // Urgent on Good Friday 2026 (3 April): Easter Monday is off too.
    expect((await askAt('2026-04-03T10:00:00+02:00', true)).dueDate).toBe('2026-04-07');
    // Midsummer Eve 2027 is Friday 25 June.
    expect((await askAt('2027-06-24T10:00:00+02:00', false)).dueDate).toBe('2027-06-28');
    // Christmas Eve 2025 is a Wednesday: 24, 25, 26 off, then the weekend.
    expect((await askAt('2025-12-23T10:00:00+01:00', false)).dueDate).toBe('2025-12-29');
    // New Year's Eve 2026 (Thursday) and New Year's Day: the next working day is Monday.
    expect((await askAt('2026-12-30T10:00:00+01:00', false)).dueDate).toBe('2027-01-04');
    // Late in the evening in Sweden, already the next day in Stockholm though not in UTC.
    expect((await askAt('2026-06-18T22:30:00Z', true)).dueDate).toBe('2026-06-22');
  });
});

describe('what the employer sees', () => {
  it('creates and reads its own requests, sees one answered, and never a call note', async () => {
    const request = await call(employerUser, 'POST', '/v1/support-requests', {
      body: { topic: 'conflict', message: 'Ring före lunch', urgent: true },
    });
    expect(request.status).toBe(201);
    expect(request.json).toMatchObject({ status: 'open', topic: 'conflict', urgent: true });
    // The coach sees it among the open ones, and answers with a call that has a note.
    const open = await call(coach, 'GET', '/v1/support-requests?status=open&limit=100');
    expect(open.json.items.map((item: { id: string }) => item.id)).toContain(request.json.id);
    const logged = await call(coach, 'POST', '/v1/support-calls', {
      body: {
        employerId,
        supportRequestId: request.json.id,
        kind: 'call_to_employer',
        topics: ['conflict'],
        note: 'Handledaren var orolig för schemat.',
        durationMinutes: 15,
      },
    });
    expect(logged.status, logged.text).toBe(201);
    const own = await call(employerUser, 'GET', `/v1/support-requests/${request.json.id}`);
    expect(own.json).toMatchObject({ status: 'answered' });
    expect(own.json.answeredAt).toBeDefined();
    const list = await call(employerUser, 'GET', '/v1/support-requests');
    expect(list.json.items.find((item: { id: string }) => item.id === request.json.id).status).toBe(
      'answered',
    );
    expect(JSON.stringify([own.json, list.json])).not.toContain('Handledaren');
  });

  it('never answers an employer with a note, on any route it may call', async () => {
    await call(coach, 'POST', '/v1/support-calls', {
      body: { employerId, kind: 'visit', topics: ['tasks'], note: 'Hemlig anteckning', durationMinutes: 30 },
    });
    const request = await call(employerUser, 'POST', '/v1/support-requests', { body: { topic: 'tasks' } });
    const document = (await (await app.request('/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { 'x-roles'?: string[] }>>;
    };
    const employerFacing = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => operation['x-roles']?.includes('employer'))
        .filter(() => /support|employment|timeline|check-ins/.test(path))
        .map(([method]) => ({ method: method.toUpperCase(), path })),
    );
    expect(employerFacing.length).toBeGreaterThanOrEqual(3);
    const hasNote = (value: unknown): boolean =>
      Array.isArray(value)
        ? value.some(hasNote)
        : value !== null && typeof value === 'object'
          ? Object.entries(value).some(([key, inner]) => key === 'note' || hasNote(inner))
          : false;
    for (const route of employerFacing) {
      const path = route.path.replace('{id}', request.json.id);
      const answer = await call(employerUser, route.method, path, {
        ...(route.method === 'POST' ? { body: { topic: 'travel' } } : {}),
      });
      expect(answer.status, `${route.method} ${path}`).toBeLessThan(300);
      expect(hasNote(answer.json), `${route.method} ${path}`).toBe(false);
    }
    // Staff-only routes refuse employers outright.
    expect((await call(employerUser, 'GET', `/v1/support-calls?employerId=${employerId}`)).status).toBe(403);
  });

  it('answers 404 for another employer’s request, and lists only its own', async () => {
    const mine = await call(employerUser, 'POST', '/v1/support-requests', { body: { topic: 'travel' } });
    expect((await call(other.employerUser, 'GET', `/v1/support-requests/${mine.json.id}`)).status).toBe(404);
    const theirs = await call(other.employerUser, 'GET', '/v1/support-requests?limit=100');
    expect(theirs.json.items.map((item: { id: string }) => item.id)).not.toContain(mine.json.id);
    // Naming another company in the body is refused, not quietly used.
    const foreign = await call(other.employerUser, 'POST', '/v1/support-requests', {
      body: { topic: 'travel', employerId },
    });
    expect(foreign.status).toBe(400);
  });
});

describe('the audit of call notes', () => {
  it('logs every answer that shows a note: create, lists and change', async () => {
    const person = await call(coach, 'POST', '/v1/participants', { body: participantBody() });
    const logged = await call(coach, 'POST', '/v1/support-calls', {
      body: {
        employerId,
        participantId: person.json.id,
        kind: 'call_from_employer',
        topics: ['communication'],
        note: 'Bra vecka.',
        durationMinutes: 10,
        followUp: { dueDate: '2026-01-20' },
      },
    });
    expect(logged.status, logged.text).toBe(201);
    const id = logged.json.id;
    await call(coach, 'GET', `/v1/support-calls?employerId=${employerId}`);
    await call(coach, 'GET', `/v1/support-calls?participantId=${person.json.id}`);
    const due = await call(coach, 'GET', '/v1/support-calls?followUpDue=2026-01-31&limit=100');
    expect(due.json.items.map((item: { id: string }) => item.id)).toContain(id);
    const done = await call(coach, 'PATCH', `/v1/support-calls/${id}`, {
      body: { followUpDone: true },
      headers: { 'if-match': '"v1"' },
    });
    expect(done.json.followUp.doneAt).toBeDefined();
    const after = await call(coach, 'GET', '/v1/support-calls?followUpDue=2026-01-31&limit=100');
    expect(after.json.items.map((item: { id: string }) => item.id)).not.toContain(id);

    const trail = await call(admin, 'GET', `/v1/audit?subjectId=${id}&limit=100`);
    const reads = trail.json.items.filter(
      (entry: { action: string }) => entry.action === 'support_call.note.read',
    );
    // create, by employer, by participant, follow-up due, patch (the list after "done" no longer shows it).
    expect(reads).toHaveLength(5);
    expect(reads.every((entry: { actorId: string }) => entry.actorId === coach.userId)).toBe(true);
    const participantTrail = await call(admin, 'GET', `/v1/audit?subjectId=${person.json.id}&limit=100`);
    expect(
      participantTrail.json.items.filter(
        (entry: { action: string }) => entry.action === 'support_call.note.read',
      ),
    ).toHaveLength(5);
  });
});
