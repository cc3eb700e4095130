import type { Event, SeatKind } from '../schemas/event.ts';
import type { SignupStatus } from '../schemas/signup.ts';
import { type Refusal, refuse } from './refusal.ts';

// Who may sign up to an event, when, and what a sign-up may become. Pure: the caller passes `now`.

/** Why a sign-up to this event, of this kind, is refused now; undefined when it may go ahead. */
export function checkSignupWindow(
  event: Pick<Event, 'status' | 'signupDeadline' | 'seats'>,
  kind: SeatKind,
  now: Date,
): Refusal | undefined {
  if (event.status === 'draft')
    return refuse('event.not_published', 'eventId', {
      sv: 'Evenemanget är inte publicerat än. Anmälan öppnar när det publiceras.',
      en: 'The event is not published yet. Sign-up opens when it is.',
    });
  if (event.status === 'cancelled')
    return refuse('event.cancelled', 'eventId', {
      sv: 'Evenemanget är inställt. Det går inte att anmäla sig.',
      en: 'The event is cancelled. Sign-up is closed.',
    });
  if (event.status === 'held' || now.toISOString() > event.signupDeadline)
    return refuse('event.signup_closed', 'eventId', {
      sv: 'Sista dagen för anmälan har passerat.',
      en: 'The last day to sign up has passed.',
    });
  if ((event.seats[kind] ?? 0) === 0)
    return refuse('signup.kind_not_offered', 'kind', {
      sv:
        kind === 'employer'
          ? 'Evenemanget har inga platser för arbetsgivare.'
          : 'Evenemanget har inga platser för deltagare.',
      en:
        kind === 'employer'
          ? 'The event has no seats for employers.'
          : 'The event has no seats for participants.',
    });
  return undefined;
}

/** A sign-up takes one seat, and one more for each companion. */
export const seatsNeeded = (companions: number) => 1 + companions;

/** Statuses that hold a seat: confirmed, and the checked-in ones (a no-show still held it). */
export const holdsSeat = (status: SignupStatus) =>
  status === 'confirmed' || status === 'attended' || status === 'no_show';

/** Statuses that count as active for the one-sign-up-per-person rule. */
export const isActive = (status: SignupStatus) => status !== 'cancelled';

const signupMoves: Record<SignupStatus, readonly SignupStatus[]> = {
  confirmed: ['attended', 'no_show', 'cancelled'],
  waitlisted: ['cancelled'],
  // A check-in can be corrected, or undone on the day.
  attended: ['no_show', 'confirmed'],
  no_show: ['attended', 'confirmed'],
  cancelled: [],
};

/** Whether staff may move a sign-up from one status to another (asking for the current one changes nothing). */
export function checkSignupMove(from: SignupStatus, to: SignupStatus): Refusal | undefined {
  if (from === to || signupMoves[from].includes(to)) return undefined;
  return refuse('signup.status_move_not_allowed', 'status', {
    sv: `En anmälan som är ${statusWords[from].sv} kan inte bli ${statusWords[to].sv}.`,
    en: `A sign-up that is ${statusWords[from].en} cannot become ${statusWords[to].en}.`,
  });
}

const statusWords: Record<SignupStatus, { sv: string; en: string }> = {
  confirmed: { sv: 'bekräftad', en: 'confirmed' },
  waitlisted: { sv: 'på väntelistan', en: 'waitlisted' },
  cancelled: { sv: 'avbokad', en: 'cancelled' },
  attended: { sv: 'närvarande', en: 'attended' },
  no_show: { sv: 'frånvarande', en: 'a no-show' },
};

const eventMoves: Record<Event['status'], readonly Event['status'][]> = {
  draft: ['published', 'cancelled'],
  published: ['cancelled', 'held'],
  cancelled: [],
  held: [],
};

export function checkEventMove(from: Event['status'], to: Event['status']): Refusal | undefined {
  if (from === to || eventMoves[from].includes(to)) return undefined;
  return refuse('event.status_move_not_allowed', 'status', {
    sv: 'Evenemanget kan inte få den statusen härifrån.',
    en: 'The event cannot get that status from here.',
  });
}

/** The normalised identities a person signs up under: at most one active sign-up per event for each. */
export function personKeys(person: {
  email?: string | undefined;
  phone?: string | undefined;
  participantId?: string | undefined;
}): { field: 'email' | 'phone' | 'participantId'; value: string }[] {
  const keys: { field: 'email' | 'phone' | 'participantId'; value: string }[] = [];
  if (person.email) keys.push({ field: 'email', value: person.email.trim().toLowerCase() });
  if (person.phone) keys.push({ field: 'phone', value: normalisePhone(person.phone) });
  if (person.participantId) keys.push({ field: 'participantId', value: person.participantId });
  return keys;
}

/** 070-123 45 67, +46 70 123 45 67 and 0701234567 are one number. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+46')) return `0${digits.slice(3)}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4)}`;
  return digits;
}

/** The first session's start and the last one's end. */
export const eventSpan = (sessions: readonly { startsAt: string; endsAt: string }[]) => ({
  startsAt: sessions[0]!.startsAt,
  endsAt: sessions[sessions.length - 1]!.endsAt,
});

type EventFields = Omit<
  Event,
  'id' | 'tenant' | 'createdBy' | 'createdAt' | 'updatedAt' | 'version' | 'startsAt' | 'endsAt'
>;

/** The event after a patch, or why not: a status it cannot move to, or a deadline after the start. */
export function applyEventPatch(
  current: Event,
  patch: Partial<EventFields>,
  now: Date,
): { ok: true; event: Event } | Refusal {
  const moved = patch.status ? checkEventMove(current.status, patch.status) : undefined;
  if (moved) return moved;
  const next: Event = { ...current, ...patch, updatedAt: now.toISOString() };
  Object.assign(next, eventSpan(next.sessions));
  if (next.signupDeadline > next.startsAt)
    return refuse('event.deadline_after_start', 'signupDeadline', {
      sv: 'Sista anmälningsdag måste vara före första tillfället.',
      en: 'The sign-up deadline must be before the first session.',
    });
  return { ok: true, event: next };
}

/** A companion comes and goes with the person they came with: cancelling that sign-up cancels both. */
export const companionCancelRefusal = (): Refusal =>
  refuse('signup.status_move_not_allowed', 'status', {
    sv: 'En medföljande avbokas tillsammans med den hen följer med.',
    en: 'A companion is cancelled together with the person they come with.',
  });
