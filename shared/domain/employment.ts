import type { CheckIn, Employment, EmploymentView } from '../schemas/employment.ts';
import type { SupportAfterHire } from '../schemas/tenant.ts';
import type { Refusal } from './refusal.ts';
import {
  checkInDate,
  checkInsFor,
  endSupportPeriodEarly,
  openSupportPeriod,
  renewSupportPeriod,
  retentionAt,
} from './support-after-hire.ts';

// An employment record as rules without I/O: what a hire opens, what an ended job
// closes, what a renewal adds. The caller gives ids, people and `now`.

export interface Hire {
  id: string;
  tenant: string;
  participantId: string;
  coachId: string;
  employerId: string;
  employerName: string;
  matchId?: string;
  kind: Employment['kind'];
  startDate: string;
  actorId: string;
  at: string;
}

const checkIn = (startDate: string, month: number, ownerId: string): CheckIn => ({
  month,
  dueDate: checkInDate(startDate, month),
  status: 'open',
  ownerId,
});

/** A new employment with its support period (the tenant's setting in force) and check-ins. */
export function hire(input: Hire, setting: SupportAfterHire): Employment {
  const period = openSupportPeriod(input.startDate, setting);
  return {
    id: input.id,
    tenant: input.tenant,
    participantId: input.participantId,
    employerId: input.employerId,
    employerName: input.employerName,
    ...(input.matchId ? { matchId: input.matchId } : {}),
    coachId: input.coachId,
    kind: input.kind,
    startDate: input.startDate,
    supportPeriod: { name: setting.name, ...period },
    checkIns: checkInsFor(period.months).map((month) => checkIn(input.startDate, month, input.coachId)),
    createdBy: input.actorId,
    createdAt: input.at,
    updatedAt: input.at,
    version: 1,
  };
}

/** The job ended on `endDate`: the period ends then too, and later check-ins are cancelled. */
export function endEmployment(employment: Employment, endDate: string, at: string): Employment {
  const { name, ...period } = employment.supportPeriod;
  const ended = endSupportPeriodEarly(period, endDate);
  return {
    ...employment,
    endDate,
    supportPeriod: { name, ...ended },
    checkIns: employment.checkIns.map((entry) =>
      entry.status === 'open' && entry.dueDate > endDate ? { ...entry, status: 'cancelled' } : entry,
    ),
    updatedAt: at,
  };
}

/** A renewal of the period, with the check-ins the longer period reaches; or why not. */
export function renewEmployment(
  employment: Employment,
  setting: SupportAfterHire,
  today: string,
  at: string,
  months?: number,
): { ok: true; next: Employment } | Refusal {
  const { name, ...period } = employment.supportPeriod;
  if (employment.endDate !== undefined) {
    return renewSupportPeriod({ ...period, endedEarly: true }, setting, today, months) as Refusal;
  }
  const renewal = renewSupportPeriod(period, setting, today, months);
  if (!renewal.ok) return renewal;
  return {
    ok: true,
    next: {
      ...employment,
      supportPeriod: { name, ...renewal.next },
      checkIns: [
        ...employment.checkIns,
        ...renewal.addedCheckIns.map((month) => checkIn(employment.startDate, month, employment.coachId)),
      ],
      updatedAt: at,
    },
  };
}

/** The check-in after `month` months marked done (or undefined when there is no open one). */
export function completeCheckIn(
  employment: Employment,
  month: number,
  actorId: string,
  at: string,
): Employment | undefined {
  const entry = employment.checkIns.find((candidate) => candidate.month === month);
  if (!entry || entry.status === 'cancelled') return undefined;
  if (entry.status === 'done') return employment;
  return {
    ...employment,
    checkIns: employment.checkIns.map((candidate) =>
      candidate.month === month ? { ...candidate, status: 'done', doneAt: at, doneBy: actorId } : candidate,
    ),
    updatedAt: at,
  };
}

/** The earliest open check-in's date: where the employment sits in the list of due follow-ups. */
export const nextCheckInDue = (employment: Employment): string | undefined =>
  employment.checkIns
    .filter((entry) => entry.status === 'open')
    .map((entry) => entry.dueDate)
    .sort()[0];

/** As read: with whether the job lasted 6 and 12 months after hire. */
export const employmentView = (employment: Employment, today: string): EmploymentView => ({
  ...employment,
  retention: {
    sixMonths: retentionAt(employment, 6, today),
    twelveMonths: retentionAt(employment, 12, today),
  },
});
