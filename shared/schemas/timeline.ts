import { z } from 'zod';

// One line of an employer's or a participant's history, newest first. The web
// words each kind; `status` carries the step, the call's kind or the stage.

export const TimelineKind = z.enum([
  'placement',
  'match',
  'support_call',
  'support_request',
  'hire',
  'employment_ended',
  'support_period_end',
  'stage',
  'event_attended',
]);
export type TimelineKind = z.infer<typeof TimelineKind>;

export const TimelineEntry = z.strictObject({
  at: z.string().describe('A date (YYYY-MM-DD) or a timestamp'),
  kind: TimelineKind,
  id: z.string().describe('The record the entry is about'),
  status: z.string().optional(),
  title: z.string().optional().describe('A placement’s title or an employer’s name'),
  topics: z.array(z.string()).optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;
