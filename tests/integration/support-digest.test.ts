import type { Context } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordStaffMember } from '#shared/db/repositories/staff';
import { listTenantIds } from '#shared/db/repositories/tenants';
import { followUpDigest } from '../../functions/jobs/follow-up-digest.ts';
import { lambdaJob } from '../../functions/jobs/scheduled-job.ts';
import { createOutbox } from '../../functions/local/outbox.ts';
import { activeEmployer, type Caller, call, caller, newTenant, participantBody } from './support/harness.ts';

// The daily digest against DynamoDB Local: invoked as the schedule would (its time as
// input), it mails each coach exactly their due items, and a re-run sends nothing again.

const context = {
  functionName: 'bryggan-follow-up-digest',
  awsRequestId: 'digest-1',
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

const tenant = newTenant();
const outbox = createOutbox();
const handler = lambdaJob(followUpDigest({ tenants: () => [tenant] }), {
  mailer: outbox,
  webUrl: 'https://bryggan.test',
});
// 07:00 in Stockholm on Tuesday 10 March 2026.
const scheduled = { scheduledTime: '2026-03-10T06:00:00Z' };

let anna: Caller;
let bo: Caller;
let employers: { calls: string; asks: string; hires: string };

/** A coach's token at a Swedish date, with `Date` set there (timers stay real). */
async function at(who: Caller, date: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${date}T10:00:00+01:00`));
  return caller(tenant, who.role, who.userId);
}

async function followUpCall(who: Caller, employerId: string, dueDate: string) {
  const logged = await call(who, 'POST', '/v1/support-calls', {
    body: {
      employerId,
      kind: 'call_to_employer',
      topics: ['tasks'],
      note: 'Följ upp schemat.',
      durationMinutes: 10,
      followUp: { dueDate },
    },
  });
  expect(logged.status, logged.text).toBe(201);
  return logged.json as { id: string; version: number };
}

afterEach(() => {
  vi.useRealTimers();
});

beforeAll(async () => {
  anna = await caller(tenant, 'coach');
  bo = await caller(tenant, 'coach');
  await recordStaffMember(tenant, {
    userId: anna.userId,
    name: 'Anna',
    role: 'coach',
    email: 'anna@kommun.test',
  });
  await recordStaffMember(tenant, { userId: bo.userId, name: 'Bo', role: 'coach', email: 'bo@kommun.test' });
  const admin = await caller(tenant, 'admin');
  const settings = await call(admin, 'GET', '/v1/tenant');
  await call(admin, 'PATCH', '/v1/tenant', {
    body: {
      supportAfterHire: {
        name: { sv: 'Förlängt stöd', en: 'Extended support' },
        months: 6,
        renewableOnce: true,
        maxMonths: 12,
      },
    },
    headers: { 'if-match': settings.headers.get('etag') ?? '' },
  });
  employers = {
    calls: (await activeEmployer(anna, { name: 'Samtalsbolaget AB' })).id,
    asks: (await activeEmployer(anna, { name: 'Ringmigbolaget AB' })).id,
    hires: (await activeEmployer(anna, { name: 'Anställarbolaget AB' })).id,
  };

  // Anna's follow-ups: overdue, due today, tomorrow, and one already done.
  await followUpCall(anna, employers.calls, '2026-03-09');
  await followUpCall(anna, employers.calls, '2026-03-10');
  await followUpCall(anna, employers.calls, '2026-03-11');
  const done = await followUpCall(anna, employers.calls, '2026-03-02');
  await call(anna, 'PATCH', `/v1/support-calls/${done.id}`, {
    body: { followUpDone: true },
    headers: { 'if-match': `"v${done.version}"` },
  });
  // Bo's follow-up due later: nothing of his own due.
  await followUpCall(bo, employers.calls, '2026-04-01');

  // Anna hired someone on 20 September 2025: 6 months of support end on 20 March 2026 (within 30 days).
  const early = await at(anna, '2025-09-01');
  const person = await call(early, 'POST', '/v1/participants', { body: participantBody() });
  const onHire = await at(anna, '2025-09-22');
  const hired = await call(onHire, 'POST', `/v1/participants/${person.json.id}/transitions`, {
    body: {
      to: 'employed',
      date: '2025-09-22',
      employment: { employerId: employers.hires, kind: 'wage_subsidy' },
    },
  });
  expect(hired.status, hired.text).toBe(201);
  vi.useRealTimers();
  // The 1-month check-in is done; the 3-month one (22 December 2025) is overdue; the 6-month one is not due yet.
  const checked = await call(anna, 'POST', `/v1/participants/${person.json.id}/check-ins/1`);
  expect(checked.status, checked.text).toBe(200);

  // An employer nobody has a participant at asks to be called: every coach sees it.
  await call(anna, 'POST', '/v1/support-requests', {
    body: { topic: 'schedule', employerId: employers.asks },
  });
});

describe('the follow-up digest', () => {
  it('mails each coach exactly their due items, once', async () => {
    const report = await handler(scheduled, context);
    expect(report).toMatchObject({ digestsSent: 2, digestsAlreadySent: 0 });
    const mails = outbox.list();
    const toAnna = mails.filter((mail) => mail.to === 'anna@kommun.test');
    const toBo = mails.filter((mail) => mail.to === 'bo@kommun.test');
    expect(toAnna).toHaveLength(1);
    expect(toBo).toHaveLength(1);

    const anna = toAnna[0]!.text.split('---')[0]!;
    expect(anna).toContain('Samtalsbolaget AB: uppföljning 2026-03-09');
    expect(anna).toContain('Samtalsbolaget AB: uppföljning 2026-03-10');
    expect(anna).not.toContain('2026-03-11');
    expect(anna).not.toContain('2026-03-02');
    expect(anna.match(/uppföljning 2026/g)).toHaveLength(2);
    expect(anna).toContain('Ringmigbolaget AB: ring senast 2026-');
    expect(anna).toContain('Anställarbolaget AB: avstämning efter 3 mån (2025-12-22)');
    expect(anna).not.toContain('avstämning efter 1 mån');
    expect(anna).not.toContain('avstämning efter 6 mån');
    expect(anna).toContain('Anställarbolaget AB: stödet slutar 2026-03-22');
    expect(anna).not.toContain('Följ upp schemat'); // never a note
    expect(toAnna[0]!.text).toContain('https://bryggan.test/today');

    const bo = toBo[0]!.text.split('---')[0]!;
    expect(bo).toContain('Ringmigbolaget AB: ring senast');
    expect(bo).not.toContain('uppföljning 2026');
    expect(bo).not.toContain('avstämning');
  });

  it('sends nothing twice when the schedule runs again that day', async () => {
    const before = outbox.list().length;
    const again = await handler(scheduled, context);
    expect(again).toMatchObject({ digestsSent: 0, digestsAlreadySent: 2 });
    expect(outbox.list()).toHaveLength(before);
  });

  it('sends the next day’s digest the next day', async () => {
    const next = await handler({ scheduledTime: '2026-03-11T06:00:00Z' }, context);
    expect(next).toMatchObject({ digestsSent: 2 });
  });

  it('as deployed, finds the tenants it serves in the table, this one among them', async () => {
    const other = newTenant();
    await caller(other, 'coach');
    const served = await listTenantIds();
    expect(served).toEqual(expect.arrayContaining([tenant, other]));
    expect(new Set(served).size).toBe(served.length);
  });
});
