import type {
  Compensation,
  CompensationLine,
  CompensationReport,
  GoalPaymentDue,
  Provision,
} from '../schemas/compensation.ts';
import { addDays } from './calendar.ts';
import { daysBetween } from './indicators/compute.ts';
import { addMonths } from './support-after-hire.ts';

// What a municipality pays its providers of daily activity for a month, as pure rules.
//
// By day: a month's amount for a provision is the monthly rate × the days it covers in
// the month ÷ the days in the month, rounded to the öre. A level change on the 16th of a
// 30-day month pays 15/30 at the old level and 15/30 at the new one; a participant who
// starts on the 1st and stays the whole month is paid the monthly rate exactly.
// Extended support is paid at level 1 whatever the participant's level.
//
// The goal-based sum (Västerås: 30,000 SEK) falls due on the day a job or studies have
// lasted `goalMonthsAfterSupport` (6) months after the support period ended (for studies,
// which have no support period: after they began), to the provider the participant had
// before the step; it is due in the month that day falls in, if the job or studies still
// ran on it.

export const lastDayOf = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);
export const daysInMonth = (month: string) => Number(lastDayOf(month).slice(8, 10));

/** The rate a provision is paid at: by the provider's kind, its schedule and level (1 for extended support). */
export function monthlyRate(
  compensation: Compensation,
  provision: Provision,
): { rate: number; paidLevel: 1 | 2 | 3 | 4 } {
  const provider = compensation.providers.find((p) => p.id === provision.providerId);
  const paidLevel = (provision.kind === 'extended_support' ? 1 : provision.supportLevel) as 1 | 2 | 3 | 4;
  const rates = compensation.rates[provider?.kind ?? 'private'][provision.schedule];
  return { rate: rates[paidLevel - 1] ?? 0, paidLevel };
}

/** The days of the month a provision covers, or undefined when it covers none. */
export function coveredDays(provision: Pick<Provision, 'from' | 'to'>, month: string) {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  const from = provision.from > first ? provision.from : first;
  const to = provision.to === undefined || provision.to > last ? last : provision.to;
  if (from > to) return undefined;
  return { from, to, days: daysBetween(from, to) + 1 };
}

export function compensationLine(
  compensation: Compensation,
  provision: Provision,
  month: string,
  name: string,
): CompensationLine | undefined {
  const covered = coveredDays(provision, month);
  if (!covered) return undefined;
  const { rate, paidLevel } = monthlyRate(compensation, provision);
  const ore = Math.round((rate * 100 * covered.days) / daysInMonth(month));
  return {
    participantId: provision.participantId,
    name,
    ...covered,
    supportLevel: provision.supportLevel,
    paidLevel,
    schedule: provision.schedule,
    kind: provision.kind,
    monthlyRate: rate,
    amount: ore / 100,
  };
}

export interface GoalCandidate {
  participantId: string;
  name: string;
  reason: 'employed' | 'studies';
  since: string;
  supportEnded: string;
  /** The day the job or studies ended, if they have. */
  endedOn?: string;
  /** The provider before the step into work or studies. */
  providerId?: string;
}

/** The goal-based sum a candidate brings in this month, if any. */
export function goalPaymentDue(
  compensation: Compensation,
  candidate: GoalCandidate,
  month: string,
): GoalPaymentDue | undefined {
  const dueDate = addMonths(candidate.supportEnded, compensation.goalMonthsAfterSupport);
  if (!dueDate.startsWith(month)) return undefined;
  if (candidate.endedOn !== undefined && candidate.endedOn <= dueDate) return undefined;
  return {
    participantId: candidate.participantId,
    name: candidate.name,
    reason: candidate.reason,
    since: candidate.since,
    supportEnded: candidate.supportEnded,
    dueDate,
    amount: compensation.goalPayment,
  };
}

/** The month's report: per provider (in the tenant's order), its lines, goal-based sums and total. */
export function compensationReport(
  compensation: Compensation,
  month: string,
  provisions: readonly Provision[],
  names: ReadonlyMap<string, string>,
  candidates: readonly GoalCandidate[],
): CompensationReport {
  const nameOf = (id: string) => names.get(id) ?? id;
  const providers = compensation.providers.map((provider) => {
    const lines = provisions
      .filter((provision) => provision.providerId === provider.id)
      .flatMap(
        (provision) =>
          compensationLine(compensation, provision, month, nameOf(provision.participantId)) ?? [],
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.from.localeCompare(b.from));
    const goalPayments = candidates
      .filter((candidate) => candidate.providerId === provider.id)
      .flatMap((candidate) => goalPaymentDue(compensation, candidate, month) ?? []);
    const ore =
      lines.reduce((sum, line) => sum + Math.round(line.amount * 100), 0) +
      goalPayments.reduce((sum, goal) => sum + goal.amount * 100, 0);
    return { provider, lines, goalPayments, total: ore / 100 };
  });
  const total = providers.reduce((sum, provider) => sum + Math.round(provider.total * 100), 0) / 100;
  return { month, providers, total };
}
