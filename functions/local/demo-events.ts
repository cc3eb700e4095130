import { ulid } from 'ulid';
import { createEvent } from '#shared/db/repositories/events';
import { addDays, swedishDate } from '#shared/domain/calendar';
import { stockholmToUtc } from '#shared/domain/event-time';
import type { Event } from '#shared/schemas/event';

/** A forum three weeks ahead and a Kompetenspass series of three Tuesdays, so `npm start` shows events. */
export async function seedDemoEvents(tenant: string, coachId: string, now = new Date()): Promise<void> {
  const day = (offset: number) => addDays(swedishDate(now), offset);
  const place = {
    name: 'Stadsbiblioteket, Hörsalen',
    street: 'Kung Oscars väg 11',
    postcode: '21133',
    city: 'Malmö',
    accessibility: { stepFree: true, hearingLoop: true, quietRoom: true },
  };
  const base = (fields: Pick<Event, 'kind' | 'title' | 'description' | 'sessions' | 'seats'>): Event => ({
    ...fields,
    id: ulid(),
    tenant,
    place,
    startsAt: fields.sessions[0]!.startsAt,
    endsAt: fields.sessions.at(-1)!.endsAt,
    signupDeadline: stockholmToUtc(addDays(fields.sessions[0]!.startsAt.slice(0, 10), -2), '23:59'),
    status: 'published',
    createdBy: coachId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  });
  await createEvent(
    tenant,
    base({
      kind: 'forum',
      title: 'Forumträff: möt arbetsgivare',
      description: 'Arbetsgivare och deltagare träffas, fikar och pratar om jobb och lärandeplatser.',
      sessions: [{ startsAt: stockholmToUtc(day(21), '13:00'), endsAt: stockholmToUtc(day(21), '15:30') }],
      seats: { participant: 15, employer: 8 },
    }),
  );
  await createEvent(
    tenant,
    base({
      kind: 'kompetenspass',
      title: 'Kompetenspass: vägen till jobb',
      description: 'Tre träffar om arbetsmarknaden och om hur ersättningar fungerar när du börjar jobba.',
      sessions: [14, 21, 28].map((offset) => ({
        startsAt: stockholmToUtc(day(offset), '10:00'),
        endsAt: stockholmToUtc(day(offset), '11:30'),
      })),
      seats: { participant: 12 },
    }),
  );
}
