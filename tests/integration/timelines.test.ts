import { beforeAll, describe, expect, it } from 'vitest';
import { createdEvent } from './support/events.ts';
import {
  type Caller,
  call,
  caller,
  newTenant,
  participantBody,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';

// Item 5 of the support issue: an employer's and a participant's history, newest
// first, paginated, from every record that names them.

const tenant = newTenant();
let coach: Caller;
let employerUser: Caller;
let employerId: string;

type Entry = { at: string; kind: string; id: string; status?: string; title?: string };

async function wholeTimeline(path: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(coach, 'GET', `${path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status, page.text).toBe(200);
    expect(page.json.items.length).toBeLessThanOrEqual(2);
    entries.push(...page.json.items);
    cursor = page.json.cursor;
  } while (cursor);
  return entries;
}

beforeAll(async () => {
  ({ coach, employerUser, employerId } = await verifiedEmployer(tenant));
});

describe('an employer’s timeline', () => {
  it('holds its placements, proposals, calls, requests and the events its people came to, newest first', async () => {
    const placement = (
      await call(coach, 'POST', `/v1/employers/${employerId}/placements`, {
        body: placementBody({ status: 'open', title: 'Packa paket' }),
      })
    ).json;
    const person = (await call(coach, 'POST', '/v1/participants', { body: participantBody() })).json;
    await call(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: placement.id, consentToShare: false },
    });
    await call(employerUser, 'POST', '/v1/support-requests', { body: { topic: 'tasks' } });
    await call(coach, 'POST', '/v1/support-calls', {
      body: {
        employerId,
        kind: 'call_to_employer',
        topics: ['schedule'],
        note: 'Hemligt',
        durationMinutes: 5,
      },
    });

    const event = await createdEvent(await caller(tenant, 'coach'), { title: 'Forum i december' });
    const came = await call(employerUser, 'POST', `/v1/employers/${employerId}/event-signups`, {
      body: { eventId: event.id, name: 'Ola Chef', email: 'ola@test.example' },
    });
    const skipped = await createdEvent(coach, { title: 'Forum som ingen kom till' });
    await call(employerUser, 'POST', `/v1/employers/${employerId}/event-signups`, {
      body: { eventId: skipped.id, name: 'Ola Chef', email: 'ola@test.example' },
    });
    await call(coach, 'PATCH', `/v1/events/${event.id}/signups/${came.json.id}`, {
      body: { status: 'attended' },
      headers: { 'if-match': '"v1"' },
    });

    const entries = await wholeTimeline(`/v1/employers/${employerId}/timeline`);
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(
      new Set(['placement', 'match', 'support_request', 'support_call', 'event_attended']),
    );
    // Only the event someone was checked in at, once.
    expect(entries.filter((entry) => entry.kind === 'event_attended')).toEqual([
      { at: expect.any(String), kind: 'event_attended', id: event.id, title: 'Forum i december' },
    ]);
    const times = entries.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    // A call's note is for staff reading the call, never a line in a history.
    expect(JSON.stringify(entries)).not.toContain('Hemligt');
  });

  it('is for staff only', async () => {
    const answer = await call(employerUser, 'GET', `/v1/employers/${employerId}/timeline`);
    expect(answer.status).toBe(403);
  });
});

describe('a participant’s timeline', () => {
  it('holds the stages and the proposals, newest first', async () => {
    const person = (await call(coach, 'POST', '/v1/participants', { body: participantBody() })).json;
    const placement = (
      await call(coach, 'POST', `/v1/employers/${employerId}/placements`, {
        body: placementBody({ status: 'open' }),
      })
    ).json;
    await call(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: placement.id, consentToShare: false },
    });
    const entries = await wholeTimeline(`/v1/participants/${person.id}/timeline`);
    expect(entries.map((entry) => entry.kind).sort()).toEqual(['match', 'stage']);
    expect(entries[0]?.kind).toBe('match');
  });
});
