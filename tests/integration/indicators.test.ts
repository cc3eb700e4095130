import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorReport } from '#shared/schemas/indicators';
import {
  activeEmployer,
  app,
  type Caller,
  call,
  caller,
  changeTenant,
  newTenant,
} from './support/harness.ts';
import { writeHistory } from './support/indicator-fixture.ts';

// Issue 13: a fixture of people with known histories across period boundaries (entered
// before, left during, still in; women, men and one other) gives exactly the expected
// figures for three periods, in JSON and in CSV (parsed with a CSV parser), and the
// small-count rule holds in both.

const tenant = newTenant();
let coach: Caller;
let admin: Caller;

const q1 = '?from=2025-01-01&to=2025-03-31';
const q2 = '?from=2025-04-01&to=2025-06-30';
const q3 = '?from=2025-07-01&to=2025-09-30';

const zero = { woman: 0, man: 0, other: 0, unspecified: 0, total: 0 };
const counts = (values: Partial<typeof zero>) => ({ ...zero, ...values });

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  admin = await caller(tenant, 'admin');
  const employer = await activeEmployer(coach);
  // Exact figures first: with a threshold of 1 no count is hidden.
  await changeTenant(admin, { smallCountThreshold: 1 });
  const histories = [
    // W1: in prework since before Q1, to work in Q1 (hired 15 Feb: 6 months on 15 Aug, still employed).
    {
      gender: 'woman',
      steps: [
        { to: 'individual_placement', date: '2024-06-01' },
        { to: 'prework', date: '2024-11-10' },
        { to: 'employed', date: '2025-02-15' },
      ],
    },
    // W2: group → individual in Q1, into prework in Q1, on to a learning placement in Q2.
    {
      gender: 'woman',
      steps: [
        { to: 'group_activity', date: '2024-09-01' },
        { to: 'individual_placement', date: '2025-01-20' },
        { to: 'prework', date: '2025-03-10' },
        { to: 'learning_placement', date: '2025-05-05' },
      ],
    },
    // W3: into prework in Q2, still there.
    { gender: 'woman', steps: [{ to: 'prework', date: '2025-04-15' }] },
    // M1: prework since before Q1, to studies in Q2.
    {
      gender: 'man',
      steps: [
        { to: 'prework', date: '2024-10-01' },
        { to: 'studies', date: '2025-04-10' },
      ],
    },
    // M2: in and out of prework before every period.
    {
      gender: 'man',
      steps: [
        { to: 'prework', date: '2024-12-01' },
        { to: 'exited', date: '2024-12-20' },
      ],
    },
    // M3: group → individual in Q1.
    {
      gender: 'man',
      steps: [
        { to: 'group_activity', date: '2024-05-01' },
        { to: 'individual_placement', date: '2025-02-03' },
      ],
    },
    // M4: into prework in Q1, to reinforced cooperation on the last day of Q2.
    {
      gender: 'man',
      steps: [
        { to: 'prework', date: '2025-01-05' },
        { to: 'reinforced_cooperation', date: '2025-06-30' },
      ],
    },
    // O1: learning placement from 1 Jan, hired on the last day of Q1, left the job in Q2.
    {
      gender: 'other',
      steps: [
        { to: 'learning_placement', date: '2025-01-01' },
        { to: 'employed', date: '2025-03-31' },
        { to: 'exited', date: '2025-05-02' },
      ],
    },
  ] as const;
  for (const history of histories) {
    await writeHistory(tenant, employer.id, { gender: history.gender, steps: [...history.steps] });
  }
  const logged = await call(coach, 'POST', '/v1/support-calls', {
    body: {
      employerId: employer.id,
      at: '2025-02-10T09:00:00.000Z',
      kind: 'visit',
      topics: ['tasks'],
      durationMinutes: 30,
    },
  });
  expect(logged.status).toBe(201);
});

const report = async (query: string) => {
  const answer = await call(coach, 'GET', `/v1/reports/indicators${query}`);
  expect(answer.status).toBe(200);
  return answer.json as IndicatorReport;
};

const csvRows = async (query: string) => {
  const path = `/v1/reports/indicators${query}&format=csv`;
  // Through the harness, so the answer is checked against its declaration…
  const answer = await call(coach, 'GET', path, { headers: { 'accept-language': 'sv' } });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toContain('text/csv');
  // …and as bytes, since decoding text drops the byte-order mark Excel needs.
  const raw = await app.request(path, {
    headers: { authorization: `Bearer ${coach.token}`, 'accept-language': 'sv' },
  });
  const bytes = new Uint8Array(await raw.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [headers, ...rows] = parsed.data;
  expect(headers).toEqual(['Indikator', 'Kvinnor', 'Män', 'Annat', 'Ej angivet', 'Totalt']);
  return new Map(rows.map((row) => [row[0], row.slice(1)]));
};

describe('GET /v1/reports/indicators', () => {
  it('Q1: people in prework from before, steps into work and within daily activity, days in prework', async () => {
    const r = await report(q1);
    expect(r.prework.inPeriod).toEqual(counts({ woman: 2, man: 2, total: 4 }));
    expect(r.prework.entered).toEqual(counts({ woman: 1, man: 1, total: 2 }));
    expect(r.transitions.employed).toEqual(counts({ woman: 1, other: 1, total: 2 }));
    expect(r.transitions.studies).toEqual(zero);
    expect(r.transitions.exited).toEqual(zero);
    expect(r.transitions.group_to_individual).toEqual(counts({ woman: 1, man: 1, total: 2 }));
    expect(r.durations.prework.total).toEqual({ steps: 1, meanDays: 97, medianDays: 97 });
    expect(r.durations.learning_placement.other).toEqual({ steps: 1, meanDays: 89, medianDays: 89 });
    expect(r.monthly.map((month) => month.employed.total)).toEqual([0, 1, 1]);
    expect(r.support.calls).toEqual(counts({ unspecified: 1, total: 1 }));
    expect(r.employers).toEqual({ involved: 1, placementsOpen: 0 });
    expect(r.retention.sixMonths.hires).toEqual(zero);

    const csv = await csvRows(q1);
    expect(csv.get('Deltagare i förarbetet under perioden')).toEqual(['2', '2', '0', '0', '4']);
    expect(csv.get('Gick till arbete')).toEqual(['1', '0', '1', '0', '2']);
    expect(csv.get('Steg från gruppverksamhet till enskild plats')).toEqual(['1', '1', '0', '0', '2']);
    expect(csv.get('Dagar i förarbetet före nästa steg (medel)')).toEqual(['97', '', '', '', '97']);
    expect(csv.get('Arbetsgivare som deltagit')).toEqual(['', '', '', '', '1']);
  });

  it('Q2: who left during the period, a step on its last day, mean and median days', async () => {
    const r = await report(q2);
    expect(r.prework.inPeriod).toEqual(counts({ woman: 2, man: 2, total: 4 }));
    expect(r.prework.entered).toEqual(counts({ woman: 1, total: 1 }));
    expect(r.transitions.employed).toEqual(zero);
    expect(r.transitions.studies).toEqual(counts({ man: 1, total: 1 }));
    expect(r.transitions.reinforced_cooperation).toEqual(counts({ man: 1, total: 1 }));
    expect(r.transitions.exited).toEqual(counts({ other: 1, total: 1 }));
    expect(r.durations.prework.total).toEqual({ steps: 3, meanDays: 141, medianDays: 176 });
    expect(r.durations.prework.woman).toEqual({ steps: 1, meanDays: 56, medianDays: 56 });
    expect(r.durations.prework.man).toEqual({ steps: 2, meanDays: 183.5, medianDays: 183.5 });
    expect(r.support.calls).toEqual(zero);

    const csv = await csvRows(q2);
    expect(csv.get('Deltagare i förarbetet under perioden')).toEqual(['2', '2', '0', '0', '4']);
    expect(csv.get('Gick till studier')).toEqual(['0', '1', '0', '0', '1']);
    expect(csv.get('Gick till förstärkt samverkan (AF/FK)')).toEqual(['0', '1', '0', '0', '1']);
    expect(csv.get('Dagar i förarbetet före nästa steg (median)')).toEqual(['56', '183.5', '', '', '176']);
  });

  it('Q3: one still in prework, and hires reaching six months (one kept the job, one did not)', async () => {
    const r = await report(q3);
    expect(r.prework.inPeriod).toEqual(counts({ woman: 1, total: 1 }));
    expect(r.prework.entered).toEqual(zero);
    expect(r.transitions.employed).toEqual(zero);
    expect(r.retention.sixMonths.hires).toEqual(counts({ woman: 1, other: 1, total: 2 }));
    expect(r.retention.sixMonths.stillEmployed).toEqual(counts({ woman: 1, total: 1 }));
    expect(r.retention.twelveMonths.hires).toEqual(zero);

    const csv = await csvRows(q3);
    expect(csv.get('Anställda som nått 6 månader')).toEqual(['1', '0', '1', '0', '2']);
    expect(csv.get('Fortfarande anställda efter 6 månader')).toEqual(['1', '0', '0', '0', '1']);
  });

  it('shows counts of 1..N-1 as "< N" in JSON and CSV once the tenant sets N', async () => {
    const settings = await call(admin, 'GET', '/v1/tenant');
    expect(settings.json.smallCountThreshold).toBe(1);
    const patched = await call(admin, 'PATCH', '/v1/tenant', {
      body: { smallCountThreshold: 3 },
      headers: { 'if-match': settings.headers.get('etag') as string },
    });
    expect(patched.status).toBe(200);
    const r = await report(q1);
    expect(r.threshold).toBe(3);
    expect(r.prework.inPeriod).toEqual({ woman: '< 3', man: '< 3', other: 0, unspecified: 0, total: 4 });
    expect(r.durations.prework.total).toEqual({ steps: '< 3', meanDays: null, medianDays: null });
    const csv = await csvRows(q1);
    expect(csv.get('Deltagare i förarbetet under perioden')).toEqual(['< 3', '< 3', '0', '0', '4']);
    expect(csv.get('Dagar i förarbetet före nästa steg (medel)')).toEqual(['', '', '', '', '']);
    // No exact small count anywhere in either export.
    expect(JSON.stringify(r.transitions.employed)).not.toMatch(/:[12][,}]/);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const answer = await call(coach, 'GET', '/v1/reports/indicators?from=2025-03-01&to=2025-02-01', {
      headers: { 'accept-language': 'en' },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([expect.objectContaining({ field: 'query.to' })]);
  });

  it('is for staff only', async () => {
    const employer = await caller(tenant, 'employer');
    expect((await call(employer, 'GET', `/v1/reports/indicators${q1}`)).status).toBe(403);
  });
});
