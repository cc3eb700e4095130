import { stockholmToUtc, stockholmWallTime } from '#shared/domain/event-time';
import type { Event } from '#shared/schemas/event';
import type { FieldErrors } from '../forms/field-errors.ts';
import type { Validation } from '../forms/useForm.ts';
import type { EventWords } from './words.ts';

/** One meeting as typed: a Swedish date and wall-clock times. */
export interface SessionDraft {
  date: string;
  start: string;
  end: string;
}

/** The event form as typed; times are Swedish, the API's are UTC. */
export interface EventDraft {
  kind: string;
  title: string;
  description: string;
  sessions: SessionDraft[];
  placeName: string;
  street: string;
  postcode: string;
  city: string;
  directions: string;
  stepFree: boolean;
  hearingLoop: boolean;
  quietRoom: boolean;
  participantSeats: string;
  employerSeats: string;
  deadlineDate: string;
  publish: boolean;
}

export const newEventDraft = (): EventDraft => ({
  kind: 'forum',
  title: '',
  description: '',
  sessions: [{ date: '', start: '10:00', end: '12:00' }],
  placeName: '',
  street: '',
  postcode: '',
  city: '',
  directions: '',
  stepFree: true,
  hearingLoop: false,
  quietRoom: false,
  participantSeats: '20',
  employerSeats: '10',
  deadlineDate: '',
  publish: true,
});

export function draftFromEvent(event: Event): EventDraft {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    sessions: event.sessions.map((session) => {
      const [date, start] = stockholmWallTime(session.startsAt);
      return { date, start, end: stockholmWallTime(session.endsAt)[1] };
    }),
    placeName: event.place.name,
    street: event.place.street,
    postcode: event.place.postcode,
    city: event.place.city,
    directions: event.place.directions ?? '',
    ...event.place.accessibility,
    participantSeats: String(event.seats.participant ?? 0),
    employerSeats: String(event.seats.employer ?? 0),
    deadlineDate: stockholmWallTime(event.signupDeadline)[0],
    publish: event.status !== 'draft',
  };
}

/** The next session of a series: a week after the last, at the same time. */
export function nextSession(sessions: SessionDraft[]): SessionDraft {
  const last = sessions.at(-1) ?? { date: '', start: '10:00', end: '12:00' };
  if (!last.date) return { ...last };
  const next = new Date(`${last.date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  return { ...last, date: next.toISOString().slice(0, 10) };
}

const seatNumber = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed));

/** The draft in the shape of `EventCreate`/`EventPatch` (without status, which the buttons decide). */
export function toEventInput(draft: EventDraft) {
  const at = (date: string, time: string) => (date && time ? stockholmToUtc(date, time) : '');
  return {
    kind: draft.kind,
    title: draft.title,
    description: draft.description,
    sessions: draft.sessions.map((session) => ({
      startsAt: at(session.date, session.start),
      endsAt: at(session.date, session.end),
    })),
    place: {
      name: draft.placeName,
      street: draft.street,
      postcode: draft.postcode,
      city: draft.city,
      accessibility: { stepFree: draft.stepFree, hearingLoop: draft.hearingLoop, quietRoom: draft.quietRoom },
      ...(draft.directions.trim() ? { directions: draft.directions } : {}),
    },
    seats: {
      participant: seatNumber(draft.participantSeats),
      ...(draft.kind === 'forum' ? { employer: seatNumber(draft.employerSeats) } : {}),
    },
    signupDeadline: draft.deadlineDate ? stockholmToUtc(draft.deadlineDate, '23:59') : '',
  };
}

/**
 * The schema speaks of UTC instants; the form of a date and two times. A missing date is
 * said once, on the date, and a seat total of nothing on the participants' seats.
 */
export function withEventFields<Payload>(
  validate: (draft: EventDraft) => Validation<Payload>,
  words: EventWords['admin'],
): (draft: EventDraft) => Validation<Payload> {
  return (draft) => {
    const result = validate(draft);
    if (result.ok) return result;
    const errors: FieldErrors = {};
    for (const [key, message] of Object.entries(result.errors)) {
      errors[key === 'seats' ? 'seats.participant' : key] ??= message;
    }
    draft.sessions.forEach((session, i) => {
      if (session.date) return;
      errors[`sessions.${i}.startsAt`] = words.dateMissing;
      delete errors[`sessions.${i}.endsAt`];
    });
    return { ok: false, errors };
  };
}

/** Field labels by error path, in the order the form shows them. */
export function eventLabels(words: EventWords, draft: EventDraft): Record<string, string> {
  const a = words.admin;
  return {
    kind: a.kind,
    title: a.eventTitle,
    description: a.description,
    sessions: a.sessionsHint,
    ...Object.fromEntries(
      draft.sessions.flatMap((_, i) => [
        [`sessions.${i}.startsAt`, `${a.session(i + 1)}: ${a.date}`],
        [`sessions.${i}.endsAt`, `${a.session(i + 1)}: ${a.end}`],
      ]),
    ),
    'place.name': a.placeName,
    'place.street': a.street,
    'place.postcode': a.postcode,
    'place.city': a.city,
    'place.directions': a.directions,
    'seats.participant': a.participantSeats,
    'seats.employer': a.employerSeats,
    signupDeadline: a.deadlineDate,
  };
}
