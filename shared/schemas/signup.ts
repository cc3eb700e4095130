import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, PhoneNumber, TenantId, Timestamp, Version } from './common.ts';
import { SeatKind } from './event.ts';

export const SignupStatus = z.enum(['confirmed', 'waitlisted', 'cancelled', 'attended', 'no_show']);
export type SignupStatus = z.infer<typeof SignupStatus>;

/** How the sign-up came in. */
export const SignupSource = z.enum(['public', 'coach', 'employer', 'walk_in']);
export type SignupSource = z.infer<typeof SignupSource>;

export const SignupLanguage = z.enum(['sv', 'en']);

const Name = z.string().trim().min(2, fieldMessage('signup.name')).max(120);
const Email = z.email(fieldMessage('contact.email')).max(200);

export const SignupNeeds = z.strictObject({
  interpreter: z.string().trim().max(60).optional().describe('The language to interpret, if any'),
  stepFree: z.boolean().default(false),
  food: z.string().trim().max(200).optional().describe('Food needs (allergies, vegetarian …)'),
  other: z.string().trim().max(500, fieldMessage('text.max_500')).optional(),
});
export type SignupNeeds = z.infer<typeof SignupNeeds>;

/** A person who comes along (a support person): takes a seat of the same kind, checked in on their own. */
export const Companion = z.strictObject({ name: Name });

const personFields = {
  name: Name,
  email: Email.optional(),
  phone: PhoneNumber.optional(),
  needs: SignupNeeds.default({ stepFree: false }),
  companions: z.array(Companion).max(3, fieldMessage('signup.companions')).default([]),
  language: SignupLanguage.default('sv'),
};

const hasContact = (signup: { email?: string | undefined; phone?: string | undefined }) =>
  Boolean(signup.email || signup.phone);

/** The public form: anyone, no account. `organisation` is the company, or absent for a participant. */
export const PublicSignupCreate = z
  .object({
    ...personFields,
    kind: SeatKind.default('participant'),
    organisation: z.string().trim().min(2, fieldMessage('signup.organisation')).max(120).optional(),
  })
  .strict()
  .refine(hasContact, { message: fieldMessage('signup.contact'), path: ['email'] })
  .refine((signup) => signup.kind !== 'employer' || signup.organisation !== undefined, {
    message: fieldMessage('signup.organisation'),
    path: ['organisation'],
  });
export type PublicSignupCreate = z.infer<typeof PublicSignupCreate>;

/** An employer user signs up one of the company's attendees (an employer seat). */
export const EmployerSignupCreate = z
  .object({ ...personFields, eventId: Id })
  .strict()
  .refine(hasContact, { message: fieldMessage('signup.contact'), path: ['email'] });
export type EmployerSignupCreate = z.infer<typeof EmployerSignupCreate>;

/**
 * A coach signs up a participant (by id: their name is taken from the profile) or
 * anyone by name; `walkIn` records a person who came without signing up, as attended.
 */
export const CoachSignupCreate = z
  .object({
    ...personFields,
    name: Name.optional(),
    participantId: Id.optional(),
    kind: SeatKind.default('participant'),
    organisation: z.string().trim().min(2, fieldMessage('signup.organisation')).max(120).optional(),
    walkIn: z.boolean().default(false),
  })
  .strict()
  .refine((signup) => signup.participantId !== undefined || signup.name !== undefined, {
    message: fieldMessage('signup.name'),
    path: ['name'],
  });
export type CoachSignupCreate = z.infer<typeof CoachSignupCreate>;

export const Signup = z.object({
  id: Id,
  tenant: TenantId,
  eventId: Id,
  kind: SeatKind,
  name: z.string(),
  organisation: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  participantId: Id.optional(),
  employerId: Id.optional(),
  needs: SignupNeeds,
  /** The main sign-up a companion came with; a companion has its own line and attendance. */
  companionOf: Id.optional(),
  companions: z.number().int().min(0).describe('How many companions came with this sign-up'),
  language: SignupLanguage,
  source: SignupSource,
  status: SignupStatus,
  /** Arrival order within the event (strictly increasing). */
  seq: z.number().int().min(1),
  /** Place in the waitlist of its kind (1 is next), while waitlisted. */
  position: z.number().int().min(1).optional(),
  eventStartsAt: Timestamp,
  eventTitle: z.string(),
  createdAt: Timestamp,
  createdBy: z.string(),
  updatedAt: Timestamp,
  remindedAt: Timestamp.optional(),
  version: Version,
});
export type Signup = z.infer<typeof Signup>;

/** What the person who signed up gets back: the state, and the link that cancels it. */
export const SignupReceipt = z.object({
  id: Id,
  status: z.enum(['confirmed', 'waitlisted']),
  kind: SeatKind,
  position: z.number().int().min(1).optional(),
  companions: z.number().int().min(0),
  cancelToken: z.string(),
});
export type SignupReceipt = z.infer<typeof SignupReceipt>;

export const CancelToken = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}\.[A-Za-z0-9_-]{43}$/, fieldMessage('signup.cancel_token'));

export const SignupCancelled = z.object({
  status: z.literal('cancelled'),
  eventTitle: z.string(),
  /** False when it had already been cancelled (the link works once; asking again changes nothing). */
  changed: z.boolean(),
});

export const SignupPatch = z
  .object({ status: z.enum(['confirmed', 'waitlisted', 'attended', 'no_show', 'cancelled']) })
  .strict();
export type SignupPatch = z.infer<typeof SignupPatch>;

export const SignupParams = z.object({ id: Id, signupId: Id });

export const SignupListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(2048).optional(),
  kind: SeatKind.optional(),
  status: SignupStatus.optional(),
});

/** An employer's own sign-ups, with the event they are for. */
export const EmployerSignup = Signup.pick({
  id: true,
  eventId: true,
  eventTitle: true,
  eventStartsAt: true,
  name: true,
  status: true,
  position: true,
  companions: true,
});
