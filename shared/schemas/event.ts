import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, Postcode, somePatch, TenantId, Timestamp, Version } from './common.ts';

/** The kinds every tenant has; a tenant may name more (any slug). */
export const defaultEventKinds = ['forum', 'kompetenspass'] as const;
export const EventKind = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, fieldMessage('event.kind'))
  .describe('forum (forumträff), kompetenspass, or a kind the municipality names');
export type EventKind = z.infer<typeof EventKind>;

/** Whom a seat is for: a forum has seats for employers and for participants separately. */
export const seatKinds = ['participant', 'employer'] as const;
export const SeatKind = z.enum(seatKinds);
export type SeatKind = z.infer<typeof SeatKind>;

export const EventStatus = z.enum(['draft', 'published', 'cancelled', 'held']);
export type EventStatus = z.infer<typeof EventStatus>;

export const Accessibility = z.strictObject({
  stepFree: z.boolean().describe('Step-free access (no stairs)'),
  hearingLoop: z.boolean().describe('A hearing loop in the room'),
  quietRoom: z.boolean().describe('A quiet room to rest in'),
});
export type Accessibility = z.infer<typeof Accessibility>;

export const EventPlace = z.strictObject({
  name: z.string().trim().min(2, fieldMessage('event.place_name')).max(120),
  street: z.string().trim().min(1, fieldMessage('address.street')).max(120),
  postcode: Postcode,
  city: z.string().trim().min(1, fieldMessage('address.city')).max(80),
  accessibility: Accessibility,
  directions: z.string().trim().max(500, fieldMessage('text.max_500')).optional(),
});
export type EventPlace = z.infer<typeof EventPlace>;

/** One meeting; a Kompetenspass may be a series that one sign-up covers. Times are UTC. */
export const EventSession = z
  .strictObject({ startsAt: Timestamp, endsAt: Timestamp })
  .refine((session) => session.endsAt > session.startsAt, {
    message: fieldMessage('event.ends_before_start'),
    path: ['endsAt'],
  });
export type EventSession = z.infer<typeof EventSession>;

const SeatCount = z.number().int().min(0).max(2000);
export const Seats = z
  .strictObject({ participant: SeatCount.optional(), employer: SeatCount.optional() })
  .refine((seats) => (seats.participant ?? 0) + (seats.employer ?? 0) > 0, fieldMessage('event.seats'));
export type Seats = z.infer<typeof Seats>;

const eventFields = {
  kind: EventKind,
  title: z.string().trim().min(3, fieldMessage('event.title')).max(120),
  description: z.string().trim().min(10, fieldMessage('event.description')).max(2000),
  sessions: z
    .array(EventSession)
    .min(1, fieldMessage('event.sessions'))
    .max(12)
    .refine(
      (sessions) => sessions.every((s, i) => i === 0 || s.startsAt >= sessions[i - 1]!.endsAt),
      fieldMessage('event.sessions_order'),
    ),
  place: EventPlace,
  seats: Seats,
  signupDeadline: Timestamp,
};

const deadlineBeforeStart = (event: {
  sessions?: EventSession[] | undefined;
  signupDeadline?: string | undefined;
}) => !event.sessions?.[0] || !event.signupDeadline || event.signupDeadline <= event.sessions[0].startsAt;

export const EventCreate = z
  .object({ ...eventFields, status: z.enum(['draft', 'published']).default('draft') })
  .strict()
  .refine(deadlineBeforeStart, { message: fieldMessage('event.deadline'), path: ['signupDeadline'] });
export type EventCreate = z.infer<typeof EventCreate>;

export const EventPatch = somePatch(
  z
    .object({ ...eventFields, status: EventStatus })
    .partial()
    .strict(),
).refine(deadlineBeforeStart, { message: fieldMessage('event.deadline'), path: ['signupDeadline'] });
export type EventPatch = z.infer<typeof EventPatch>;

const PerKind = z.strictObject({ participant: z.number().int(), employer: z.number().int() });

export const Event = z.object({
  id: Id,
  tenant: TenantId,
  ...eventFields,
  status: EventStatus,
  /** The first session's start and the last one's end, for lists and the calendar. */
  startsAt: Timestamp,
  endsAt: Timestamp,
  createdBy: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Event = z.infer<typeof Event>;

/** An event as staff see it: with its seats taken and waiting, per kind. */
export const EventWithSeats = Event.extend({
  seatsTaken: PerKind.describe('Seats held by confirmed (and checked-in) sign-ups, companions included'),
  waitlisted: PerKind.describe('Sign-ups on the waitlist'),
});
export type EventWithSeats = z.infer<typeof EventWithSeats>;

/** What anyone may see of a published event: no counts of who signed up, only whether seats are left. */
export const PublicEvent = z.object({
  id: Id,
  kind: EventKind,
  title: z.string(),
  description: z.string(),
  sessions: z.array(EventSession),
  startsAt: Timestamp,
  endsAt: Timestamp,
  place: EventPlace,
  signupDeadline: Timestamp,
  /** The kinds of attendee it takes, and for each whether a seat is free now (else the waitlist). */
  seatKinds: z.array(z.strictObject({ kind: SeatKind, seatsLeft: z.boolean() })),
  /** A held event stays visible (its calendar link still works), but takes no more sign-ups. */
  status: z.enum(['published', 'cancelled', 'held']),
});
export type PublicEvent = z.infer<typeof PublicEvent>;

export const EventListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
  status: EventStatus.optional(),
});

export const EventParams = z.object({ id: Id });
export const PublicEventParams = z.object({ tenant: TenantId, id: Id });
