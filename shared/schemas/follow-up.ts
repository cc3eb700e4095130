import { z } from 'zod';
import { Id, IsoDate } from './common.ts';
import { SupportCall } from './support-call.ts';
import { SupportRequest } from './support-request.ts';

// A coach's day: what to call, follow up and check in on. The start page and the
// daily digest show the same list.

/** A call whose follow-up is due, without its note (the day's list is no read of it). */
export const DueCall = SupportCall.omit({ note: true });
export type DueCall = z.infer<typeof DueCall>;

export const DueCheckIn = z.object({
  participantId: Id,
  employmentId: Id,
  employerId: Id,
  employerName: z.string(),
  month: z.number().int(),
  dueDate: IsoDate,
});
export type DueCheckIn = z.infer<typeof DueCheckIn>;

export const EndingPeriod = z.object({
  participantId: Id,
  employmentId: Id,
  employerName: z.string(),
  endDate: IsoDate,
  renewed: z.boolean(),
});
export type EndingPeriod = z.infer<typeof EndingPeriod>;

export const CoachDay = z.object({
  date: IsoDate,
  requests: z.array(SupportRequest).describe('Open "ring me" requests for the coach, earliest due first'),
  calls: z.array(DueCall).describe('Calls whose follow-up the coach owns, due today or overdue'),
  checkIns: z.array(DueCheckIn).describe('Check-ins after hire due today or overdue'),
  periodsEnding: z
    .array(EndingPeriod)
    .describe('Support periods of the coach’s people ending within 30 days'),
});
export type CoachDay = z.infer<typeof CoachDay>;
