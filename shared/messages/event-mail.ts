import type { Event } from '../schemas/event.ts';
import type { Signup } from '../schemas/signup.ts';
import type { Language } from './language.ts';

// The mail a person gets about their sign-up: plain words, in the language they
// chose (Swedish unless English), times in Swedish time.

/** `event_cancelled`: the municipality called the event off (not the person their sign-up). */
export type EventMailKind =
  | 'confirmed'
  | 'waitlisted'
  | 'promoted'
  | 'cancelled'
  | 'reminder'
  | 'event_cancelled';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "tisdag 16 mars 2027 kl. 10:00–12:00" in Swedish time. */
export function sessionWords(session: { startsAt: string; endsAt: string }, language: Language): string {
  const day = new Intl.DateTimeFormat(locales[language], {
    timeZone: 'Europe/Stockholm',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(session.startsAt));
  const time = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  });
  const span = `${time.format(new Date(session.startsAt))}–${time.format(new Date(session.endsAt))}`;
  return language === 'sv' ? `${day} kl. ${span}` : `${day}, ${span}`;
}

const words = {
  sv: {
    hello: (name: string) => `Hej ${name}!`,
    subject: {
      confirmed: (title: string) => `Du är anmäld: ${title}`,
      waitlisted: (title: string) => `Du står på väntelistan: ${title}`,
      promoted: (title: string) => `Du har fått en plats: ${title}`,
      cancelled: (title: string) => `Din anmälan är avbokad: ${title}`,
      reminder: (title: string) => `Påminnelse: ${title} snart`,
      event_cancelled: (title: string) => `Inställt: ${title}`,
    },
    lead: {
      confirmed: 'Du är anmäld. Välkommen!',
      waitlisted: (position: number) =>
        `Det är fullt just nu. Du står som nummer ${position} på väntelistan. Vi skickar ett brev om du får en plats.`,
      promoted: 'Någon har avbokat, så nu har du en plats. Välkommen!',
      cancelled: 'Din anmälan är avbokad. Du kan anmäla dig igen om det finns plats.',
      reminder: 'Snart är det dags. Här är tid och plats igen.',
      event_cancelled: 'Tyvärr är träffen inställd. Den blir inte av. Du behöver inte avboka.',
    },
    when: 'När',
    where: 'Var',
    companions: (n: number) => `Med dig kommer ${n} ${n === 1 ? 'person' : 'personer'}.`,
    cancel: 'Kan du inte komma? Avboka här, så får någon annan platsen:',
    calendar: 'Tiden finns i den bifogade kalenderfilen.',
  },
  en: {
    hello: (name: string) => `Hello ${name},`,
    subject: {
      confirmed: (title: string) => `You are signed up: ${title}`,
      waitlisted: (title: string) => `You are on the waitlist: ${title}`,
      promoted: (title: string) => `You have a seat: ${title}`,
      cancelled: (title: string) => `Your sign-up is cancelled: ${title}`,
      reminder: (title: string) => `Reminder: ${title} soon`,
      event_cancelled: (title: string) => `Cancelled: ${title}`,
    },
    lead: {
      confirmed: 'You are signed up. Welcome!',
      waitlisted: (position: number) =>
        `It is full right now. You are number ${position} on the waitlist. We will write if you get a seat.`,
      promoted: 'Someone cancelled, so now you have a seat. Welcome!',
      cancelled: 'Your sign-up is cancelled. You can sign up again if there is a seat.',
      reminder: 'It is soon. Here are the time and place again.',
      event_cancelled: 'Sorry, the event is cancelled. It will not take place. You do not need to cancel.',
    },
    when: 'When',
    where: 'Where',
    companions: (n: number) => `${n} ${n === 1 ? 'person comes' : 'people come'} with you.`,
    cancel: 'Cannot come? Cancel here, so someone else gets the seat:',
    calendar: 'The time is in the attached calendar file.',
  },
};

export interface EventMail {
  kind: EventMailKind;
  event: Pick<Event, 'title' | 'sessions' | 'place'>;
  signup: Pick<Signup, 'name' | 'language' | 'companions' | 'position'>;
  /** The cancel link, when the person has one. */
  cancelUrl?: string;
}

/** A mail that ends the sign-up carries no calendar file and no cancel link. */
export const endsSignup = (kind: EventMailKind) => kind === 'cancelled' || kind === 'event_cancelled';

export function eventMail({ kind, event, signup, cancelUrl }: EventMail): { subject: string; text: string } {
  const w = words[signup.language];
  const lead = kind === 'waitlisted' ? w.lead.waitlisted(signup.position ?? 1) : w.lead[kind];
  const place = event.place;
  const lines = [
    w.hello(signup.name),
    '',
    lead,
    '',
    `${event.title}`,
    `${w.when}: ${event.sessions.map((session) => sessionWords(session, signup.language)).join('; ')}`,
    `${w.where}: ${place.name}, ${place.street}, ${place.city}`,
    ...(signup.companions > 0 ? [w.companions(signup.companions)] : []),
    ...(endsSignup(kind) ? [] : ['', w.calendar]),
    ...(cancelUrl && !endsSignup(kind) ? ['', w.cancel, cancelUrl] : []),
  ];
  return { subject: w.subject[kind](event.title), text: lines.join('\n') };
}

/**
 * The whole letter: the words, and the event as `.ics` unless the letter ends the sign-up.
 * The calendar module (ical-generator, 36 KB) is imported on first use, so it is not read
 * at every cold start of the API (infra/bundling/options.ts).
 */
export async function eventLetter(mail: EventMail & { event: Event }) {
  const letter = eventMail(mail);
  if (endsSignup(mail.kind)) return { ...letter, attachments: [] };
  const { eventCalendar } = await import('./event-calendar.ts');
  const calendar = {
    filename: 'evenemang.ics',
    contentType: 'text/calendar; charset=utf-8',
    content: eventCalendar(mail.event),
  };
  return { ...letter, attachments: [calendar] };
}
