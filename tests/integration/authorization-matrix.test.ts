import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AuditEntry } from '#shared/schemas/audit';
import { Employer } from '#shared/schemas/employer';
import { EmployerUser, Invitation } from '#shared/schemas/employer-user';
import { EmployerMatch, MatchCount } from '#shared/schemas/match';
import { defaultWeights } from '#shared/schemas/matching';
import { Placement } from '#shared/schemas/placement';
import { EmployerSignup, SignupReceipt } from '#shared/schemas/signup';
import { EmployerSupportRequest } from '#shared/schemas/support-request';
import { Vocabulary } from '#shared/schemas/vocabulary-list';
import { useCompensation } from './support/compensation.ts';
import { eventBody, publicSignup } from './support/events.ts';
import {
  app,
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  participantBody,
  placementBody,
} from './support/harness.ts';
import { deepStrict, strictList } from './support/strict.ts';

/*
 The authorization matrix: every route of the app × every kind of caller × objects
 of each owner, and every query parameter that names an object. The route list is
 read from the app itself, and the query parameters from the schemas the routes
 validate with, so a route or parameter added without an entry here fails.
*/

type Kind =
  | 'employer'
  | 'placement'
  | 'participant'
  | 'match'
  | 'event'
  | 'supportCall'
  | 'supportRequest'
  | 'erasable';
type Owner = 'A' | 'B' | 'T2';
type CallerName = 'anonymous' | 'employerA' | 'employerB' | 'noCompany' | 'coach1' | 'admin1' | 'coach2';

/**
 * public: anyone. signedIn: any signed-in user (what they see is their own).
 * staff: coaches and admins of the tenant. admin: admins only. owner: staff of
 * the tenant and the employer the object belongs to.
 */
type Access = 'public' | 'signedIn' | 'staff' | 'admin' | 'owner' | 'employer';

interface Objects {
  employer: string;
  placement: string;
  supportCall: string;
  supportRequest: string;
  participant: string;
  match: string;
  event: string;
  /** A second participant, for the erasure an admin may do (the first stays for the other routes). */
  erasable: string;
}

interface RouteSpec {
  access: Access;
  /** What the path's `:id` names. */
  object?: Kind;
  /** A valid body; it may name the owner's objects. */
  body?: (objects: Objects) => unknown;
  /** Query parameters that name an object, with the kind they name. */
  queryObjects?: Record<string, Kind | 'coach'>;
  /** The query a list needs to be asked at all (staff list matches of one placement or participant). */
  baseQuery?: (objects: Objects) => string;
  /** For a body naming another tenant's objects, a 2xx answer that shows nothing of them is also right. */
  showsNothingForeign?: (answer: Record<string, unknown[]>) => boolean;
  /** What an employer may receive from this route, parsed strictly (an allow-list). */
  employerView?: z.ZodType;
  /** Path parameters besides `:id`, for routes that name a second thing. */
  params?: Record<string, string>;
  /** Path parameters that name another of the owner's objects (`:placementId`). */
  paramsOf?: (objects: Objects) => Record<string, string>;
  /** Problem codes that are the route's own answer to an allowed caller (not a refusal of access). */
  allowedProblems?: string[];
  /** Whether a listed item belongs to what the caller may see. */
  belongs?: (item: Record<string, unknown>, who: World['callers'][CallerName] & object) => boolean;
}

const inTenant = (item: Record<string, unknown>, who: { tenant: string }) => item.tenant === who.tenant;

const specs: Record<string, RouteSpec> = {
  'GET /docs': { access: 'public' },
  'GET /v1/openapi.json': { access: 'public' },
  'GET /v1/health': { access: 'public' },
  // Names a municipality, not an object: anyone may learn that the caller's tenant exists.
  'GET /v1/public/:tenant': { access: 'public' },
  // Events and sign-ups (issue 10). Public routes name an event nobody has: its own 404 is the answer.
  'POST /v1/events': { access: 'staff', body: () => eventBody() },
  'GET /v1/events': { access: 'staff', belongs: inTenant },
  'GET /v1/events/:id': { access: 'staff', object: 'event' },
  'PATCH /v1/events/:id': { access: 'staff', object: 'event', body: () => ({ title: 'En ny rubrik' }) },
  'GET /v1/events/:id/signups': { access: 'staff', object: 'event', belongs: inTenant },
  'POST /v1/events/:id/signups': {
    access: 'staff',
    object: 'event',
    body: () => ({ name: 'Kim Kommer', walkIn: true }),
  },
  'PATCH /v1/events/:id/signups/:signupId': {
    access: 'staff',
    object: 'event',
    params: { signupId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    body: () => ({ status: 'attended' }),
    allowedProblems: ['signup.not_found'],
  },
  'POST /v1/employers/:id/event-signups': {
    access: 'owner',
    object: 'employer',
    body: (objects) => ({ eventId: objects.event, name: 'Ola Chef', email: `ola-${ulid()}@test.example` }),
    employerView: deepStrict(SignupReceipt),
  },
  'GET /v1/employers/:id/event-signups': {
    access: 'owner',
    object: 'employer',
    employerView: strictList(EmployerSignup),
  },
  'GET /v1/public/:tenant/events': { access: 'public' },
  'GET /v1/public/:tenant/events/:id': {
    access: 'public',
    params: { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    allowedProblems: ['event.not_found'],
  },
  'GET /v1/public/:tenant/events/:id/calendar.ics': {
    access: 'public',
    params: { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    allowedProblems: ['event.not_found'],
  },
  'POST /v1/public/:tenant/events/:id/signups': {
    access: 'public',
    params: { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    body: () => publicSignup(),
    allowedProblems: ['event.not_found'],
  },
  'DELETE /v1/public/signups/:cancelToken': {
    access: 'public',
    params: { cancelToken: `nowhere.${'0'.repeat(43)}` },
    allowedProblems: ['signup.not_found'],
  },
  'POST /v1/employers': {
    access: 'signedIn',
    body: () => employerBody(),
    employerView: deepStrict(Employer),
  },
  'GET /v1/employers': {
    access: 'signedIn',
    employerView: strictList(Employer),
    belongs: (item, who) => (who.employerId !== undefined ? item.id === who.employerId : inTenant(item, who)),
  },
  'GET /v1/employers/:id': { access: 'owner', object: 'employer', employerView: deepStrict(Employer) },
  'PATCH /v1/employers/:id': {
    access: 'owner',
    object: 'employer',
    body: () => ({ name: 'Nytt Namn AB' }),
    employerView: deepStrict(Employer),
  },
  'POST /v1/employers/:id/placements': {
    access: 'owner',
    object: 'employer',
    body: () => placementBody(),
    employerView: deepStrict(Placement),
  },
  'POST /v1/employers/:id/verify': { access: 'staff', object: 'employer' },
  'POST /v1/employers/:id/invitations': {
    access: 'owner',
    object: 'employer',
    body: () => ({ name: 'Ny Kollega', email: `colleague-${ulid()}@test.example` }),
    employerView: deepStrict(Invitation),
  },
  'GET /v1/employers/:id/invitations': {
    access: 'owner',
    object: 'employer',
    employerView: strictList(Invitation),
  },
  'GET /v1/employers/:id/users': {
    access: 'owner',
    object: 'employer',
    employerView: strictList(EmployerUser),
  },
  // Nobody in the matrix is a colleague to remove, so an allowed caller hears that the user is not a member.
  'DELETE /v1/employers/:id/users/:userId': {
    access: 'owner',
    object: 'employer',
    params: { userId: 'not-a-member' },
    allowedProblems: ['employer_user.not_found'],
  },
  'GET /v1/invitations/:token': {
    access: 'public',
    params: { token: 'nowhere.0000000000000000000000000000000000000000000' },
    allowedProblems: ['invitation.not_found'],
  },
  'POST /v1/invitations/:token/accept': {
    access: 'public',
    params: { token: 'nowhere.0000000000000000000000000000000000000000000' },
    allowedProblems: ['invitation.not_found'],
  },
  'GET /v1/placements': {
    access: 'signedIn',
    queryObjects: { employerId: 'employer' },
    employerView: strictList(Placement),
    belongs: (item, who) =>
      who.employerId !== undefined ? item.employerId === who.employerId : inTenant(item, who),
  },
  'GET /v1/placements/:id': { access: 'owner', object: 'placement', employerView: deepStrict(Placement) },
  'PATCH /v1/placements/:id': {
    access: 'owner',
    object: 'placement',
    body: () => ({ title: 'En ny rubrik' }),
    employerView: deepStrict(Placement),
  },
  'GET /v1/placements/:id/candidates': { access: 'staff', object: 'placement' },
  'POST /v1/participants': { access: 'staff', body: () => participantBody() },
  'GET /v1/participants': {
    access: 'staff',
    queryObjects: { coachId: 'coach' },
    belongs: inTenant,
  },
  'GET /v1/participants/:id': { access: 'staff', object: 'participant' },
  'PATCH /v1/participants/:id': {
    access: 'staff',
    object: 'participant',
    body: () => ({ goal: 'Jobba i butik' }),
  },
  // Participants' rights (issue 16): admins of the participant's tenant only.
  'GET /v1/participants/:id/export': { access: 'admin', object: 'participant' },
  'DELETE /v1/participants/:id': {
    access: 'admin',
    object: 'erasable',
    body: () => ({ reason: 'registered_in_error' }),
  },
  'GET /v1/participants/:id/matches': { access: 'staff', object: 'participant' },
  'GET /v1/participants/:id/transitions': { access: 'staff', object: 'participant' },
  'POST /v1/participants/:id/transitions': {
    access: 'staff',
    object: 'participant',
    // The stage the participant is already in: refused (422) by an allowed caller, so nothing moves.
    body: () => ({ to: 'prework', date: '2026-01-01' }),
  },
  'POST /v1/matches': {
    access: 'staff',
    body: (objects) => ({
      participantId: objects.participant,
      placementId: objects.placement,
      consentToShare: false,
    }),
  },
  'GET /v1/matches': {
    access: 'signedIn',
    queryObjects: { placementId: 'placement', participantId: 'participant' },
    baseQuery: (objects) => `?placementId=${objects.placement}`,
    employerView: strictList(EmployerMatch),
    belongs: (item, who) =>
      who.employerId !== undefined ? who.ownPlacements.has(String(item.placementId)) : inTenant(item, who),
  },
  'GET /v1/matches/:id': { access: 'owner', object: 'match', employerView: deepStrict(EmployerMatch) },
  'PATCH /v1/matches/:id': {
    access: 'owner',
    object: 'match',
    body: () => ({ status: 'declined' }),
    employerView: deepStrict(EmployerMatch),
  },
  'POST /v1/matching/batch': {
    access: 'staff',
    body: (objects) => ({ participantIds: [objects.participant], placementIds: [objects.placement] }),
    // A suggestion over the caller's own tenant: foreign ids match nothing.
    showsNothingForeign: (answer) =>
      answer.pairs?.length === 0 && answer.unassignedParticipantIds?.length === 0,
  },
  'GET /v1/users': { access: 'staff', belongs: inTenant },
  'GET /v1/users/me': { access: 'staff' },
  'PUT /v1/users/me/contact': { access: 'staff', body: () => ({ phone: '040-123 45 67' }) },
  'GET /v1/matches/count': { access: 'employer', employerView: deepStrict(MatchCount) },
  'GET /v1/audit': {
    access: 'admin',
    queryObjects: { subjectId: 'participant' },
    baseQuery: (objects) => `?subjectId=${objects.participant}`,
    belongs: (item, who) => inTenant(item, who) && AuditEntry.safeParse(item).success,
  },
  'GET /v1/vocabulary': { access: 'signedIn', employerView: deepStrict(Vocabulary) },
  'GET /v1/tenant': { access: 'staff' },
  // Support calls, "ring me" requests, employment and timelines (issue 11).
  'POST /v1/support-calls': {
    access: 'staff',
    body: (objects) => ({
      employerId: objects.employer,
      participantId: objects.participant,
      kind: 'visit',
      topics: ['tasks'],
      note: 'Anteckning',
      durationMinutes: 10,
    }),
  },
  'GET /v1/support-calls': {
    access: 'staff',
    queryObjects: { employerId: 'employer', participantId: 'participant' },
    baseQuery: (objects) => `?employerId=${objects.employer}`,
    belongs: inTenant,
  },
  'PATCH /v1/support-calls/:id': {
    access: 'staff',
    object: 'supportCall',
    body: () => ({ durationMinutes: 12 }),
  },
  // An employer asks for its own company; staff must name one (400), and so must an employer without one.
  'POST /v1/support-requests': {
    access: 'signedIn',
    body: () => ({ topic: 'tasks' }),
    employerView: deepStrict(EmployerSupportRequest),
  },
  'GET /v1/support-requests': {
    access: 'signedIn',
    queryObjects: { employerId: 'employer' },
    employerView: strictList(EmployerSupportRequest),
    belongs: (item, who) =>
      who.employerId !== undefined
        ? (['A', 'B', 'T2'] as const).every(
            (owner) =>
              world.objects[owner].employer === who.employerId ||
              world.objects[owner].supportRequest !== item.id,
          )
        : inTenant(item, who),
  },
  'GET /v1/support-requests/:id': {
    access: 'owner',
    object: 'supportRequest',
    employerView: deepStrict(EmployerSupportRequest),
  },
  'GET /v1/participants/:id/employment': { access: 'staff', object: 'participant' },
  // Nobody in the matrix is employed, so an allowed caller hears there is no employment.
  'POST /v1/participants/:id/support-renewal': {
    access: 'staff',
    object: 'participant',
    body: () => ({}),
    allowedProblems: ['employment.not_found'],
  },
  'POST /v1/participants/:id/check-ins/:month': {
    access: 'staff',
    object: 'participant',
    params: { month: '1' },
    allowedProblems: ['employment.not_found'],
  },
  'GET /v1/participants/:id/timeline': { access: 'staff', object: 'participant' },
  'GET /v1/employers/:id/timeline': { access: 'staff', object: 'employer' },
  'GET /v1/follow-ups/today': { access: 'staff' },
  'PATCH /v1/tenant': { access: 'admin', body: () => ({ matchingWeights: { ...defaultWeights, tasks: 5 } }) },
  // The participant's own view and "Jag vill veta mer" (issue 12): staff only, the owner's placement.
  'GET /v1/participants/:id/easy-read': { access: 'staff', object: 'participant' },
  'GET /v1/participants/:id/interests': { access: 'staff', object: 'participant' },
  'PUT /v1/participants/:id/interests/:placementId': {
    access: 'staff',
    object: 'participant',
    paramsOf: (objects) => ({ placementId: objects.placement }),
  },
  'DELETE /v1/participants/:id/interests/:placementId': {
    access: 'staff',
    object: 'participant',
    paramsOf: (objects) => ({ placementId: objects.placement }),
  },
  // Indicators and compensation (issue 13): figures of the caller's tenant only, for staff.
  'GET /v1/reports/indicators': { access: 'staff', baseQuery: () => '?from=2026-01-01&to=2026-01-31' },
  'GET /v1/reports/compensation': { access: 'staff', baseQuery: () => '?month=2026-01' },
  'GET /v1/participants/:id/provisions': { access: 'staff', object: 'participant' },
  'POST /v1/participants/:id/provisions': {
    access: 'staff',
    object: 'participant',
    // Each accepted call starts a day later than the one before (an earlier day is a 422).
    body: () => ({ providerId: 'kommunal', from: nextProvisionDay(), supportLevel: 2, schedule: 'fullDay' }),
  },
};

let provisionDay = Date.parse('2026-01-01T00:00:00Z');
const nextProvisionDay = () => {
  provisionDay += 86_400_000;
  return new Date(provisionDay).toISOString().slice(0, 10);
};

interface World {
  tenants: { t1: string; t2: string };
  objects: Record<Owner, Objects>;
  callers: Record<CallerName, (Caller & { employerId?: string; ownPlacements: Set<string> }) | undefined>;
}

let world: World;
let combinations = 0;

async function created(response: Awaited<ReturnType<typeof call>>, what: string) {
  if (response.status !== 201 && response.status !== 200) throw new Error(`${what}: ${response.text}`);
  return response.json as { id: string };
}

/** An active employer with its own user, an open placement, a participant and a proposal. */
async function ownerWorld(coach: Caller, user: Caller | undefined) {
  const employer = user
    ? await created(await call(user, 'POST', '/v1/employers', { body: employerBody() }), 'employer')
    : await created(await call(coach, 'POST', '/v1/employers', { body: employerBody() }), 'employer');
  if (user) await call(coach, 'POST', `/v1/employers/${employer.id}/verify`);
  const placement = await created(
    await call(coach, 'POST', `/v1/employers/${employer.id}/placements`, {
      body: placementBody({ status: 'open', seats: 5 }),
    }),
    'placement',
  );
  const participant = await created(
    await call(coach, 'POST', '/v1/participants', {
      body: participantBody({ consent: { sharedSummary: true, givenAt: '2026-01-10' } }),
    }),
    'participant',
  );
  const match = await created(
    await call(coach, 'POST', '/v1/matches', {
      body: { participantId: participant.id, placementId: placement.id, consentToShare: true },
    }),
    'match',
  );
  const event = await created(await call(coach, 'POST', '/v1/events', { body: eventBody() }), 'event');
  const erasable = await created(
    await call(coach, 'POST', '/v1/participants', { body: participantBody() }),
    'participant',
  );
  const supportCall = await created(
    await call(coach, 'POST', '/v1/support-calls', {
      body: {
        employerId: employer.id,
        participantId: participant.id,
        kind: 'call_to_employer',
        topics: ['schedule'],
        note: 'Anteckning',
        durationMinutes: 5,
        followUp: { dueDate: '2026-01-20' },
      },
    }),
    'support call',
  );
  const supportRequest = await created(
    user
      ? await call(user, 'POST', '/v1/support-requests', { body: { topic: 'tasks' } })
      : await call(coach, 'POST', '/v1/support-requests', {
          body: { topic: 'tasks', employerId: employer.id },
        }),
    'support request',
  );
  return {
    employer: employer.id,
    placement: placement.id,
    participant: participant.id,
    match: match.id,
    event: event.id,
    supportCall: supportCall.id,
    supportRequest: supportRequest.id,
    erasable: erasable.id,
  };
}

beforeAll(async () => {
  const t1 = newTenant();
  const t2 = newTenant();
  const coach1 = await caller(t1, 'coach');
  const coach2 = await caller(t2, 'coach');
  // Both tenants pay providers (issue 13), so a provision is accepted where it is allowed.
  await useCompensation(await caller(t1, 'admin'));
  await useCompensation(await caller(t2, 'admin'));
  const employerA = await caller(t1, 'employer');
  const employerB = await caller(t1, 'employer');
  const objects = {
    A: await ownerWorld(coach1, employerA),
    B: await ownerWorld(coach1, employerB),
    T2: await ownerWorld(coach2, undefined),
  };
  const plain = (who: Caller, employerId?: string, placements: string[] = []) => ({
    ...who,
    ...(employerId ? { employerId } : {}),
    ownPlacements: new Set(placements),
  });
  world = {
    tenants: { t1, t2 },
    objects,
    callers: {
      anonymous: undefined,
      employerA: plain(employerA, objects.A.employer, [objects.A.placement]),
      employerB: plain(employerB, objects.B.employer, [objects.B.placement]),
      noCompany: undefined, // made anew for each call, see check()
      coach1: plain(coach1),
      admin1: plain(await caller(t1, 'admin')),
      coach2: plain(coach2),
    },
  };
});

afterAll(() => {
  console.info(`authorization matrix: ${combinations} combinations of route, caller and object checked`);
});

const withParams = (template: string, spec: RouteSpec, objects?: Objects) =>
  Object.entries({ ...spec.params, ...(objects ? spec.paramsOf?.(objects) : {}) }).reduce(
    (path, [name, value]) => path.replace(`:${name}`, value),
    template,
  );

const tenantOf = (owner: Owner) => (owner === 'T2' ? 't2' : 't1');
const tenantOfCaller = (who: CallerName) => (who === 'coach2' ? 't2' : 't1');

/** The answer a caller must get: an exact status, or 'allowed' (the route's own 2xx or domain answer). */
function expected(access: Access, who: CallerName, owner?: Owner): number | 'allowed' {
  if (access === 'public') return 'allowed';
  if (who === 'anonymous') return 401;
  const employer = who === 'employerA' || who === 'employerB' || who === 'noCompany';
  if (access === 'admin') {
    if (who !== 'admin1') return 403;
    // An admin's route that names an object of another tenant: not found, as for staff.
    return owner !== undefined && tenantOf(owner) !== tenantOfCaller(who) ? 404 : 'allowed';
  }
  if (access === 'staff' && employer) return 403;
  if (access === 'employer') return employer ? 'allowed' : 403;
  if (access === 'signedIn' || (access === 'staff' && owner === undefined)) return 'allowed';
  // An object the caller may not see is not found: never a 403 that confirms it exists.
  if (owner !== undefined && tenantOf(owner) !== tenantOfCaller(who)) return 404;
  if (access === 'owner' && employer) return `employer${owner}` === who ? 'allowed' : 404;
  return 'allowed';
}

const allCallers: CallerName[] = [
  'anonymous',
  'employerA',
  'employerB',
  'noCompany',
  'coach1',
  'admin1',
  'coach2',
];
const owners: Owner[] = ['A', 'B', 'T2'];

/** Method and path of every route the app serves (middleware entries are ALL). */
function appRoutes(): string[] {
  return [
    ...new Set(app.routes.filter((route) => route.method !== 'ALL').map((r) => `${r.method} ${r.path}`)),
  ];
}

function answerMatches(
  spec: RouteSpec,
  response: Awaited<ReturnType<typeof call>>,
  want: number | 'allowed',
  method: string,
  crossTenantBody: boolean,
) {
  const status = response.status;
  if (want !== 'allowed') return status === want;
  const code =
    String(response.json?.type ?? '')
      .split('/')
      .pop() ?? '';
  if (spec.allowedProblems?.includes(code)) return true;
  if (status >= 500 || [401, 403, 404].includes(status)) return false;
  // Naming another tenant's objects in a body can never succeed, or shows nothing of them.
  if (crossTenantBody) return status >= 400 || (spec.showsNothingForeign?.(response.json) ?? false);
  if (method === 'GET') return status === 200;
  if (method === 'PATCH') return status === 412; // sent with a stale If-Match, so nothing changes
  return true;
}

async function check(
  route: string,
  spec: RouteSpec,
  who: CallerName,
  path: string,
  want: number | 'allowed',
  objects: Objects,
  crossTenantBody = false,
) {
  const [method] = route.split(' ') as [string];
  // A new user each time: registering a company (an allowed call) would otherwise give it one.
  const sender =
    who === 'noCompany'
      ? { ...(await caller(world.tenants.t1, 'employer')), employerId: '', ownPlacements: new Set<string>() }
      : world.callers[who];
  const response = await call(sender, method, path, {
    ...(spec.body ? { body: spec.body(objects) } : {}),
    ...(method === 'PATCH' ? { headers: { 'if-match': '"v999"' } } : {}),
  });
  combinations++;
  const label = `${who} ${method} ${path} → ${response.status} (want ${want}) ${response.text.slice(0, 200)}`;
  expect(answerMatches(spec, response, want, method, crossTenantBody), label).toBe(true);
  if (response.status >= 400) {
    expect(response.headers.get('content-type'), label).toBe('application/problem+json');
    return;
  }
  if (sender?.role === 'employer' && spec.access !== 'public') {
    expect(spec.employerView, `${route} reaches employers: declare its employer view`).toBeDefined();
    const parsed = spec.employerView!.safeParse(response.json);
    expect(parsed.success, `${label}\n${parsed.error?.message}`).toBe(true);
  }
  if (spec.belongs && sender && Array.isArray(response.json?.items)) {
    for (const item of response.json.items)
      expect(spec.belongs(item, sender), `${label}: foreign item`).toBe(true);
  }
}

describe('the authorization matrix', () => {
  it('has an entry for every route the app serves, and none for a route it does not', () => {
    const served = appRoutes();
    expect(served.filter((route) => !(route in specs))).toEqual([]);
    expect(Object.keys(specs).filter((route) => !served.includes(route))).toEqual([]);
  });

  it('names every query parameter that names an object', async () => {
    // The query parameters as the generated document declares them, from the routes' own schemas.
    const document = (await (await app.request('/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const missing = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) => {
        const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        const named = (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'query' && /Id$/.test(parameter.name))
          .map((parameter) => parameter.name);
        expect(named.length === 0 || route in specs, `${route} is in the matrix`).toBe(true);
        return named
          .filter((name) => !specs[route]?.queryObjects?.[name])
          .map((name) => `${route} ?${name}=`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('answers every caller on every route with the documented status, never showing a foreign item', async () => {
    for (const route of appRoutes()) {
      const spec = specs[route]!;
      const [, template] = route.split(' ') as [string, string];
      for (const who of allCallers) {
        if (!spec.object) {
          // A body that names objects is tried with each owner's; naming another tenant's never succeeds.
          for (const owner of spec.body?.length || spec.baseQuery ? owners : (['A'] as const)) {
            const cross = spec.body?.length ? tenantOf(owner) !== tenantOfCaller(who) : false;
            const path = `${withParams(template, spec, world.objects[owner]).replace(':tenant', world.tenants.t1)}${spec.baseQuery?.(world.objects[owner]) ?? ''}`;
            await check(route, spec, who, path, expected(spec.access, who), world.objects[owner], cross);
          }
          continue;
        }
        for (const owner of owners) {
          const objects = world.objects[owner];
          const path = withParams(template, spec, objects).replace(':id', objects[spec.object]);
          await check(route, spec, who, path, expected(spec.access, who, owner), objects);
        }
      }
    }
  }, 600_000);

  it('keeps every list filter that names an object inside what the caller may see', async () => {
    for (const [route, spec] of Object.entries(specs)) {
      const [, template] = route.split(' ') as [string, string];
      for (const [parameter, kind] of Object.entries(spec.queryObjects ?? {})) {
        for (const who of allCallers) {
          for (const owner of owners) {
            const value =
              kind === 'coach'
                ? (owner === 'T2' ? world.callers.coach2 : world.callers.coach1)!.userId
                : world.objects[owner][kind];
            const path = `${template}?${parameter}=${encodeURIComponent(value)}&limit=100`;
            await check(route, spec, who, path, expected(spec.access, who), world.objects[owner]);
          }
        }
      }
    }
  }, 600_000);
});
