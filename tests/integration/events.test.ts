import ICAL from 'ical.js';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { createdEvent, eventBody, publicSignup } from './support/events.ts';
import {
  type Caller,
  call,
  caller,
  newTenant,
  outbox,
  participantBody,
  verifiedEmployer,
} from './support/harness.ts';
import { snapshotDiff, snapshotTenant } from './support/table-snapshot.ts';

const tenant = newTenant();
let coach: Caller;
const sv = { 'accept-language': 'sv' };

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
});

const signupPath = (eventId: string) => `/v1/public/${tenant}/events/${eventId}/signups`;

/** Sends a request that must be refused: the status, the problem code, a field named, and nothing stored. */
async function expectRefused(
  send: () => ReturnType<typeof call>,
  status: number,
  code: string,
  field?: string,
) {
  const before = await snapshotTenant(tenant);
  const answer = await send();
  expect(answer.status, answer.text).toBe(status);
  expect(answer.json.type).toBe(`https://bryggan.se/problems/${code}`);
  expect(answer.json.detail).toEqual(expect.stringMatching(/\S/));
  if (field) expect(answer.json.errors.map((e: { field: string }) => e.field)).toContain(field);
  expect(snapshotDiff(before, await snapshotTenant(tenant))).toEqual([]);
  return answer;
}

describe('public sign-ups that are refused store nothing and say why', () => {
  it('a duplicate (same e-mail, or the same phone written differently) is 409 signup.duplicate', async () => {
    const event = await createdEvent(coach);
    const first = publicSignup({ phone: '070-123 45 67' });
    expect((await call(undefined, 'POST', signupPath(event.id), { body: first })).status).toBe(201);
    await expectRefused(
      () => call(undefined, 'POST', signupPath(event.id), { body: { ...first, name: 'Någon Annan' } }),
      409,
      'signup.duplicate',
      'email',
    );
    const answer = await expectRefused(
      () =>
        call(undefined, 'POST', signupPath(event.id), {
          body: publicSignup({ phone: '+46 70 123 45 67' }),
          headers: sv,
        }),
      409,
      'signup.duplicate',
      'phone',
    );
    expect(answer.json.title).toBe('Redan anmäld');
  });

  it('after the deadline is 409 event.signup_closed', async () => {
    const event = await createdEvent(coach, { signupDeadline: new Date(Date.now() - 60_000).toISOString() });
    const answer = await expectRefused(
      () => call(undefined, 'POST', signupPath(event.id), { body: publicSignup(), headers: sv }),
      409,
      'event.signup_closed',
      'eventId',
    );
    expect(answer.json.errors[0].message).toMatch(/Sista dagen för anmälan har passerat/);
  });

  it('to a draft is 409 event.not_published, to a cancelled event 409 event.cancelled', async () => {
    const draft = await createdEvent(coach, { status: 'draft' });
    await expectRefused(
      () => call(undefined, 'POST', signupPath(draft.id), { body: publicSignup() }),
      409,
      'event.not_published',
    );
    const cancelled = await createdEvent(coach);
    const patched = await call(coach, 'PATCH', `/v1/events/${cancelled.id}`, {
      body: { status: 'cancelled' },
      headers: { 'if-match': '"v1"' },
    });
    expect(patched.status).toBe(200);
    await expectRefused(
      () => call(undefined, 'POST', signupPath(cancelled.id), { body: publicSignup() }),
      409,
      'event.cancelled',
    );
  });

  it('a wrong cancel token is 404 signup.not_found, a malformed one 400 naming it', async () => {
    await expectRefused(
      () => call(undefined, 'DELETE', `/v1/public/signups/${tenant}.${'x'.repeat(43)}`),
      404,
      'signup.not_found',
    );
    await expectRefused(
      () => call(undefined, 'DELETE', '/v1/public/signups/not-a-token'),
      400,
      'request.invalid',
      'param.cancelToken',
    );
  });

  it('malformed input is 400 naming each field', async () => {
    const event = await createdEvent(coach);
    await expectRefused(
      () => call(undefined, 'POST', signupPath(event.id), { body: { name: 'A' } }),
      400,
      'request.invalid',
      'name',
    );
    await expectRefused(
      () => call(undefined, 'POST', signupPath(event.id), { body: { name: 'Utan Kontakt' } }),
      400,
      'request.invalid',
      'email',
    );
    await expectRefused(
      () =>
        call(undefined, 'POST', signupPath(event.id), {
          body: publicSignup({
            companions: [{ name: 'A1' }, { name: 'B2' }, { name: 'C3' }, { name: 'D4' }],
          }),
        }),
      400,
      'request.invalid',
      'companions',
    );
    await expectRefused(
      () =>
        call(undefined, 'POST', signupPath(event.id), { body: publicSignup({ email: 'not-an-address' }) }),
      400,
      'request.invalid',
      'email',
    );
    await expectRefused(
      () => call(undefined, 'POST', signupPath(ulid()), { body: publicSignup() }),
      404,
      'event.not_found',
    );
  });
});

describe('seats, companions and the waitlist', () => {
  it('counts a companion as a seat of the same kind, waitlists when full, and promotes on cancel with mail', async () => {
    const event = await createdEvent(coach, { kind: 'kompetenspass', seats: { participant: 3 } });
    const withHelper = await call(undefined, 'POST', signupPath(event.id), {
      body: publicSignup({ name: 'Alva Lind', companions: [{ name: 'Stödperson Sam' }] }),
    });
    expect(withHelper.json).toMatchObject({ status: 'confirmed', companions: 1 });
    const pair = await call(undefined, 'POST', signupPath(event.id), {
      body: publicSignup({ name: 'Bo Berg', companions: [{ name: 'Stöd Stina' }] }),
    });
    expect(pair.json).toMatchObject({ status: 'waitlisted', position: 1 });
    const single = await call(undefined, 'POST', signupPath(event.id), {
      body: publicSignup({ name: 'Cia Ek' }),
    });
    // First come, first served: one seat is free, but Bo (who needs two) is waiting first.
    expect(single.json).toMatchObject({ status: 'waitlisted', position: 2 });

    const email = (await call(coach, 'GET', `/v1/events/${event.id}/signups`)).json.items.find(
      (s: { name: string }) => s.name === 'Bo Berg',
    ).email;
    const cancelled = await call(undefined, 'DELETE', `/v1/public/signups/${withHelper.json.cancelToken}`);
    expect(cancelled.json).toMatchObject({ status: 'cancelled', changed: true });

    const list = (await call(coach, 'GET', `/v1/events/${event.id}/signups`)).json.items as {
      name: string;
      status: string;
      position?: number;
    }[];
    const status = Object.fromEntries(list.map((s) => [s.name, [s.status, s.position]]));
    expect(status['Bo Berg']).toEqual(['confirmed', undefined]);
    expect(status['Stöd Stina']).toEqual(['confirmed', undefined]);
    // Three seats again free: the pair, then Cia, in the order they came.
    expect(status['Cia Ek']).toEqual(['confirmed', undefined]);
    expect(status['Stödperson Sam']).toEqual(['cancelled', undefined]);
    const promotedMail = outbox.list().find((mail) => mail.to === email)!;
    expect(promotedMail.subject).toMatch(/Du har fått en plats/);
    expect(promotedMail.attachments?.[0]?.filename).toBe('evenemang.ics');
  });

  it('a coach signs up a participant by id (one active sign-up each), checks people in, adds a walk-in', async () => {
    const event = await createdEvent(coach);
    const participant = (await call(coach, 'POST', '/v1/participants', { body: participantBody() })).json;
    const path = `/v1/events/${event.id}/signups`;
    const signup = await call(coach, 'POST', path, {
      body: { participantId: participant.id, companions: [{ name: 'Stöd Sven' }] },
    });
    expect(signup.status).toBe(201);
    expect(signup.json).toMatchObject({ name: 'Alva Lind', status: 'confirmed', kind: 'participant' });
    await expectRefused(
      () => call(coach, 'POST', path, { body: { participantId: participant.id } }),
      409,
      'signup.duplicate',
      'participantId',
    );
    const attended = await call(coach, 'PATCH', `${path}/${signup.json.id}`, {
      body: { status: 'attended' },
      headers: { 'if-match': '"v1"' },
    });
    expect(attended.json.status).toBe('attended');
    const walkIn = await call(coach, 'POST', path, { body: { name: 'Kim Kommer', walkIn: true } });
    expect(walkIn.json.status).toBe('attended');
    const list = (await call(coach, 'GET', `${path}?kind=participant&status=attended`)).json.items;
    expect(list.map((s: { name: string }) => s.name).sort()).toEqual(['Alva Lind', 'Kim Kommer']);
    const companion = (await call(coach, 'GET', `${path}?kind=participant&status=confirmed`)).json.items[0];
    expect(companion).toMatchObject({ name: 'Stöd Sven', companionOf: signup.json.id });
  });

  it('an employer user signs up the company’s attendee and sees only its own sign-ups', async () => {
    const { coach: own, employerUser, employerId } = await verifiedEmployer(tenant);
    const event = await createdEvent(own);
    const answer = await call(employerUser, 'POST', `/v1/employers/${employerId}/event-signups`, {
      body: { eventId: event.id, name: 'Ola Chef', email: `ola-${ulid()}@test.example` },
    });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.json).toMatchObject({ status: 'confirmed', kind: 'employer' });
    const mine = await call(employerUser, 'GET', `/v1/employers/${employerId}/event-signups`);
    expect(mine.json.items).toEqual([expect.objectContaining({ name: 'Ola Chef', eventId: event.id })]);
  });

  it('more seats promote from the waitlist; fewer than are taken is 422', async () => {
    const event = await createdEvent(coach, { seats: { participant: 1 } });
    await call(undefined, 'POST', signupPath(event.id), { body: publicSignup() });
    const waiting = await call(undefined, 'POST', signupPath(event.id), { body: publicSignup() });
    expect(waiting.json.status).toBe('waitlisted');
    await expectRefused(
      () =>
        call(coach, 'PATCH', `/v1/events/${event.id}`, {
          body: { seats: { participant: 0, employer: 2 } },
          headers: { 'if-match': '"v1"' },
        }),
      422,
      'event.seats_below_taken',
    );
    const grown = await call(coach, 'PATCH', `/v1/events/${event.id}`, {
      body: { seats: { participant: 2, employer: 10 } },
      headers: { 'if-match': '"v1"' },
    });
    expect(grown.json).toMatchObject({ seatsTaken: { participant: 2 }, waitlisted: { participant: 0 } });
  });
});

describe('calling an event off', () => {
  it('mails everyone confirmed or waiting once, nobody who had cancelled, and the public page says it is off', async () => {
    const event = await createdEvent(coach, { kind: 'kompetenspass', seats: { participant: 1 } });
    const [seated, waiting, leaving] = ['Ada', 'Bea', 'Cid'].map((name) =>
      publicSignup({ name, email: `${name.toLowerCase()}-${ulid()}@test.example` }),
    ) as [ReturnType<typeof publicSignup>, ReturnType<typeof publicSignup>, ReturnType<typeof publicSignup>];
    for (const person of [seated, waiting]) {
      expect((await call(undefined, 'POST', signupPath(event.id), { body: person })).status).toBe(201);
    }
    const left = await call(undefined, 'POST', signupPath(event.id), { body: leaving });
    await call(undefined, 'DELETE', `/v1/public/signups/${left.json.cancelToken}`);
    const mailsTo = (to: string) => outbox.list().filter((mail) => mail.to === to);
    const before = outbox.list().length;

    const off = { body: { status: 'cancelled' }, headers: { 'if-match': '"v1"' } };
    expect((await call(coach, 'PATCH', `/v1/events/${event.id}`, off)).status).toBe(200);
    const again = await call(coach, 'PATCH', `/v1/events/${event.id}`, {
      ...off,
      headers: { 'if-match': '"v2"' },
    });
    expect(again.status).toBe(200);

    expect(outbox.list().length - before).toBe(2);
    for (const person of [seated, waiting]) {
      const [called] = mailsTo(person.email).filter((mail) => /Inställt|Cancelled/.test(mail.subject));
      expect(called?.subject).toMatch(/^(Inställt|Cancelled): Forumträff våren$/);
      expect(called?.text).not.toMatch(/avboka här|cancel here/i);
      expect(called?.attachments ?? []).toEqual([]);
    }
    expect(mailsTo(leaving.email).filter((mail) => /Inställt|Cancelled/.test(mail.subject))).toEqual([]);

    const shown = await call(undefined, 'GET', `/v1/public/${tenant}/events/${event.id}`);
    expect(shown.json.status).toBe('cancelled');
  });

  it('a held event shows as held on the public page and takes no sign-ups', async () => {
    const event = await createdEvent(coach);
    const held = await call(coach, 'PATCH', `/v1/events/${event.id}`, {
      body: { status: 'held' },
      headers: { 'if-match': '"v1"' },
    });
    expect(held.status, held.text).toBe(200);
    const shown = await call(undefined, 'GET', `/v1/public/${tenant}/events/${event.id}`);
    expect(shown.json.status).toBe('held');
    const refused = await call(undefined, 'POST', signupPath(event.id), { body: publicSignup() });
    expect(refused.status).toBe(409);
  });
});

describe('the calendar', () => {
  it('serves the event as iCalendar whose sessions keep their Swedish wall-clock time across the change to summer time', async () => {
    // 2027-03-28 is the last Sunday of March: Sweden moves from UTC+1 to UTC+2.
    const event = await createdEvent(coach, {
      kind: 'kompetenspass',
      seats: { participant: 10 },
      sessions: [
        { startsAt: '2027-03-25T09:00:00.000Z', endsAt: '2027-03-25T11:00:00.000Z' },
        { startsAt: '2027-04-01T08:00:00.000Z', endsAt: '2027-04-01T10:00:00.000Z' },
      ],
      signupDeadline: '2027-03-20T12:00:00.000Z',
    });
    const answer = await call(undefined, 'GET', `/v1/public/${tenant}/events/${event.id}/calendar.ics`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(answer.text));
    const sessions = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const stockholm = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const wall = (time: ICAL.Time) => stockholm.format(time.toJSDate());
    expect(sessions.map((s) => [wall(s.startDate), wall(s.endDate)])).toEqual([
      ['2027-03-25 10:00', '2027-03-25 12:00'],
      ['2027-04-01 10:00', '2027-04-01 12:00'],
    ]);
    expect(sessions[0]!.location).toMatch(/Stadsbiblioteket/);
    expect(sessions[0]!.summary).toBe(`${eventBody().title} (1/2)`);
  });
});
