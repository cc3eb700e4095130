import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkInDate,
  checkInsFor,
  endSupportPeriodEarly,
  openSupportPeriod,
  renewSupportPeriod,
  retentionAt,
} from '#shared/domain/support-after-hire';
import type { SupportAfterHire } from '#shared/schemas/tenant';

const malmo: SupportAfterHire = {
  name: { sv: 'Stöd vid arbete', en: 'Support at work' },
  months: 12,
  renewableOnce: false,
};
const vasteras: SupportAfterHire = {
  name: { sv: 'Förlängt stöd', en: 'Extended support' },
  months: 6,
  renewableOnce: true,
  maxMonths: 12,
};

describe('support after hire', () => {
  it('adds calendar months, keeping to the end of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-15', 6)).toBe('2027-02-15');
    expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
  });

  it('opens a period of the tenant’s length with check-ins at 1, 3, 6 (9, 12) months', () => {
    expect(openSupportPeriod('2026-02-02', malmo)).toEqual({
      startDate: '2026-02-02',
      months: 12,
      renewed: false,
      endDate: '2027-02-02',
    });
    expect(checkInsFor(12)).toEqual([1, 3, 6, 9, 12]);
    expect(checkInsFor(6)).toEqual([1, 3, 6]);
    // A check-in that falls on a weekend or holiday moves to the next working day.
    expect(checkInDate('2026-03-03', 1)).toBe('2026-04-07'); // 3 April is Good Friday
    expect(checkInDate('2026-02-02', 3)).toBe('2026-05-04'); // 2 May is a Saturday
  });

  it('renews once, up to the cap, and never beyond it', () => {
    const period = openSupportPeriod('2026-02-02', vasteras);
    const renewal = renewSupportPeriod(period, vasteras, '2026-06-01');
    expect(renewal).toMatchObject({
      ok: true,
      next: { months: 12, renewed: true, endDate: '2027-02-02' },
      addedCheckIns: [9, 12],
    });
    if (!renewal.ok) throw new Error('renewal refused');
    expect(renewSupportPeriod(renewal.next, vasteras, '2026-07-01')).toMatchObject({
      ok: false,
      code: 'support_period.not_renewable',
    });
    expect(renewSupportPeriod(period, vasteras, '2026-06-01', 7)).toMatchObject({
      ok: false,
      code: 'support_period.beyond_cap',
      field: 'months',
    });
    expect(renewSupportPeriod(period, vasteras, '2026-06-01', 3)).toMatchObject({
      ok: true,
      next: { months: 9 },
      addedCheckIns: [9],
    });
    expect(renewSupportPeriod(openSupportPeriod('2026-02-02', malmo), malmo, '2026-06-01')).toMatchObject({
      ok: false,
      code: 'support_period.not_renewable',
    });
    expect(renewSupportPeriod(period, vasteras, '2026-09-01')).toMatchObject({
      ok: false,
      code: 'support_period.not_renewable',
    });
  });

  it('ends early when the job ends, and records whether the job lasted 6 and 12 months', () => {
    const period = openSupportPeriod('2026-02-02', malmo);
    expect(endSupportPeriodEarly(period, '2026-05-10')).toMatchObject({
      endDate: '2026-05-10',
      endedEarly: true,
    });
    expect(endSupportPeriodEarly(period, '2027-05-10')).toEqual(period);
    expect(retentionAt({ startDate: '2026-02-02', endDate: '2026-05-10' }, 6, '2026-06-01')).toBe(
      'not_employed',
    );
    expect(retentionAt({ startDate: '2026-02-02' }, 6, '2026-06-01')).toBe('pending');
    expect(retentionAt({ startDate: '2026-02-02' }, 6, '2026-08-02')).toBe('employed');
    expect(retentionAt({ startDate: '2026-02-02', endDate: '2026-10-01' }, 12, '2027-03-01')).toBe(
      'not_employed',
    );
    expect(retentionAt({ startDate: '2026-02-02', endDate: '2026-10-01' }, 6, '2027-03-01')).toBe('employed');
  });
});
