import type { Employment } from '../schemas/employment.ts';
import type { CoachDay } from '../schemas/follow-up.ts';
import type { SupportCall } from '../schemas/support-call.ts';
import type { SupportRequest } from '../schemas/support-request.ts';
import { addDays } from './calendar.ts';

/** How far ahead a support period's end is shown. */
export const periodEndingDays = 30;

export interface TenantFollowUps {
  /** Calls with an open follow-up due on or before `date`. */
  calls: SupportCall[];
  /** Employments with an open check-in due on or before `date`. */
  employments: Employment[];
  openRequests: SupportRequest[];
  /** Support periods running that end within `periodEndingDays`. */
  periods: Employment[];
}

/**
 * One coach's day from the tenant's open items: the follow-ups and check-ins they
 * own that are due or overdue, the requests of their employers (or of nobody's yet),
 * and their people's support periods ending soon. Pure: the caller reads.
 */
export function coachDay(items: TenantFollowUps, coachId: string, date: string): CoachDay {
  const until = addDays(date, periodEndingDays);
  return {
    date,
    requests: items.openRequests.filter(
      (request) => request.coachIds.length === 0 || request.coachIds.includes(coachId),
    ),
    calls: items.calls
      .filter((call) => call.followUp && !call.followUp.doneAt && call.followUp.ownerId === coachId)
      .filter((call) => call.followUp!.dueDate <= date)
      .map(({ note: _note, ...call }) => call),
    checkIns: items.employments.flatMap((employment) =>
      employment.checkIns
        .filter((entry) => entry.status === 'open' && entry.ownerId === coachId && entry.dueDate <= date)
        .map((entry) => ({
          participantId: employment.participantId,
          employmentId: employment.id,
          employerId: employment.employerId,
          employerName: employment.employerName,
          month: entry.month,
          dueDate: entry.dueDate,
        })),
    ),
    periodsEnding: items.periods
      .filter(
        (employment) =>
          employment.coachId === coachId &&
          !employment.supportPeriod.endedEarly &&
          employment.supportPeriod.endDate >= date &&
          employment.supportPeriod.endDate <= until,
      )
      .map((employment) => ({
        participantId: employment.participantId,
        employmentId: employment.id,
        employerName: employment.employerName,
        endDate: employment.supportPeriod.endDate,
        renewed: employment.supportPeriod.renewed,
      })),
  };
}

/** Whether there is anything in the day at all (no digest for an empty one). */
export const dayHasItems = (day: CoachDay) =>
  day.requests.length + day.calls.length + day.checkIns.length + day.periodsEnding.length > 0;
