import { describe, expect, it } from 'vitest';
import { compensationReport, coveredDays, goalPaymentDue } from '#shared/domain/compensation';
import { applyTenantPatch } from '#shared/domain/tenant-settings';
import type { Compensation, Provision } from '#shared/schemas/compensation';
import type { Tenant } from '#shared/schemas/tenant';

// Rates: Västerås 2021 gives level 2 full day as 10,034 (municipal) and 10,674 (private)
// SEK a month; the other figures here are made up for the test.
const compensation: Compensation = {
  providers: [
    { id: 'kommunal', name: 'Daglig verksamhet Västerås stad', kind: 'municipal' },
    { id: 'privat', name: 'Arbetsglädje AB', kind: 'private' },
  ],
  rates: {
    municipal: { fullDay: [8_000, 10_034, 12_500, 15_000], halfDay: [4_000, 5_017, 6_250, 7_500] },
    private: { fullDay: [8_500, 10_674, 13_100, 15_900], halfDay: [4_250, 5_337, 6_550, 7_950] },
  },
  goalPayment: 30_000,
  goalMonthsAfterSupport: 6,
};

const provision = (fields: Partial<Provision>): Provision => ({
  id: fields.id ?? 'p',
  tenant: 'vasteras',
  participantId: 'x',
  providerId: 'kommunal',
  from: '2026-01-01',
  supportLevel: 2,
  schedule: 'fullDay',
  kind: 'daily_activity',
  createdBy: 'coach',
  createdAt: '2026-01-01T00:00:00Z',
  version: 1,
  ...fields,
});

describe('compensation for a month, by day', () => {
  const provisions = [
    provision({ id: 'a', participantId: 'anna', providerId: 'privat' }),
    // Level 2 → 3 on 16 April: 15 of 30 days at each level.
    provision({ id: 'b1', participantId: 'bo', from: '2026-03-01', to: '2026-04-15' }),
    provision({ id: 'b2', participantId: 'bo', from: '2026-04-16', supportLevel: 3 }),
    // Extended support at level 3, half day: paid at level 1.
    provision({
      id: 'c',
      participantId: 'cilla',
      supportLevel: 3,
      schedule: 'halfDay',
      kind: 'extended_support',
    }),
    // Ended before April: nothing.
    provision({ id: 'd', participantId: 'dan', to: '2026-03-31' }),
  ];
  const names = new Map([
    ['anna', 'Anna A'],
    ['bo', 'Bo B'],
    ['cilla', 'Cilla C'],
    ['eva', 'Eva E'],
  ]);
  const candidates = [
    // Hired 1 April 2025, 6 months of support to 1 October 2025: due 1 April 2026.
    {
      participantId: 'eva',
      name: 'Eva E',
      reason: 'employed' as const,
      since: '2025-04-01',
      supportEnded: '2025-10-01',
      providerId: 'privat',
    },
    // The job ended before the due date: nothing.
    {
      participantId: 'finn',
      name: 'Finn F',
      reason: 'employed' as const,
      since: '2025-04-01',
      supportEnded: '2025-10-10',
      endedOn: '2026-02-01',
      providerId: 'privat',
    },
  ];

  it('pays each provider its exact amounts, a level change by day, extended support at level 1, and a goal-based sum due', () => {
    const report = compensationReport(compensation, '2026-04', provisions, names, candidates);
    const [municipal, privat] = report.providers;
    expect(
      municipal?.lines.map((line) => [line.name, line.from, line.to, line.paidLevel, line.amount]),
    ).toEqual([
      ['Bo B', '2026-04-01', '2026-04-15', 2, 5_017],
      ['Bo B', '2026-04-16', '2026-04-30', 3, 6_250],
      ['Cilla C', '2026-04-01', '2026-04-30', 1, 4_000],
    ]);
    expect(municipal?.total).toBe(15_267);
    expect(privat?.lines.map((line) => line.amount)).toEqual([10_674]);
    expect(privat?.goalPayments).toEqual([
      expect.objectContaining({ participantId: 'eva', dueDate: '2026-04-01', amount: 30_000 }),
    ]);
    expect(privat?.total).toBe(40_674);
    expect(report.total).toBe(55_941);
  });

  it('rounds a part month to the öre', () => {
    const report = compensationReport(
      compensation,
      '2026-02',
      [provision({ participantId: 'anna', from: '2026-02-10' })],
      names,
      [],
    );
    // 10,034 × 19 / 28 = 6,808.7857… → 6,808.79
    expect(report.providers[0]?.lines[0]?.amount).toBe(6_808.79);
  });

  it('covers only the days in the month, and no goal sum outside its month', () => {
    expect(coveredDays({ from: '2026-03-20', to: '2026-05-02' }, '2026-04')).toEqual({
      from: '2026-04-01',
      to: '2026-04-30',
      days: 30,
    });
    expect(coveredDays({ from: '2026-05-01' }, '2026-04')).toBeUndefined();
    expect(goalPaymentDue(compensation, candidates[0]!, '2026-05')).toBeUndefined();
  });
});

describe('changing the compensation table', () => {
  const tenant: Tenant = {
    id: 'vasteras',
    name: 'Västerås stad',
    sectors: ['cleaning_facility'],
    compensation,
    createdAt: '2026-01-01T00:00:00Z',
    version: 3,
  };
  const now = '2026-12-02T10:00:00Z';

  it('keeps every provider: one left out is refused on the providers field, since provisions name it', () => {
    const change = applyTenantPatch(
      tenant,
      { compensation: { ...compensation, providers: [compensation.providers[0]!] } },
      now,
    );
    expect(change).toMatchObject({ ok: false, code: 'request.invalid', field: 'compensation.providers' });
  });

  it('renames a provider, adds one and changes a rate', () => {
    const next: Compensation = {
      ...compensation,
      providers: [
        { ...compensation.providers[0]!, name: 'Västerås stad, daglig verksamhet' },
        compensation.providers[1]!,
        { id: 'mimer', name: 'Mimers verkstäder', kind: 'private' },
      ],
      rates: { ...compensation.rates, private: { ...compensation.rates.private, halfDay: [1, 2, 3, 4] } },
    };
    const change = applyTenantPatch(tenant, { compensation: next }, now);
    expect(change).toMatchObject({ ok: true, changed: ['compensation'] });
    if (change.ok) expect(change.next.compensation).toEqual(next);
  });

  it('gives a tenant without a table its first one, and sending the same table back changes nothing', () => {
    const { compensation: _none, ...without } = tenant;
    expect(applyTenantPatch(without, { compensation }, now)).toMatchObject({
      ok: true,
      changed: ['compensation'],
    });
    expect(applyTenantPatch(tenant, { compensation }, now)).toMatchObject({ ok: true, changed: [] });
  });
});
