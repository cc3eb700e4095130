import { beforeAll, describe, expect, it } from 'vitest';
import type { CompensationReport } from '#shared/schemas/compensation';
import { testCompensation, useCompensation } from './support/compensation.ts';
import { activeEmployer, type Caller, call, caller, newTenant, participantBody } from './support/harness.ts';
import { writeHistory } from './support/indicator-fixture.ts';

// Issue 13, part 2: a compensation fixture gives exactly the expected amounts per
// provider for April 2026 (30 days), including a level change on the 16th (paid by
// day: 15/30 at each level), extended support paid at level 1, and one goal-based sum
// falling due for a job (its support period ended 1 October 2025, still held 6 months
// later) and one for studies (begun 1 October 2025, still going).

const tenant = newTenant();
let coach: Caller;
let admin: Caller;
const ids: Record<string, string> = {};

const provide = async (participantId: string, body: Record<string, unknown>) => {
  const answer = await call(coach, 'POST', `/v1/participants/${participantId}/provisions`, { body });
  expect(answer.status, answer.text).toBe(201);
  return answer;
};

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  admin = await caller(tenant, 'admin');
  await useCompensation(admin);
  const employer = await activeEmployer(coach);
  for (const [key, firstName] of [
    ['anna', 'Anna'],
    ['bo', 'Bo'],
    ['cilla', 'Cilla'],
  ] as const) {
    const created = await call(coach, 'POST', '/v1/participants', {
      body: participantBody({ firstName, lastName: 'Test' }),
    });
    ids[key] = created.json.id;
  }
  // Private provider, level 2 full day, the whole month: 10,674.
  await provide(ids.anna as string, {
    providerId: 'arbetsgladje',
    from: '2026-03-01',
    supportLevel: 2,
    schedule: 'fullDay',
  });
  // Municipal, level 2 full day, then level 3 from 16 April: 10,034 × 15/30 + 12,500 × 15/30.
  await provide(ids.bo as string, {
    providerId: 'kommunal',
    from: '2026-03-01',
    supportLevel: 2,
    schedule: 'fullDay',
  });
  await provide(ids.bo as string, {
    providerId: 'kommunal',
    from: '2026-04-16',
    supportLevel: 3,
    schedule: 'fullDay',
  });
  // Extended support at level 3, half day: paid at level 1 half day, 4,000.
  await provide(ids.cilla as string, {
    providerId: 'kommunal',
    from: '2026-04-01',
    supportLevel: 3,
    schedule: 'halfDay',
    kind: 'extended_support',
  });
  // Daniel: at Arbetsglädje until he was hired on 1 October 2024; 12 months of support to
  // 1 October 2025; still employed on 1 April 2026: the goal-based sum falls due in April.
  const daniel = await writeHistory(tenant, employer.id, {
    gender: 'man',
    steps: [
      { to: 'prework', date: '2024-03-01' },
      { to: 'employed', date: '2024-10-01' },
    ],
  });
  ids.daniel = daniel.id;
  // Eva: at the municipal provider until she began studies on 1 October 2025 (studies have
  // no support period: six months from their start); still studying on 1 April 2026.
  const eva = await writeHistory(tenant, employer.id, {
    gender: 'woman',
    steps: [
      { to: 'prework', date: '2025-03-01' },
      { to: 'studies', date: '2025-10-01' },
    ],
  });
  ids.eva = eva.id;
  await provide(eva.id, {
    providerId: 'kommunal',
    from: '2025-03-01',
    to: '2025-09-30',
    supportLevel: 1,
    schedule: 'halfDay',
  });
  await provide(daniel.id, {
    providerId: 'arbetsgladje',
    from: '2024-03-01',
    to: '2024-09-30',
    supportLevel: 2,
    schedule: 'fullDay',
  });
});

describe('GET /v1/reports/compensation', () => {
  it('gives each provider its exact amounts for the month, by day, and the goal-based sum due', async () => {
    const answer = await call(coach, 'GET', '/v1/reports/compensation?month=2026-04');
    expect(answer.status).toBe(200);
    const report = answer.json as CompensationReport;
    const [municipal, privat] = report.providers;
    expect(municipal?.provider.id).toBe('kommunal');
    expect(
      municipal?.lines.map((line) => [
        line.name,
        line.from,
        line.to,
        line.supportLevel,
        line.paidLevel,
        line.amount,
      ]),
    ).toEqual([
      ['Bo Test', '2026-04-01', '2026-04-15', 2, 2, 5_017],
      ['Bo Test', '2026-04-16', '2026-04-30', 3, 3, 6_250],
      ['Cilla Test', '2026-04-01', '2026-04-30', 3, 1, 4_000],
    ]);
    expect(municipal?.goalPayments).toEqual([
      expect.objectContaining({
        participantId: ids.eva,
        reason: 'studies',
        dueDate: '2026-04-01',
        amount: 30_000,
      }),
    ]);
    expect(municipal?.total).toBe(45_267);
    expect(privat?.lines.map((line) => [line.name, line.days, line.monthlyRate, line.amount])).toEqual([
      ['Anna Test', 30, 10_674, 10_674],
    ]);
    expect(privat?.goalPayments).toEqual([
      expect.objectContaining({
        participantId: ids.daniel,
        reason: 'employed',
        since: '2024-10-01',
        supportEnded: '2025-10-01',
        dueDate: '2026-04-01',
        amount: testCompensation.goalPayment,
      }),
    ]);
    expect(privat?.total).toBe(40_674);
    expect(report.total).toBe(85_941);
  });

  it('pays the March days before the level change at the old level, and no goal sum in another month', async () => {
    const report = (await call(coach, 'GET', '/v1/reports/compensation?month=2026-03'))
      .json as CompensationReport;
    expect(report.providers.flatMap((provider) => provider.goalPayments)).toEqual([]);
    expect(report.providers[0]?.lines.map((line) => line.amount)).toEqual([10_034]);
    expect(report.total).toBe(10_034 + 10_674);
  });

  it('logs each participant it names as read', async () => {
    const audit = await call(admin, 'GET', `/v1/audit?subjectId=${ids.bo}`);
    expect(audit.json.items.map((entry: { action: string }) => entry.action)).toContain(
      'participant.compensation.read',
    );
  });

  it('refuses a provider the municipality does not have, and a month that is not one', async () => {
    const unknown = await call(coach, 'POST', `/v1/participants/${ids.anna}/provisions`, {
      body: { providerId: 'okand', from: '2026-05-01', supportLevel: 2, schedule: 'fullDay' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors).toEqual([expect.objectContaining({ field: 'providerId' })]);
    const month = await call(coach, 'GET', '/v1/reports/compensation?month=2026-13');
    expect(month.status).toBe(400);
  });

  it('answers an empty report for a tenant without a compensation table', async () => {
    const other = await caller(newTenant(), 'coach');
    const answer = await call(other, 'GET', '/v1/reports/compensation?month=2026-04');
    expect(answer.json).toEqual({ month: '2026-04', providers: [], total: 0 });
  });

  it('keeps a provider the table once had: leaving it out is refused and nothing changes', async () => {
    const before = await call(admin, 'GET', '/v1/tenant');
    const answer = await call(admin, 'PATCH', '/v1/tenant', {
      body: { compensation: { ...testCompensation, providers: [testCompensation.providers[0]] } },
      headers: { 'if-match': before.headers.get('etag') as string },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([expect.objectContaining({ field: 'compensation.providers' })]);
    const after = await call(admin, 'GET', '/v1/tenant');
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    expect(after.json.compensation.providers).toHaveLength(testCompensation.providers.length);
  });
});
