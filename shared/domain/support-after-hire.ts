import type { SupportAfterHire } from '../schemas/tenant.ts';
import { type Refusal, refuse } from './refusal.ts';
import { workingDayFrom } from './swedish-holidays.ts';

// Support after hire as rules without I/O: how long the support period runs, its
// single renewal and cap, the check-ins along it, an early end when the job ends, and
// whether the person still had the job 6 and 12 months after hire.

/** `date` plus whole calendar months; a day the month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

export interface SupportPeriodState {
  startDate: string;
  /** The months the period runs now: the tenant's length, plus a renewal. */
  months: number;
  renewed: boolean;
  /** The day support ends: start + months, or the day the job ended. */
  endDate: string;
  /** Set when the employment ended before the period did. */
  endedEarly?: boolean;
}

/** A new period from the setting in force at hire. */
export function openSupportPeriod(startDate: string, setting: SupportAfterHire): SupportPeriodState {
  return {
    startDate,
    months: setting.months,
    renewed: false,
    endDate: addMonths(startDate, setting.months),
  };
}

/** Months at which a coach checks in after hire, those the period reaches. */
export const checkInMonths = [1, 3, 6, 9, 12] as const;

export function checkInsFor(months: number): number[] {
  return checkInMonths.filter((month) => month <= months);
}

/** The date of the check-in `month` months after hire, moved to a working day. */
export const checkInDate = (startDate: string, month: number): string =>
  workingDayFrom(addMonths(startDate, month));

export type Renewal = { ok: true; next: SupportPeriodState; addedCheckIns: number[] } | Refusal;

/**
 * Renews the period once, by `months` (by default up to the cap): never for a tenant
 * whose support is not renewable, never twice, never after it ended, never beyond
 * `maxMonths`.
 */
export function renewSupportPeriod(
  period: SupportPeriodState,
  setting: SupportAfterHire,
  today: string,
  months?: number,
): Renewal {
  if (!setting.renewableOnce || setting.maxMonths === undefined) {
    return refuse('support_period.not_renewable', 'months', {
      sv: `${setting.name.sv} kan inte förlängas i er kommun.`,
      en: `${setting.name.en} cannot be renewed in your municipality.`,
    });
  }
  if (period.renewed) {
    return refuse('support_period.not_renewable', 'months', {
      sv: 'Stödet har redan förlängts en gång. Det går bara att förlänga en gång.',
      en: 'The support has already been renewed once. It can be renewed only once.',
    });
  }
  if (period.endedEarly || period.endDate < today) {
    return refuse('support_period.not_renewable', 'months', {
      sv: `Stödperioden slutade ${period.endDate} och kan inte förlängas.`,
      en: `The support period ended on ${period.endDate} and cannot be renewed.`,
    });
  }
  const added = months ?? setting.maxMonths - period.months;
  const total = period.months + added;
  if (added < 1 || total > setting.maxMonths) {
    return refuse('support_period.beyond_cap', 'months', {
      sv: `Stödet kan vara högst ${setting.maxMonths} månader. Det löper nu ${period.months} månader, så det går att förlänga med högst ${setting.maxMonths - period.months}.`,
      en: `Support lasts at most ${setting.maxMonths} months. It runs for ${period.months} months now, so it can be renewed by at most ${setting.maxMonths - period.months}.`,
    });
  }
  const before = new Set(checkInsFor(period.months));
  return {
    ok: true,
    next: {
      ...period,
      months: total,
      renewed: true,
      endDate: addMonths(period.startDate, total),
    },
    addedCheckIns: checkInsFor(total).filter((month) => !before.has(month)),
  };
}

/** The period when the job ends on `endDate`: it stops then, unless it had already ended. */
export function endSupportPeriodEarly(period: SupportPeriodState, endDate: string): SupportPeriodState {
  if (endDate >= period.endDate) return period;
  return { ...period, endDate, endedEarly: true };
}

export type Retention = 'employed' | 'not_employed' | 'pending';

/** Whether the person still had the job `months` after hire: known once that day has come, or the job ended. */
export function retentionAt(
  employment: { startDate: string; endDate?: string },
  months: 6 | 12,
  today: string,
): Retention {
  const mark = addMonths(employment.startDate, months);
  if (employment.endDate !== undefined && employment.endDate < mark) return 'not_employed';
  return today >= mark ? 'employed' : 'pending';
}
