import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, IsoDate, TenantId, Timestamp, Version } from './common.ts';

// A hire and the support after it: the employer, the start date and the kind of
// employment, a support period whose length is the tenant's setting at hire, and
// check-ins along it.

// The tenant's name for its support (its own copy: vocabulary-list imports the match schema).
const Words = z.strictObject({ sv: z.string(), en: z.string() });

export const EmploymentKind = z.enum(['wage_subsidy', 'without_subsidy', 'other_subsidy', 'not_recorded']);
export type EmploymentKind = z.infer<typeof EmploymentKind>;

/** With a match completed as employed: the kind and start (today when left out). */
export const EmploymentStart = z.strictObject({
  kind: EmploymentKind,
  startDate: IsoDate.optional(),
});
export type EmploymentStart = z.infer<typeof EmploymentStart>;

/** With a direct step to employed: the employer and the kind; the step's date is the start. */
export const DirectEmployment = z.strictObject({
  employerId: Id,
  kind: EmploymentKind,
});
export type DirectEmployment = z.infer<typeof DirectEmployment>;

export const SupportPeriod = z.object({
  name: Words,
  startDate: IsoDate,
  months: z.number().int(),
  renewed: z.boolean(),
  endDate: IsoDate.describe('The day support ends, or the day the job ended'),
  endedEarly: z.boolean().optional(),
});
export type SupportPeriod = z.infer<typeof SupportPeriod>;

export const CheckInStatus = z.enum(['open', 'done', 'cancelled']);
export const CheckIn = z.object({
  month: z.number().int(),
  dueDate: IsoDate,
  status: CheckInStatus,
  ownerId: z.string(),
  doneAt: Timestamp.optional(),
  doneBy: z.string().optional(),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const Retention = z.enum(['employed', 'not_employed', 'pending']);

export const Employment = z.object({
  id: Id,
  tenant: TenantId,
  participantId: Id,
  employerId: Id,
  employerName: z.string(),
  matchId: Id.optional(),
  coachId: z.string(),
  kind: EmploymentKind,
  startDate: IsoDate,
  endDate: IsoDate.optional(),
  supportPeriod: SupportPeriod,
  checkIns: z.array(CheckIn),
  createdBy: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Employment = z.infer<typeof Employment>;

/** As read: with whether the job lasted 6 and 12 months (for the indicators), computed from the dates. */
export const EmploymentView = Employment.extend({
  retention: z.object({ sixMonths: Retention, twelveMonths: Retention }),
});
export type EmploymentView = z.infer<typeof EmploymentView>;

export const SupportRenewal = z.strictObject({
  months: z
    .number()
    .int()
    .min(1, fieldMessage('months.min'))
    .max(36, fieldMessage('months.max'))
    .optional()
    .describe('How many months to add; up to the cap when left out'),
});

export const CheckInParams = z.object({ id: Id, month: z.enum(['1', '3', '6', '9', '12']) });
