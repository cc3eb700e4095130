import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#api/app';
import type { AppEnv } from '#api/env';
import { HttpProblem } from '#api/errors';
import { problemResponse } from '#api/problem-response';
import { BusyError } from '#shared/db/transact';
import { swedishDate } from '#shared/domain/calendar';
import { type ProblemCode, problemCatalogue } from '#shared/messages/problems';
import { createDevIssuer } from '../../functions/local/dev-issuer.ts';
import { devRoutes } from '../../functions/local/dev-routes.ts';
import { localJobs } from '../../functions/local/scheduled-jobs.ts';
import { useCompensation } from './support/compensation.ts';
import { createdEvent, eventBody, publicSignup } from './support/events.ts';
import {
  app,
  type Caller,
  call,
  caller,
  callerAsIs,
  directory,
  employerBody,
  newTenant,
  outbox,
  participantBody,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';
import { expireInvitation, invite } from './support/invitations.ts';
import { expectProblemInLanguage } from './support/problem-language.ts';

const tenant = newTenant();
const en = { 'accept-language': 'en' };
let coach: Caller;
let employerUser: Caller;
let employerId: string;

beforeAll(async () => {
  ({ coach, employerUser, employerId } = await verifiedEmployer(tenant));
});

type Answer = Awaited<ReturnType<typeof call>>;
type Init = NonNullable<Parameters<typeof call>[3]>;

/** A call in English. */
const ask = (who: Caller | undefined, method: string, path: string, init: Init = {}) =>
  call(who, method, path, { ...init, headers: { ...en, ...init.headers } });

async function placement(overrides = {}) {
  const created = await call(employerUser, 'POST', `/v1/employers/${employerId}/placements`, {
    body: placementBody({ status: 'open', ...overrides }),
  });
  return created.json as { id: string; version: number };
}

const participant = async (overrides = {}) =>
  (await call(coach, 'POST', '/v1/participants', { body: participantBody(overrides) })).json as {
    id: string;
    version: number;
  };

async function proposal(placementOverrides = {}) {
  const place = await placement(placementOverrides);
  const person = await participant();
  const created = await call(coach, 'POST', '/v1/matches', {
    body: { participantId: person.id, placementId: place.id, consentToShare: true },
  });
  return { place, person, match: created.json as { id: string; version: number } };
}

const patchMatch = (who: Caller, match: { id: string; version: number }, body: object) =>
  ask(who, 'PATCH', `/v1/matches/${match.id}`, { body, headers: { 'if-match': `"v${match.version}"` } });

async function accepted() {
  const { place, match } = await proposal();
  const answer = await patchMatch(employerUser, match, { status: 'accepted' });
  return { place, match: answer.json as { id: string; version: number } };
}

/** A participant who got a job directly (no match), with a support period. */
async function employed() {
  const person = await participant();
  await call(coach, 'POST', `/v1/participants/${person.id}/transitions`, {
    body: {
      to: 'employed',
      date: swedishDate(new Date()),
      employment: { employerId, kind: 'wage_subsidy' },
    },
  });
  return person;
}

/** Problems no request can bring about on demand (faults, races, local-only routes): thrown into the same renderer. */
async function rendered(error: unknown): Promise<Answer> {
  const faulty = new Hono<AppEnv>().get('/fault', () => {
    throw error;
  });
  faulty.onError(problemResponse);
  const response = await faulty.request('/fault', { headers: en });
  return { status: response.status, headers: response.headers, json: await response.json(), text: '' };
}

/**
 * How to bring about each problem in the catalogue. Keyed by every code, so a code
 * added to the catalogue does not compile here until it has a way to be asked in English.
 */
const recipes: Record<ProblemCode, () => Promise<Answer>> = {
  'request.invalid': () =>
    ask(coach, 'POST', '/v1/participants', { body: { firstName: '', birthYear: 1.5 } }),
  'request.bad': () => rendered(new HTTPException(400)),
  'body.not_utf8': async () => {
    const response = await app.request('/v1/employers', {
      method: 'POST',
      headers: { ...en, authorization: `Bearer ${coach.token}`, 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    return { status: response.status, headers: response.headers, json: await response.json(), text: '' };
  },
  'body.not_json': () =>
    ask(coach, 'POST', '/v1/employers', { rawBody: '{', headers: { 'content-type': 'application/json' } }),
  'text.disallowed_character': () =>
    ask(coach, 'POST', '/v1/employers', { body: employerBody({ name: 'Bolaget\u202eAB' }) }),
  'idempotency.key_invalid': () =>
    ask(coach, 'POST', '/v1/employers', {
      body: employerBody(),
      headers: { 'idempotency-key': 'not a key!' },
    }),
  'cursor.invalid': () => ask(coach, 'GET', '/v1/employers?cursor=forged'),
  'matches.filter_required': () => ask(coach, 'GET', '/v1/matches'),
  'sector.unknown': () =>
    ask(coach, 'POST', '/v1/employers', { body: employerBody({ sectors: ['space_travel'] }) }),
  'participant.coach_unknown': () =>
    ask(coach, 'POST', '/v1/participants', { body: participantBody({ coachId: 'nobody-here' }) }),
  'match.references_missing': () =>
    ask(coach, 'POST', '/v1/matches', {
      body: { participantId: ulid(), placementId: ulid(), consentToShare: false },
    }),
  'match.field_not_allowed': async () =>
    patchMatch(coach, (await proposal()).match, { status: 'cancelled', outcome: 'employed' }),
  'match.nothing_to_change': async () =>
    patchMatch(coach, (await proposal()).match, { reason: 'Bara en rad' }),
  'match.start_date_out_of_range': async () =>
    patchMatch(coach, (await accepted()).match, { status: 'started', startDate: '2099-01-01' }),
  'match.field_required': async () => patchMatch(coach, (await accepted()).match, { status: 'started' }),
  'match.answer_date_out_of_range': async () =>
    patchMatch(coach, (await proposal()).match, {
      status: 'accepted',
      onBehalf: { channel: 'phone', person: 'Johan Berg', date: '2020-01-01' },
    }),
  'pathway.date_too_far_ahead': async () =>
    ask(coach, 'POST', `/v1/participants/${(await participant()).id}/transitions`, {
      body: { to: 'learning_placement', date: '2099-01-01', note: 'Nästa steg' },
    }),
  'auth.required': () => ask(undefined, 'GET', '/v1/employers'),
  'auth.token_invalid': () =>
    ask(undefined, 'GET', '/v1/employers', { headers: { authorization: 'Bearer nonsense' } }),
  'auth.tenant_unknown': async () => ask(await callerAsIs(newTenant(), 'coach'), 'GET', '/v1/employers'),
  'role.not_allowed': () => ask(employerUser, 'GET', '/v1/participants'),
  'employer.status_by_staff_only': async () => {
    const current = await call(employerUser, 'GET', `/v1/employers/${employerId}`);
    return ask(employerUser, 'PATCH', `/v1/employers/${employerId}`, {
      body: { status: 'paused' },
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
  },
  'match.step_not_yours': async () => {
    const started = await patchMatch(coach, (await accepted()).match, {
      status: 'started',
      startDate: '2027-02-01',
    });
    return patchMatch(employerUser, started.json, { status: 'completed', outcome: 'employed' });
  },
  'match.consent_by_staff_only': async () =>
    patchMatch(employerUser, (await proposal()).match, { consentToShare: false }),
  'route.not_found': () => ask(coach, 'GET', '/v1/no-such-thing'),
  'employer.not_found': () => ask(coach, 'GET', `/v1/employers/${ulid()}`),
  'placement.not_found': () => ask(coach, 'GET', `/v1/placements/${ulid()}`),
  'participant.not_found': () => ask(coach, 'GET', `/v1/participants/${ulid()}`),
  'match.not_found': () => ask(coach, 'GET', `/v1/matches/${ulid()}`),
  'invitation.not_found': () => ask(undefined, 'POST', `/v1/invitations/${tenant}.${'x'.repeat(43)}/accept`),
  'employer_user.not_found': () => ask(coach, 'DELETE', `/v1/employers/${employerId}/users/nobody`),
  'employer_user.self': () =>
    ask(employerUser, 'DELETE', `/v1/employers/${employerId}/users/${employerUser.userId}`),
  'invitation.used': async () => {
    const token = await invite(coach, employerId, `used-${ulid()}@test.example`);
    await call(undefined, 'POST', `/v1/invitations/${token}/accept`);
    return ask(undefined, 'POST', `/v1/invitations/${token}/accept`);
  },
  'invitation.user_elsewhere': async () => {
    const email = `elsewhere-${ulid()}@test.example`;
    const otherTenant = newTenant();
    const otherCoach = await caller(otherTenant, 'coach');
    const other = await call(otherCoach, 'POST', '/v1/employers', { body: employerBody() });
    await call(undefined, 'POST', `/v1/invitations/${await invite(otherCoach, other.json.id, email)}/accept`);
    return ask(undefined, 'POST', `/v1/invitations/${await invite(coach, employerId, email)}/accept`);
  },
  'invitation.expired': async () => {
    const token = await invite(coach, employerId, `late-${ulid()}@test.example`);
    await expireInvitation(token);
    return ask(undefined, 'POST', `/v1/invitations/${token}/accept`);
  },
  'tenant.not_found': () => ask(undefined, 'GET', `/v1/public/${newTenant()}`),
  'demo_user.not_found': async () => {
    const response = await devRoutes(
      await createDevIssuer(),
      {
        outbox,
        accounts: directory,
      },
      localJobs([], { mailer: outbox }),
    ).request('/token', {
      method: 'POST',
      headers: { ...en, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'nobody' }),
    });
    return { status: response.status, headers: response.headers, json: await response.json(), text: '' };
  },
  'employer.org_number_taken': async () => {
    const body = employerBody();
    await call(coach, 'POST', '/v1/employers', { body });
    return ask(coach, 'POST', '/v1/employers', { body });
  },
  'employer.already_registered': () => ask(employerUser, 'POST', '/v1/employers', { body: employerBody() }),
  'employer.pending': async () => {
    const owner = await caller(tenant, 'employer');
    const pending = await call(owner, 'POST', '/v1/employers', { body: employerBody() });
    return ask(coach, 'PATCH', `/v1/employers/${pending.json.id}`, {
      body: { status: 'paused' },
      headers: { 'if-match': pending.headers.get('etag') ?? '' },
    });
  },
  'employer.already_verified': () => ask(coach, 'POST', `/v1/employers/${employerId}/verify`),
  'employer.changed': () => rendered(new HttpProblem('employer.changed')),
  'placement.employer_not_verified': async () => {
    const owner = await caller(tenant, 'employer');
    const pending = await call(owner, 'POST', '/v1/employers', { body: employerBody() });
    return ask(owner, 'POST', `/v1/employers/${pending.json.id}/placements`, {
      body: placementBody({ status: 'open' }),
    });
  },
  'employer.not_active': async () => {
    const other = await call(coach, 'POST', '/v1/employers', { body: employerBody() });
    const place = await call(coach, 'POST', `/v1/employers/${other.json.id}/placements`, {
      body: placementBody({ status: 'open' }),
    });
    await call(coach, 'PATCH', `/v1/employers/${other.json.id}`, {
      body: { status: 'paused' },
      headers: { 'if-match': other.headers.get('etag') ?? '' },
    });
    const person = await participant();
    return ask(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: place.json.id, consentToShare: false },
    });
  },
  'match.no_free_seat': async () => {
    const { place, match } = await proposal({ seats: 1 });
    const person = await participant();
    const second = await call(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: place.id, consentToShare: false },
    });
    await patchMatch(employerUser, match, { status: 'accepted' });
    return patchMatch(employerUser, second.json, { status: 'accepted' });
  },
  'match.already_proposed': async () => {
    const { place, person } = await proposal();
    return ask(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: place.id, consentToShare: false },
    });
  },
  'participant.changed': () => rendered(new HttpProblem('participant.changed')),
  'placement.changed': () => rendered(new HttpProblem('placement.changed')),
  'match.stage_not_eligible': async () => {
    const place = await placement({ kind: 'learning_placement' });
    const person = await participant({ stage: 'group_activity' });
    return ask(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: place.id, consentToShare: false },
    });
  },
  'placement.kind_locked': async () => {
    const { place } = await accepted();
    const current = await call(coach, 'GET', `/v1/placements/${place.id}`);
    return ask(coach, 'PATCH', `/v1/placements/${place.id}`, {
      body: { kind: 'company_group' },
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
  },
  'participant.gone': () => rendered(new HttpProblem('participant.gone')),
  'participant.erased': async () => {
    const admin = await caller(tenant, 'admin');
    const person = await participant();
    await ask(admin, 'DELETE', `/v1/participants/${person.id}`, { body: { reason: 'registered_in_error' } });
    return ask(coach, 'GET', `/v1/participants/${person.id}`);
  },
  'idempotency.in_progress': () => rendered(new HttpProblem('idempotency.in_progress')),
  'resource.changed': async () => {
    const person = await participant();
    return ask(coach, 'PATCH', `/v1/participants/${person.id}`, {
      body: { goal: 'Nytt mål' },
      headers: { 'if-match': '"v99"' },
    });
  },
  'body.too_large': () =>
    ask(coach, 'POST', '/v1/employers', { body: employerBody({ name: 'x'.repeat(70_000) }) }),
  'body.media_type': () =>
    ask(coach, 'POST', '/v1/employers', { rawBody: 'name=x', headers: { 'content-type': 'text/plain' } }),
  'if_match.required': async () =>
    ask(coach, 'PATCH', `/v1/participants/${(await participant()).id}`, { body: { goal: 'Nytt mål' } }),
  'idempotency.key_reused': async () => {
    const headers = { 'idempotency-key': ulid() };
    await call(coach, 'POST', '/v1/employers', { body: employerBody(), headers });
    return ask(coach, 'POST', '/v1/employers', { body: employerBody(), headers });
  },
  'match.step_not_allowed': async () =>
    patchMatch(coach, (await proposal()).match, { status: 'completed', outcome: 'employed' }),
  'match.does_not_fit': async () => {
    const place = await placement({ maxSupportLevel: 1 });
    const person = await participant({ supportLevel: 4 });
    return ask(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: place.id, consentToShare: false },
    });
  },
  'pathway.step_not_allowed': async () =>
    ask(coach, 'POST', `/v1/participants/${(await participant()).id}/transitions`, {
      body: { to: 'prework', date: '2026-01-10', note: 'Samma steg' },
    }),
  'pathway.date_before_previous_step': async () =>
    ask(coach, 'POST', `/v1/participants/${(await participant()).id}/transitions`, {
      body: { to: 'learning_placement', date: '1950-01-01', note: 'Nästa steg' },
    }),
  'tenant.no_sector': async () => {
    const admin = await caller(tenant, 'admin');
    const current = await call(admin, 'GET', '/v1/tenant');
    const everyOff = current.json.sectors.map((sector: { id: string }) => ({
      id: sector.id,
      enabled: false,
    }));
    return ask(admin, 'PATCH', '/v1/tenant', {
      body: { sectors: everyOff },
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
  },
  'placement.seats_below_taken': async () => {
    const { place, match } = await proposal({ seats: 2 });
    const person = await participant();
    const second = await call(coach, 'POST', '/v1/matches', {
      body: { participantId: person.id, placementId: place.id, consentToShare: false },
    });
    await patchMatch(employerUser, match, { status: 'accepted' });
    await patchMatch(employerUser, second.json, { status: 'accepted' });
    const full = await call(coach, 'GET', `/v1/placements/${place.id}`);
    return ask(coach, 'PATCH', `/v1/placements/${place.id}`, {
      body: { seats: 1 },
      headers: { 'if-match': full.headers.get('etag') ?? '' },
    });
  },
  'placement.status_move_not_allowed': async () => {
    const place = await placement();
    return ask(employerUser, 'PATCH', `/v1/placements/${place.id}`, {
      body: { status: 'draft' },
      headers: { 'if-match': `"v${place.version}"` },
    });
  },
  // Events and sign-ups.
  'event.not_found': () => ask(coach, 'GET', `/v1/events/${ulid()}`),
  'signup.not_found': () => ask(undefined, 'DELETE', `/v1/public/signups/${tenant}.${'A'.repeat(43)}`),
  'signup.participant_missing': async () =>
    ask(coach, 'POST', `/v1/events/${(await createdEvent(coach)).id}/signups`, {
      body: { participantId: ulid() },
    }),
  'signup.event_missing': () =>
    ask(employerUser, 'POST', `/v1/employers/${employerId}/event-signups`, {
      body: { eventId: ulid(), name: 'Ola Arbetsgivare', email: 'ola@test.example' },
    }),
  'event.not_published': async () =>
    ask(
      undefined,
      'POST',
      `/v1/public/${tenant}/events/${(await createdEvent(coach, { status: 'draft' })).id}/signups`,
      {
        body: publicSignup(),
      },
    ),
  'event.cancelled': async () => {
    const event = await createdEvent(coach);
    await call(coach, 'PATCH', `/v1/events/${event.id}`, {
      body: { status: 'cancelled' },
      headers: { 'if-match': '"v1"' },
    });
    return ask(undefined, 'POST', `/v1/public/${tenant}/events/${event.id}/signups`, {
      body: publicSignup(),
    });
  },
  'event.signup_closed': async () => {
    const event = await createdEvent(coach, { signupDeadline: new Date(Date.now() - 60_000).toISOString() });
    return ask(undefined, 'POST', `/v1/public/${tenant}/events/${event.id}/signups`, {
      body: publicSignup(),
    });
  },
  'signup.duplicate': async () => {
    const event = await createdEvent(coach);
    const body = publicSignup();
    await call(undefined, 'POST', `/v1/public/${tenant}/events/${event.id}/signups`, { body });
    return ask(undefined, 'POST', `/v1/public/${tenant}/events/${event.id}/signups`, { body });
  },
  'signup.kind_not_offered': async () => {
    const event = await createdEvent(coach, { kind: 'kompetenspass', seats: { participant: 5 } });
    return ask(undefined, 'POST', `/v1/public/${tenant}/events/${event.id}/signups`, {
      body: publicSignup({ kind: 'employer', organisation: 'Bolaget AB' }),
    });
  },
  'signup.status_move_not_allowed': async () => {
    const event = await createdEvent(coach);
    const signup = await call(coach, 'POST', `/v1/events/${event.id}/signups`, {
      body: { name: 'Kim Kommer', walkIn: true },
    });
    return ask(coach, 'PATCH', `/v1/events/${event.id}/signups/${signup.json.id}`, {
      body: { status: 'waitlisted' },
      headers: { 'if-match': '"v1"' },
    });
  },
  'event.status_move_not_allowed': async () =>
    ask(coach, 'PATCH', `/v1/events/${(await createdEvent(coach)).id}`, {
      body: { status: 'draft' },
      headers: { 'if-match': '"v1"' },
    }),
  'event.seats_below_taken': async () => {
    const event = await createdEvent(coach, { seats: { participant: 2 } });
    await call(undefined, 'POST', `/v1/public/${tenant}/events/${event.id}/signups`, {
      body: publicSignup({ companions: [{ name: 'Stöd Person' }] }),
    });
    return ask(coach, 'PATCH', `/v1/events/${event.id}`, {
      body: { seats: { participant: 1 } },
      headers: { 'if-match': '"v1"' },
    });
  },
  'event.deadline_after_start': async () => {
    const body = eventBody();
    const event = await createdEvent(coach, body);
    return ask(coach, 'PATCH', `/v1/events/${event.id}`, {
      body: { signupDeadline: new Date(Date.parse(body.sessions[0]!.startsAt) + 60_000).toISOString() },
      headers: { 'if-match': '"v1"' },
    });
  },
  'signup.rate_limited': async () => {
    const event = await createdEvent(coach, { seats: { participant: 50 } });
    const path = `/v1/public/${tenant}/events/${event.id}/signups`;
    for (let i = 0; i < 10; i++) await call(undefined, 'POST', path, { body: publicSignup() });
    return ask(undefined, 'POST', path, { body: publicSignup() });
  },
  'support.references_missing': () =>
    ask(coach, 'POST', '/v1/support-calls', {
      body: { employerId: ulid(), kind: 'visit', topics: ['tasks'], durationMinutes: 20 },
    }),
  'support_call.not_found': () =>
    ask(coach, 'PATCH', `/v1/support-calls/${ulid()}`, {
      body: { durationMinutes: 5 },
      headers: { 'if-match': '"v1"' },
    }),
  'support_request.not_found': () => ask(employerUser, 'GET', `/v1/support-requests/${ulid()}`),
  'employment.not_found': async () =>
    ask(coach, 'POST', `/v1/participants/${(await participant()).id}/support-renewal`, { body: {} }),
  // The tenant's support is the default here: 12 months, not renewable.
  'support_period.not_renewable': async () =>
    ask(coach, 'POST', `/v1/participants/${(await employed()).id}/support-renewal`, { body: {} }),
  // Thirty more months would pass the 12-month cap whatever the tenant's setting.
  // Issue 13: a provider from a day before the participant's previous one began.
  'provision.date_before_previous': async () => {
    await useCompensation(await caller(tenant, 'admin'));
    const person = await participant();
    const path = `/v1/participants/${person.id}/provisions`;
    const body = { providerId: 'kommunal', supportLevel: 2, schedule: 'fullDay' };
    await call(coach, 'POST', path, { body: { ...body, from: '2026-03-01' } });
    return ask(coach, 'POST', path, { body: { ...body, from: '2026-02-01' } });
  },
  'support_period.beyond_cap': async () => {
    const admin = await caller(tenant, 'admin');
    const current = await call(admin, 'GET', '/v1/tenant');
    await call(admin, 'PATCH', '/v1/tenant', {
      body: {
        supportAfterHire: {
          name: { sv: 'Förlängt stöd', en: 'Extended support' },
          months: 6,
          renewableOnce: true,
          maxMonths: 12,
        },
      },
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
    const person = await employed();
    const answer = await ask(coach, 'POST', `/v1/participants/${person.id}/support-renewal`, {
      body: { months: 30 },
    });
    const again = await call(admin, 'GET', '/v1/tenant');
    await call(admin, 'PATCH', '/v1/tenant', {
      body: {
        supportAfterHire: {
          name: { sv: 'Stöd vid arbete', en: 'Support at work' },
          months: 12,
          renewableOnce: false,
        },
      },
      headers: { 'if-match': again.headers.get('etag') ?? '' },
    });
    return answer;
  },
  // A draft placement cannot be wanted yet (issue 12).
  'interest.placement_not_open': async () => {
    const [person, draft] = await Promise.all([participant(), placement({ status: 'draft' })]);
    return ask(coach, 'PUT', `/v1/participants/${person.id}/interests/${draft.id}`);
  },
  'server.error': () => rendered(new Error('a fault')),
  'service.busy': () => rendered(new BusyError()),
  // Issue 15: the API behind CloudFront refuses a request without CloudFront's origin header.
  'origin.not_allowed': async () => {
    const guarded = createApp({
      verifyToken: async () => {
        throw new Error('not reached');
      },
      cursorSecret: async () => 'unused',
      mailer: outbox,
      directory,
      originSecret: async () => 'the-origin-secret',
    });
    const response = await guarded.request('/v1/health', { headers: en });
    return { status: response.status, headers: response.headers, json: await response.json(), text: '' };
  },
  // Issue 14: provoking it takes 1,025 seats (tests/integration/matches.test.ts does).
  'matching.batch_too_large': () => rendered(new HttpProblem('matching.batch_too_large')),
};

describe('every problem, asked for in English', () => {
  for (const [code, recipe] of Object.entries(recipes)) {
    it(`${code} is said in English only`, async () => {
      const answer = await recipe();
      expect(answer.json.type, JSON.stringify(answer.json)).toBe(`https://bryggan.se/problems/${code}`);
      expect(answer.status).toBe(problemCatalogue[code as ProblemCode].status);
      expectProblemInLanguage(answer, 'en', code);
    });
  }
});

describe('choosing the language', () => {
  const asked = async (acceptLanguage: string | undefined) => {
    const answer = await call(coach, 'GET', `/v1/employers/${ulid()}`, {
      headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
    });
    return answer.headers.get('content-language');
  };

  it('speaks Swedish unless English is preferred, and says it varies by language', async () => {
    expect(await asked('en-GB,en;q=0.9')).toBe('en');
    expect(await asked('de, en;q=0.5')).toBe('en');
    expect(await asked('sv;q=0.1, en;q=0.9')).toBe('en');
    expect(await asked('en;q=0.2, sv')).toBe('sv');
    expect(await asked('fr')).toBe('sv');
    expect(await asked('*')).toBe('sv');
    const unasked = await app.request(`/v1/employers/${ulid()}`, {
      headers: { authorization: `Bearer ${coach.token}` },
    });
    expect(unasked.headers.get('content-language')).toBe('sv');
    expect(unasked.headers.get('vary')).toMatch(/accept-language/i);
  });
});
