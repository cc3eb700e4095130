import type { EventCreate } from '#shared/schemas/event';
import { type Caller, call } from './harness.ts';

const day = 86_400_000;

/** A valid event body: a forum two weeks ahead, sign-up open until the day before. */
export function eventBody(overrides: Partial<EventCreate> = {}): EventCreate {
  const start = new Date(Date.now() + 14 * day);
  start.setUTCHours(8, 0, 0, 0);
  const end = new Date(start.getTime() + 3 * 3_600_000);
  return {
    kind: 'forum',
    title: 'Forumträff våren',
    description: 'Arbetsgivare och deltagare träffas och pratar om jobb.',
    sessions: [{ startsAt: start.toISOString(), endsAt: end.toISOString() }],
    place: {
      name: 'Stadsbiblioteket',
      street: 'Kung Oscars väg 11',
      postcode: '21133',
      city: 'Malmö',
      accessibility: { stepFree: true, hearingLoop: true, quietRoom: false },
    },
    seats: { participant: 20, employer: 10 },
    signupDeadline: new Date(start.getTime() - day).toISOString(),
    status: 'published',
    ...overrides,
  };
}

export async function createdEvent(coach: Caller, overrides: Partial<EventCreate> = {}) {
  const response = await call(coach, 'POST', '/v1/events', { body: eventBody(overrides) });
  if (response.status !== 201) throw new Error(`event setup failed: ${response.text}`);
  return response.json as { id: string; version: number; tenant: string };
}

export const publicSignup = (overrides: Record<string, unknown> = {}) => ({
  name: 'Sara Svensson',
  email: `sara-${Math.random().toString(36).slice(2)}@test.example`,
  ...overrides,
});
