// Each conditioned write in the repositories, met outright against DynamoDB Local:
// another request changes the table after this one has read it and just before it
// writes (support/faulty-dynamo.ts `interfereBeforeNextWrite`), so the checks in
// the handler pass and the write's own condition (a TransactionCanceledException's
// reasons, or a ConditionalCheckFailed) refuses it. Each answers its coded problem.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createdEvent, publicSignup } from './support/events.ts';
import { installFaultyDynamo } from './support/faulty-dynamo.ts';
import {
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  participantBody,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';
import { invite } from './support/invitations.ts';

let faulty: ReturnType<typeof installFaultyDynamo>;
beforeAll(() => {
  faulty = installFaultyDynamo();
});
afterEach(() => faulty.handler.heal());
afterAll(() => faulty.uninstall());

const etag = async (who: Caller, path: string) => (await call(who, 'GET', path)).headers.get('etag') ?? '';

async function patch(who: Caller, path: string, body: unknown) {
  return call(who, 'PATCH', path, { body, headers: { 'if-match': await etag(who, path) } });
}

/** The employer accepts a proposal, sending the version it read before the interference. */
const accept = (who: Caller, matchId: string, tag: string) =>
  call(who, 'PATCH', `/v1/matches/${matchId}`, {
    body: { status: 'accepted' },
    headers: { 'if-match': tag },
  });

/** An employer user's verified employer with an open placement and `proposals` proposed matches. */
async function proposals(count: number, seats = 1) {
  const { coach, employerUser, employerId } = await verifiedEmployer(newTenant());
  const placementId: string = (
    await call(employerUser, 'POST', `/v1/employers/${employerId}/placements`, {
      body: placementBody({ status: 'open', seats }),
    })
  ).json.id;
  const matchIds: string[] = [];
  const participantIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const participantId: string = (await call(coach, 'POST', '/v1/participants', { body: participantBody() }))
      .json.id;
    participantIds.push(participantId);
    const match = await call(coach, 'POST', '/v1/matches', {
      body: { participantId, placementId, consentToShare: true },
    });
    expect(match.status, match.text).toBe(201);
    matchIds.push(match.json.id);
  }
  return { coach, employerUser, employerId, placementId, matchIds, participantIds };
}

interface Case {
  name: string;
  status: number;
  code: string;
  /** Sets up, and returns the request to send and what interferes before its write. */
  arrange: () => Promise<{ send: () => ReturnType<typeof call>; interfere: () => Promise<unknown> }>;
}

const cases: Case[] = [
  {
    name: 'accepting when the last seat was taken meanwhile (seat counter)',
    status: 409,
    code: 'match.no_free_seat',
    arrange: async () => {
      const world = await proposals(2);
      const [first, second] = world.matchIds as [string, string];
      const tag = await etag(world.employerUser, `/v1/matches/${first}`);
      return {
        send: () => accept(world.employerUser, first, tag),
        interfere: () => patch(world.employerUser, `/v1/matches/${second}`, { status: 'accepted' }),
      };
    },
  },
  {
    name: 'answering a proposal that was answered meanwhile (match version)',
    status: 412,
    code: 'resource.changed',
    arrange: async () => {
      const world = await proposals(1);
      const [match] = world.matchIds as [string];
      const tag = await etag(world.employerUser, `/v1/matches/${match}`);
      return {
        send: () => accept(world.employerUser, match, tag),
        interfere: () =>
          patch(world.employerUser, `/v1/matches/${match}`, { status: 'declined', reason: 'Inte nu.' }),
      };
    },
  },
  {
    name: 'accepting at an employer paused meanwhile (employer check)',
    status: 409,
    code: 'employer.not_active',
    arrange: async () => {
      const world = await proposals(1);
      const [match] = world.matchIds as [string];
      const tag = await etag(world.employerUser, `/v1/matches/${match}`);
      return {
        send: () => accept(world.employerUser, match, tag),
        interfere: () => patch(world.coach, `/v1/employers/${world.employerId}`, { status: 'paused' }),
      };
    },
  },
  {
    name: 'proposing the pair proposed meanwhile (live-proposal guard)',
    status: 409,
    code: 'match.already_proposed',
    arrange: async () => {
      const world = await proposals(0, 3);
      const participantId: string = (
        await call(world.coach, 'POST', '/v1/participants', { body: participantBody() })
      ).json.id;
      const body = { participantId, placementId: world.placementId, consentToShare: true };
      return {
        send: () => call(world.coach, 'POST', '/v1/matches', { body }),
        interfere: () => call(world.coach, 'POST', '/v1/matches', { body }),
      };
    },
  },
  {
    name: 'saving an employer changed meanwhile (stale If-Match version)',
    status: 412,
    code: 'resource.changed',
    arrange: async () => {
      const { coach, employerId } = await verifiedEmployer(newTenant());
      const tag = await etag(coach, `/v1/employers/${employerId}`);
      return {
        send: () =>
          call(coach, 'PATCH', `/v1/employers/${employerId}`, {
            body: { name: 'Först AB' },
            headers: { 'if-match': tag },
          }),
        interfere: () => patch(coach, `/v1/employers/${employerId}`, { name: 'Hann före AB' }),
      };
    },
  },
  {
    name: 'registering an org number registered meanwhile (uniqueness guard)',
    status: 409,
    code: 'employer.org_number_taken',
    arrange: async () => {
      const coach = await caller(newTenant(), 'coach');
      const body = employerBody();
      return {
        send: () => call(coach, 'POST', '/v1/employers', { body }),
        interfere: () => call(coach, 'POST', '/v1/employers', { body: { ...body, name: 'Tvilling AB' } }),
      };
    },
  },
  {
    name: 'signing up with an e-mail address signed up meanwhile (sign-up guard)',
    status: 409,
    code: 'signup.duplicate',
    arrange: async () => {
      const coach = await caller(newTenant(), 'coach');
      const event = await createdEvent(coach);
      const path = `/v1/public/${coach.tenant}/events/${event.id}/signups`;
      const person = publicSignup();
      return {
        send: () =>
          call(undefined, 'POST', path, { body: person, headers: { 'x-forwarded-for': '192.0.2.1' } }),
        interfere: () =>
          call(undefined, 'POST', path, {
            body: { ...person, name: 'Samma Adress' },
            headers: { 'x-forwarded-for': '192.0.2.2' },
          }),
      };
    },
  },
  {
    name: 'signing up for an event cancelled meanwhile (event condition)',
    status: 409,
    code: 'event.signup_closed',
    arrange: async () => {
      const coach = await caller(newTenant(), 'coach');
      const event = await createdEvent(coach);
      const path = `/v1/public/${coach.tenant}/events/${event.id}/signups`;
      return {
        send: () =>
          call(undefined, 'POST', path, {
            body: publicSignup(),
            headers: { 'x-forwarded-for': '192.0.2.3' },
          }),
        interfere: () => patch(coach, `/v1/events/${event.id}`, { status: 'cancelled' }),
      };
    },
  },
  {
    name: 'accepting an invitation accepted meanwhile (invitation status)',
    status: 409,
    code: 'invitation.used',
    arrange: async () => {
      const { employerUser, employerId } = await verifiedEmployer(newTenant());
      const token = await invite(employerUser, employerId, `dubbel-${Date.now()}@test.example`);
      return {
        send: () => call(undefined, 'POST', `/v1/invitations/${token}/accept`),
        interfere: () => call(undefined, 'POST', `/v1/invitations/${token}/accept`),
      };
    },
  },
  {
    name: 'wanting a placement closed meanwhile (placement condition)',
    status: 409,
    code: 'interest.placement_not_open',
    arrange: async () => {
      const world = await proposals(0, 2);
      const participantId: string = (
        await call(world.coach, 'POST', '/v1/participants', { body: participantBody() })
      ).json.id;
      return {
        send: () =>
          call(world.coach, 'PUT', `/v1/participants/${participantId}/interests/${world.placementId}`),
        interfere: () =>
          patch(world.employerUser, `/v1/placements/${world.placementId}`, { status: 'closed' }),
      };
    },
  },
];

describe('a conditioned write refused by the table answers its coded problem', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const { send, interfere } = await entry.arrange();
    let interfered: Awaited<ReturnType<typeof call>> | undefined;
    faulty.handler.interfereBeforeNextWrite(async () => {
      interfered = (await interfere()) as Awaited<ReturnType<typeof call>>;
    });
    const response = await send();
    expect(interfered?.status, `the interfering request went through: ${interfered?.text}`).toBeLessThan(300);
    expect(response.status, response.text).toBe(entry.status);
    expect(String(response.json?.type)).toMatch(new RegExp(`/${entry.code.replace('.', '\\.')}$`));
  });
});
