import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Event } from '../schemas/event.ts';

const placeText = (event: Pick<Event, 'place'>) =>
  `${event.place.name}, ${event.place.street}, ${event.place.postcode.slice(0, 3)} ${event.place.postcode.slice(3)} ${event.place.city}`;

/**
 * The event as iCalendar, one VEVENT per session (a Kompetenspass series is
 * several). Instants are written in UTC, which every calendar shows in the
 * reader's own zone; the calendar names Europe/Stockholm as its zone.
 */
export function eventCalendar(
  event: Pick<Event, 'id' | 'tenant' | 'title' | 'description' | 'sessions' | 'place' | 'status'>,
  url?: string,
): string {
  const calendar = ical({
    name: event.title,
    prodId: { company: 'Bryggan', product: 'events', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: 'Europe/Stockholm',
  });
  event.sessions.forEach((session, index) => {
    calendar.createEvent({
      id: `${event.id}-${index + 1}@${event.tenant}.bryggan.se`,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      // Written in UTC: the calendar's zone is only a hint to the reader's app.
      timezone: null,
      summary:
        event.sessions.length > 1 ? `${event.title} (${index + 1}/${event.sessions.length})` : event.title,
      description: event.description,
      location: placeText(event),
      ...(url ? { url } : {}),
      ...(event.status === 'cancelled' ? { status: ICalEventStatus.CANCELLED } : {}),
    });
  });
  return calendar.toString();
}
