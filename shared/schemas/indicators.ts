import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { IsoDate } from './common.ts';
import { MatchOutcome } from './match.ts';

// The indicators report (issue 13): what the municipality and its funders follow,
// every count of people split by gender, computed from stored facts for a period.

export const genders = ['woman', 'man', 'other', 'unspecified'] as const;

/** An exported count: the number, or "< N" when it is 1..N-1 (the tenant's small-count threshold). */
export const Cell = z
  .union([z.number().int().min(0), z.string().regex(/^< \d+$/)])
  .describe('A count, or "< N" when 1..N-1 people are counted (small groups are not shown)');
export type Cell = z.infer<typeof Cell>;

export const ByGender = z.object({
  woman: Cell,
  man: Cell,
  other: Cell,
  unspecified: Cell,
  total: Cell,
});
export type ByGender = z.infer<typeof ByGender>;

/** Days in a stage before the next step, for steps taken in the period; null when too few to show. */
export const Duration = z.object({
  steps: Cell,
  meanDays: z.number().nullable(),
  medianDays: z.number().nullable(),
});
export type Duration = z.infer<typeof Duration>;

export const DurationByGender = z.object({
  woman: Duration,
  man: Duration,
  other: Duration,
  unspecified: Duration,
  total: Duration,
});
export type DurationByGender = z.infer<typeof DurationByGender>;

export const Retention = z.object({
  hires: ByGender.describe('Hires whose 6- or 12-month mark falls in the period'),
  stillEmployed: ByGender.describe('Of those, still employed on the mark'),
});

export const IndicatorReport = z.object({
  from: IsoDate,
  to: IsoDate,
  threshold: z.number().int().min(1).describe('Counts from 1 to threshold - 1 are shown as "< threshold"'),
  prework: z.object({
    inPeriod: ByGender.describe('In prework at any time in the period'),
    entered: ByGender.describe('Entered prework in the period'),
  }),
  transitions: z.object({
    employed: ByGender,
    studies: ByGender,
    reinforced_cooperation: ByGender,
    exited: ByGender,
    group_to_individual: ByGender.describe('Step moves within daily activity: group → individual placement'),
  }),
  durations: z.object({
    prework: DurationByGender,
    learning_placement: DurationByGender,
  }),
  employers: z.object({
    involved: z
      .number()
      .int()
      .describe('Employers with an open placement, a match, an event attended or a support call'),
    placementsOpen: z.number().int(),
  }),
  matches: z.object({
    started: ByGender,
    completed: z.record(MatchOutcome, ByGender),
  }),
  retention: z.object({ sixMonths: Retention, twelveMonths: Retention }),
  events: z.array(
    z.object({
      kind: z.string(),
      signups: ByGender,
      attended: ByGender,
    }),
  ),
  support: z.object({
    calls: ByGender.describe('By the gender of the participant a call was about; unspecified otherwise'),
    requests: z.number().int(),
    followUpsOnTime: ByGender,
    followUpsLate: ByGender,
  }),
  monthly: z
    .array(z.object({ month: z.string(), employed: ByGender, studies: ByGender }))
    .describe('Transitions to work and studies per month of the period (the trend)'),
});
export type IndicatorReport = z.infer<typeof IndicatorReport>;

export const ReportFormat = z.enum(['json', 'csv']);

export const IndicatorQuery = z
  .object({
    from: IsoDate.describe('First day of the period'),
    to: IsoDate.describe('Last day of the period'),
    format: ReportFormat.default('json'),
  })
  .refine((query) => query.from <= query.to, {
    message: fieldMessage('report.period_order'),
    path: ['to'],
  })
  .refine((query) => query.to.slice(0, 4) <= String(Number(query.from.slice(0, 4)) + 5), {
    message: fieldMessage('report.period_length'),
    path: ['to'],
  });
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;
