// A Lambda may die between two writes of one request. For each change that writes
// more than once outside one transaction, the request is killed after each of its
// writes in turn (the faulty transport loses every later call, as a dead process
// would), and the table must then hold all of the change or none of it, or the
// next request must finish it. Mail is not DynamoDB: dying before it is a mailer
// that throws.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createdEvent, publicSignup } from './support/events.ts';
import { installFaultyDynamo } from './support/faulty-dynamo.ts';
import {
  app,
  type Caller,
  call,
  caller,
  newTenant,
  outbox,
  participantBody,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';

let faulty: ReturnType<typeof installFaultyDynamo>;
const writes = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

beforeAll(() => {
  faulty = installFaultyDynamo();
});
afterEach(() => {
  faulty.handler.heal();
  vi.restoreAllMocks();
});
afterAll(() => faulty.uninstall());

/** A request whose Lambda may die: its answer (a 500 from the dead call, or none at all) is not looked at. */
async function dyingRequest(
  who: Caller | undefined,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  await Promise.resolve(
    app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(who ? { authorization: `Bearer ${who.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    }),
  ).catch(() => undefined);
}

/** How many writes a request makes when nothing fails. */
async function writesOf(request: () => Promise<unknown>) {
  faulty.handler.heal();
  await request();
  const count = faulty.handler.sent.filter((operation) => writes.has(operation)).length;
  faulty.handler.heal();
  return count;
}

const etag = async (who: Caller, path: string) => (await call(who, 'GET', path)).headers.get('etag') ?? '';

describe('accepting a proposal (the match and the seat in one transaction, then the placement status)', () => {
  async function proposal() {
    const tenant = newTenant();
    const { coach, employerUser, employerId } = await verifiedEmployer(tenant);
    const placement = await call(employerUser, 'POST', `/v1/employers/${employerId}/placements`, {
      body: placementBody({ status: 'open', seats: 1 }),
    });
    const propose = async () => {
      const participant = await call(coach, 'POST', '/v1/participants', { body: participantBody() });
      const match = await call(coach, 'POST', '/v1/matches', {
        body: { participantId: participant.json.id, placementId: placement.json.id, consentToShare: true },
      });
      if (match.status !== 201) throw new Error(`proposal setup failed: ${match.text}`);
      return match.json.id as string;
    };
    return {
      coach,
      employerUser,
      placementId: placement.json.id as string,
      matchId: await propose(),
      propose,
    };
  }

  const accept = async (who: Caller, matchId: string) =>
    dyingRequest(
      who,
      'PATCH',
      `/v1/matches/${matchId}`,
      { status: 'accepted' },
      {
        'if-match': await etag(who, `/v1/matches/${matchId}`),
      },
    );

  it('keeps the seat counted once whichever write the Lambda died after, and the next request repairs the status', async () => {
    const healthy = await proposal();
    const tag = await etag(healthy.employerUser, `/v1/matches/${healthy.matchId}`);
    const total = await writesOf(() =>
      call(healthy.employerUser, 'PATCH', `/v1/matches/${healthy.matchId}`, {
        body: { status: 'accepted' },
        headers: { 'if-match': tag },
      }),
    );
    expect(total, 'the acceptance and then the status: two writes').toBeGreaterThanOrEqual(2);

    for (let survived = 0; survived < total; survived++) {
      const world = await proposal();
      faulty.handler.dieAfterWrites(survived);
      await accept(world.employerUser, world.matchId);
      faulty.handler.heal();

      const match = (await call(world.coach, 'GET', `/v1/matches/${world.matchId}`)).json;
      const placement = (await call(world.coach, 'GET', `/v1/placements/${world.placementId}`)).json;
      const label = `died after ${survived} of ${total} writes`;
      if (match.status === 'proposed') {
        expect(placement.seatsTaken, label).toBe(0);
        // Nothing happened: the client's retry does it all.
        await accept(world.employerUser, world.matchId);
        expect((await call(world.coach, 'GET', `/v1/placements/${world.placementId}`)).json).toMatchObject({
          seatsTaken: 1,
          status: 'full',
        });
        continue;
      }
      expect(match.status, label).toBe('accepted');
      expect(placement.seatsTaken, label).toBe(1);
      if (placement.status !== 'full') {
        // The seat is taken but the status did not follow. The next request that works
        // with the placement (here a coach proposing someone else) is refused by the
        // counter, and finishes the status.
        const participant = await call(world.coach, 'POST', '/v1/participants', { body: participantBody() });
        const refused = await call(world.coach, 'POST', '/v1/matches', {
          body: { participantId: participant.json.id, placementId: world.placementId, consentToShare: true },
        });
        expect(refused.status, label).toBe(422);
      }
      expect(
        (await call(world.coach, 'GET', `/v1/placements/${world.placementId}`)).json,
        label,
      ).toMatchObject({
        seatsTaken: 1,
        status: 'full',
      });
    }
  });
});

describe('a public event sign-up (rate window, then the sign-up in one transaction, then the mail)', () => {
  it('is stored once or not at all whichever write the Lambda died after; a retry never doubles it', async () => {
    const coach = await caller(newTenant(), 'coach');
    const event = await createdEvent(coach, { seats: { participant: 5 } });
    const path = `/v1/public/${coach.tenant}/events/${event.id}/signups`;
    const total = await writesOf(() =>
      call(undefined, 'POST', path, { body: publicSignup(), headers: { 'x-forwarded-for': '192.0.2.50' } }),
    );
    expect(total).toBeGreaterThanOrEqual(2);
    for (let survived = 0; survived < total; survived++) {
      const person = publicSignup({ name: `Sara ${survived}` });
      const client = { 'x-forwarded-for': `192.0.2.${60 + survived}` };
      faulty.handler.dieAfterWrites(survived);
      await dyingRequest(undefined, 'POST', path, person, client);
      faulty.handler.heal();
      const retry = await call(undefined, 'POST', path, { body: person, headers: client });
      // Either the first attempt wrote nothing and the retry signs up, or it was stored and the retry is refused.
      expect([201, 409], retry.text).toContain(retry.status);
      if (retry.status === 409) expect(String(retry.json.type)).toMatch(/signup\.duplicate$/);
    }
    const signups = (await call(coach, 'GET', `/v1/events/${event.id}/signups?limit=100`)).json.items as {
      name: string;
    }[];
    for (let survived = 0; survived < total; survived++) {
      expect(signups.filter((signup) => signup.name === `Sara ${survived}`)).toHaveLength(1);
    }
    // Every sign-up holds its seat once: the healthy one and one per death.
    expect((await call(coach, 'GET', `/v1/events/${event.id}`)).json.seatsTaken.participant).toBe(total + 1);
  });

  it('when the Lambda dies before the mail, the seat is kept once and the retry says it is already taken', async () => {
    const coach = await caller(newTenant(), 'coach');
    const event = await createdEvent(coach, { seats: { participant: 5 } });
    const path = `/v1/public/${coach.tenant}/events/${event.id}/signups`;
    const person = publicSignup();
    vi.spyOn(outbox, 'send').mockRejectedValueOnce(new Error('the Lambda died'));
    await dyingRequest(undefined, 'POST', path, person, { 'x-forwarded-for': '192.0.2.90' });
    const retry = await call(undefined, 'POST', path, {
      body: person,
      headers: { 'x-forwarded-for': '192.0.2.90' },
    });
    expect(retry.status).toBe(409);
    const signups = (await call(coach, 'GET', `/v1/events/${event.id}/signups?limit=100`)).json.items;
    expect(signups).toHaveLength(1);
  });
});

describe('renaming an employer (the employer, then its name on each placement)', () => {
  it('sending the name again repairs the copies a dead request left behind', async () => {
    const tenant = newTenant();
    const { coach, employerId } = await verifiedEmployer(tenant);
    for (let index = 0; index < 3; index++) {
      await call(coach, 'POST', `/v1/employers/${employerId}/placements`, { body: placementBody() });
    }
    const names = async () =>
      (await call(coach, 'GET', `/v1/placements?employerId=${employerId}&limit=100`)).json.items.map(
        (placement: { employerName: string }) => placement.employerName,
      );
    const rename = async (name: string) =>
      call(coach, 'PATCH', `/v1/employers/${employerId}`, {
        body: { name },
        headers: { 'if-match': await etag(coach, `/v1/employers/${employerId}`) },
      });
    const total = await writesOf(() => rename('Första Namnet AB'));
    expect(total, 'the employer and three placements').toBe(4);

    for (let survived = 1; survived < total; survived++) {
      const name = `Nytt Namn ${survived} AB`;
      faulty.handler.dieAfterWrites(survived);
      await dyingRequest(
        coach,
        'PATCH',
        `/v1/employers/${employerId}`,
        { name },
        { 'if-match': await etag(coach, `/v1/employers/${employerId}`) },
      );
      faulty.handler.heal();
      expect((await call(coach, 'GET', `/v1/employers/${employerId}`)).json.name).toBe(name);
      // The client saw no answer, reads the employer again and sends the same name.
      const again = await rename(name);
      expect(again.status).toBe(200);
      expect(await names()).toEqual([name, name, name]);
    }
  });
});

describe('sending an invitation (the invitation, then the mail)', () => {
  it('a retry after the Lambda died sends one usable link; the unsent invitation is never usable', async () => {
    const tenant = newTenant();
    const { employerUser, employerId } = await verifiedEmployer(tenant);
    const email = `inbjuden-${Date.now()}@test.example`;
    const path = `/v1/employers/${employerId}/invitations`;
    const body = { name: 'Inbjuden Person', email };

    // Killed before the invitation was stored, then after it but before the mail.
    faulty.handler.dieAfterWrites(0);
    await dyingRequest(employerUser, 'POST', path, body);
    faulty.handler.heal();
    vi.spyOn(outbox, 'send').mockRejectedValueOnce(new Error('the Lambda died'));
    await dyingRequest(employerUser, 'POST', path, body);
    expect(outbox.list().filter((mail) => mail.to === email)).toHaveLength(0);

    const retry = await call(employerUser, 'POST', path, { body });
    expect(retry.status).toBe(201);
    const mails = outbox.list().filter((mail) => mail.to === email);
    expect(mails).toHaveLength(1);
    const token = mails[0]?.text.match(/\/inbjudan\/(\S+)/)?.[1];
    const accepted = await call(undefined, 'POST', `/v1/invitations/${token}/accept`);
    expect(accepted.status, accepted.text).toBe(200);
  });
});
