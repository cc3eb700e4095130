import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, IsoDate, Postcode, somePatch, TenantId, Timestamp, Version } from './common.ts';
import { DirectEmployment } from './employment.ts';
import { Gender, Schedule, Sector, Stage, SupportLevel, Task, Trait, tasks, traits } from './vocabulary.ts';

// What a participant cannot have around them. Each need excludes placements whose
// environment tags or trait demands contradict it (see shared/domain/matching/environment.ts).
export const environmentNeeds = [
  'needs_quiet',
  'indoor_only',
  'outdoor_only',
  'no_customer_contact',
  'few_people',
  'no_heavy_lifting',
] as const;
export const EnvironmentNeed = z.enum(environmentNeeds);
export type EnvironmentNeed = z.infer<typeof EnvironmentNeed>;

/** The longest trip a person accepts, one way; also the tenant's default for new participants. */
export const TravelMinutes = z
  .number()
  .int(fieldMessage('travel.whole_minutes'))
  .min(5, fieldMessage('travel.min'))
  .max(120, fieldMessage('travel.max'));

const noDuplicates = (list: readonly unknown[]) => new Set(list).size === list.length;

export const ParticipantHome = z.strictObject({
  postcode: Postcode,
  area: z.string().trim().min(1, fieldMessage('address.area')).max(80),
});

// Consent to show employers a short summary of the profile. Dates are when the
// participant said yes, and when they took it back.
export const Consent = z
  .object({
    sharedSummary: z.boolean().describe('The participant agrees that employers see a short summary'),
    givenAt: IsoDate.optional(),
    revokedAt: IsoDate.optional(),
  })
  .strict()
  .refine((consent) => !consent.sharedSummary || consent.givenAt !== undefined, {
    message: fieldMessage('consent.given_at'),
    path: ['givenAt'],
  })
  .refine((consent) => !(consent.sharedSummary && consent.revokedAt !== undefined), {
    message: fieldMessage('consent.revoked'),
    path: ['revokedAt'],
  });
export type Consent = z.infer<typeof Consent>;

const birthYear = z
  .number()
  .int(fieldMessage('birth_year.digits'))
  .min(1930, fieldMessage('birth_year.min'))
  // Checked when validating, not at import, so the limit moves with the calendar.
  .refine((year) => year <= new Date().getUTCFullYear() - 16, fieldMessage('birth_year.age'));

// No personnummer and no diagnoses: only what matching and follow-up need (GDPR art. 9).
const participantFields = {
  firstName: z.string().trim().min(1, fieldMessage('person.first_name')).max(60),
  lastName: z.string().trim().min(1, fieldMessage('person.last_name')).max(60),
  gender: Gender,
  birthYear,
  coachId: z
    .string()
    .trim()
    .min(1, fieldMessage('participant.coach'))
    .max(128)
    .describe('User id of the coach'),
  interests: z
    .array(Sector)
    .min(1, fieldMessage('interests.first'))
    .max(9, fieldMessage('interests.max'))
    .refine(noDuplicates, fieldMessage('interests.unique'))
    .describe('Sectors the participant wants, most wanted first'),
  preferredTasks: z
    .array(Task)
    .max(tasks.length)
    .refine(noDuplicates, fieldMessage('tasks.unique'))
    .describe('Tasks the participant likes to do'),
  availability: Schedule.optional().describe('Needed before matching; a draft may leave it out'),
  supportLevel: SupportLevel.describe('Support level 1–4; 4 is the most support'),
  environmentNeeds: z
    .array(EnvironmentNeed)
    .max(environmentNeeds.length)
    .refine(noDuplicates, fieldMessage('needs.unique'))
    .refine(
      (needs) => !(needs.includes('indoor_only') && needs.includes('outdoor_only')),
      fieldMessage('needs.indoor_or_outdoor'),
    ),
  capabilities: z
    .array(Trait)
    .max(traits.length)
    .refine(noDuplicates, fieldMessage('capabilities.unique'))
    .describe('Work-demand traits the participant manages'),
  home: ParticipantHome.optional().describe('Needed before matching; a draft may leave it out'),
  maxTravelMinutes: TravelMinutes,
  goal: z
    .string()
    .trim()
    .max(300, fieldMessage('goal.max'))
    .optional()
    .describe("The participant's goal in their own words"),
  consent: Consent,
};

// A new participant starts on one of the pathway steps; outcomes are reached by transitions.
// A draft needs only name, birth year, gender, support level and a first interest; the
// lists start empty, consent at no, and the trip at the tenant's default.
export const ParticipantCreate = z
  .object({
    ...participantFields,
    coachId: participantFields.coachId
      .optional()
      .describe('User id of a coach of the tenant; the caller when left out'),
    preferredTasks: participantFields.preferredTasks.default([]),
    environmentNeeds: participantFields.environmentNeeds.default([]),
    capabilities: participantFields.capabilities.default([]),
    consent: participantFields.consent.default({ sharedSummary: false }),
    maxTravelMinutes: TravelMinutes.optional().describe("The tenant's default when left out"),
    stage: Stage.exclude(['employed', 'studies', 'exited']).default('group_activity'),
  })
  .strict();
export type ParticipantCreate = z.infer<typeof ParticipantCreate>;

// The stage changes only through a transition, so it is not patchable.
export const ParticipantPatch = somePatch(z.object(participantFields).partial().strict());
export type ParticipantPatch = z.infer<typeof ParticipantPatch>;

export const Participant = z.object({
  id: Id,
  tenant: TenantId,
  ...participantFields,
  stage: Stage,
  stageSince: IsoDate.describe('Date of the latest transition'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Participant = z.infer<typeof Participant>;

export const ParticipantListQuery = z.object({
  stage: Stage.optional(),
  coachId: z.string().trim().min(1).max(128).optional(),
});
export type ParticipantListQuery = z.infer<typeof ParticipantListQuery>;

export const TransitionCreate = z
  .object({
    to: Stage,
    date: IsoDate,
    note: z
      .string()
      .trim()
      .max(500, fieldMessage('text.max_500'))
      .optional()
      .describe('Short note about the step; never health details'),
    employment: DirectEmployment.optional().describe('Required with `to: employed`, and only then'),
  })
  .strict();
export type TransitionCreate = z.infer<typeof TransitionCreate>;

export const Transition = z.object({
  id: Id,
  tenant: TenantId,
  participantId: Id,
  from: Stage.nullable().describe("null for the participant's entry into the pathway"),
  fromDate: IsoDate.optional().describe('When the `from` stage began (the indicators’ days in a stage)'),
  to: Stage,
  date: IsoDate,
  gender: Gender.optional().describe('The participant’s gender at the step (the indicators count by it)'),
  note: z.string().optional(),
  createdBy: z.string(),
  createdAt: Timestamp,
});
export type Transition = z.infer<typeof Transition>;
