// Nothing a person told us, nor a link token, reaches the logs: every line the
// Powertools logger writes (the access line included, as the Lambda writes it) is
// captured during a whole journey through the API and searched for each secret.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '#api/app';
import { logger } from '#api/powertools';
import { createdEvent } from './support/events.ts';
import { installFaultyDynamo } from './support/faulty-dynamo.ts';
import {
  caller,
  directory,
  employerBody,
  issuer,
  newTenant,
  outbox,
  participantBody,
  placementBody,
} from './support/harness.ts';
import { today } from './support/write-routes.ts';

// The app as the Lambda builds it: its access lines go through the logger.
const app = createApp({
  verifyToken: issuer.verifyToken,
  cursorSecret: async () => 'test-cursor-secret',
  mailer: outbox,
  directory,
  webUrl: 'https://bryggan.test',
  accessLog: (line) => logger.info('access', { ...line }),
});

const captured: string[] = [];
const capture = (chunk: unknown) => {
  captured.push(String(chunk));
  return true;
};

beforeAll(() => {
  logger.setLogLevel('DEBUG');
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      captured.push(args.map(String).join(' '));
    });
  }
});
afterAll(() => {
  vi.restoreAllMocks();
  logger.setLogLevel('SILENT');
});

type Who = { token: string } | undefined;

async function send(
  who: Who,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await app.request(path, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(who ? { authorization: `Bearer ${who.token}` } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

async function created(who: Who, path: string, body: unknown) {
  const response = await send(who, 'POST', path, body);
  expect(response.status, `${path}: ${JSON.stringify(response.json)}`).toBe(201);
  return response.json;
}

const secrets = {
  employerContactName: 'Kontaktina Hemligsdotter',
  employerContactPhone: '040-7771234',
  employerContactEmail: 'kontaktina.hemlig@foretaget.example',
  participantFirstName: 'Deltagarina',
  participantLastName: 'Sekretessdotter',
  participantGoal: 'Jag vill baka surdegsbröd i Kivik',
  transitionNote: 'Stegets anteckning om Kivikresan',
  matchNote: 'Matchningens anteckning om bagarlärlingen',
  signupName: 'Anmälda Privatsson',
  signupEmail: 'anmalda.privat@hemma.example',
  signupPhone: '070-5551234',
  callNote: 'Samtalet handlade om hemliga schemat på bageriet',
  requestMessage: 'Ring mig om bagerilärlingen',
  inviteeName: 'Inbjudna Tystlåtensson',
  inviteeEmail: 'inbjudna.tyst@foretaget.example',
} as const;

describe('the logs of a whole journey', () => {
  it('carry no names, e-mail addresses, phone numbers, notes or link tokens', async () => {
    const tenant = newTenant();
    const coach = await caller(tenant, 'coach');
    const owner = await caller(tenant, 'employer');
    const tokens: string[] = [];

    const employer = await created(owner, '/v1/employers', {
      ...employerBody(),
      contact: {
        name: secrets.employerContactName,
        phone: secrets.employerContactPhone,
        email: secrets.employerContactEmail,
      },
    });
    expect((await send(coach, 'POST', `/v1/employers/${employer.id}/verify`)).status).toBe(200);
    const placement = await created(
      owner,
      `/v1/employers/${employer.id}/placements`,
      placementBody({ status: 'open' }),
    );
    const participant = await created(coach, '/v1/participants', {
      ...participantBody({ firstName: secrets.participantFirstName, lastName: secrets.participantLastName }),
      goal: secrets.participantGoal,
    });
    await created(coach, `/v1/participants/${participant.id}/transitions`, {
      to: 'learning_placement',
      date: today(),
      note: secrets.transitionNote,
    });
    const match = await created(coach, '/v1/matches', {
      participantId: participant.id,
      placementId: placement.id,
      consentToShare: true,
      note: secrets.matchNote,
    });
    const read = await send(owner, 'GET', `/v1/matches/${match.id}`);
    const accepted = await send(
      owner,
      'PATCH',
      `/v1/matches/${match.id}`,
      { status: 'accepted' },
      { 'if-match': read.headers.get('etag') ?? '' },
    );
    expect(accepted.status).toBe(200);

    const event = await createdEvent(coach);
    const signup = await send(
      undefined,
      'POST',
      `/v1/public/${tenant}/events/${event.id}/signups`,
      { name: secrets.signupName, email: secrets.signupEmail, phone: secrets.signupPhone },
      { 'x-forwarded-for': '192.0.2.77' },
    );
    expect(signup.status).toBe(201);
    tokens.push(signup.json.cancelToken);
    expect(
      (await send(undefined, 'DELETE', `/v1/public/signups/${signup.json.cancelToken}`)).status,
    ).toBeLessThan(300);

    await created(coach, '/v1/support-calls', {
      employerId: employer.id,
      participantId: participant.id,
      kind: 'call_to_employer',
      topics: ['schedule'],
      note: secrets.callNote,
      durationMinutes: 15,
    });
    await created(owner, '/v1/support-requests', {
      topic: 'tasks',
      message: secrets.requestMessage,
      urgent: false,
    });

    await created(owner, `/v1/employers/${employer.id}/invitations`, {
      name: secrets.inviteeName,
      email: secrets.inviteeEmail,
    });
    const mail = outbox.list().find((sent) => sent.to === secrets.inviteeEmail);
    const invitation = mail?.text.match(/\/inbjudan\/(\S+)/)?.[1] ?? '';
    expect(invitation).not.toBe('');
    tokens.push(invitation);
    expect((await send(undefined, 'GET', `/v1/invitations/${invitation}`)).status).toBe(200);
    expect((await send(undefined, 'POST', `/v1/invitations/${invitation}/accept`)).status).toBe(200);
    // Used again (409) and a made-up one (404): refusals log too.
    expect((await send(undefined, 'POST', `/v1/invitations/${invitation}/accept`)).status).toBe(409);

    // A failure that is logged with its error: the store throttles past the SDK's retries.
    const faulty = installFaultyDynamo();
    faulty.handler.failWith('throttle');
    expect((await send(coach, 'GET', `/v1/participants/${participant.id}`)).status).toBe(503);
    faulty.uninstall();

    const log = captured.join('\n');
    // The capture works: every request left its access line, with the ids that are not secret.
    expect(log).toContain('"message":"access"');
    expect(log).toContain(match.id);
    expect(log).toContain('/v1/invitations/[token]/accept');
    expect(log).toContain('Store busy');
    for (const [what, secret] of Object.entries(secrets)) {
      expect(log.includes(secret), `${what} ("${secret}") is in the log`).toBe(false);
    }
    for (const token of tokens) {
      const secretPart = token.split('.')[1] ?? token;
      expect(log.includes(secretPart), `a link token is in the log: ${token}`).toBe(false);
    }
    expect(log.includes(coach.token), 'a bearer token is in the log').toBe(false);
  });
});
