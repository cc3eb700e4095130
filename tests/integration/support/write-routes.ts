// Every write route of the API, with a generator of VALID requests for it in a
// small world of fixtures, so input tests start from something the domain accepts
// and mutate it one thing at a time. tests/integration/bad-input.test.ts fails
// when app.routes has a write route that is missing here.
import { ulid } from 'ulid';
import { swedishDate } from '#shared/domain/calendar';
import { allowedNextStages } from '#shared/domain/pathway';
import { mayStart } from '#shared/domain/placement-kind';
import { defaultWeights } from '#shared/schemas/matching';
import { type PlacementKind, placementKinds } from '#shared/schemas/placement';
import type { Stage } from '#shared/schemas/vocabulary';
import { testCompensation } from './compensation.ts';
import { eventBody } from './events.ts';
import {
  app,
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  participantBody,
  placementBody,
} from './harness.ts';
import { invite } from './invitations.ts';
import { type Item, type Snapshot, snapshotTenants } from './table-snapshot.ts';

export type Entity = 'employer' | 'placement' | 'participant' | 'match' | 'event' | 'supportCall';

/** Two tenants: `tenant`, which the tests write to, and `other`, which they must never touch. */
export interface World {
  tenant: string;
  coach: Caller;
  admin: Caller;
  /** An employer user linked to `ownEmployerId` (verified). */
  owner: Caller;
  ownEmployerId: string;
  other: { tenant: string; ids: Record<Entity, string> };
  /** Tokens of invitations to the own employer, mailed when the world was set up. */
  invitationTokens: string[];
  /** Cancel-link tokens of public sign-ups made when the world was set up. */
  cancelTokens: string[];
  /** This tenant's items as of the last request; versions and current states come from here. */
  snapshot: Snapshot;
  /** The other tenant's items as set up; no request may change them. */
  otherSnapshot: Snapshot;
}

export interface Target {
  as: Caller;
  /** The :id of the path, when the route has one. */
  id?: string;
  /** Other path parameters (`:userId`, `:token`). */
  params?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Extra request headers (a client address for the public sign-up's rate limit). */
  headers?: Record<string, string>;
}

export interface WriteRoute {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The route exactly as app.routes names it. */
  path: string;
  /** What the :id in the path names. */
  subject?: Entity;
  /** Whether the route reads a JSON body. */
  hasBody: boolean;
  /** For a PATCH of a record that has no :id (the tenant), or whose :id is not the record: the ETag a client that just read it sends. */
  etag?: (world: World, target: Target) => string;
  /** The record a PATCH changes, when it is not the :id's subject (a sign-up of an event). */
  current?: (world: World, target: Target) => Item | undefined;
  /** Body fields that hold ids of other entities. */
  references?: Record<string, Entity>;
  /** A request the route accepts in the current world (pick chooses among several shapes). */
  valid: (world: World, pick: number) => Target;
  /** A well-formed request the domain refuses (409, 412, 422 …), so those paths run too. */
  refused?: (world: World, pick: number) => Target;
}

// The day in Sweden, as the API dates steps: between 23:00 and 00:00 UTC it is already tomorrow there.
export const today = () => swedishDate(new Date());

const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The items of one kind in a snapshot, oldest first. */
export const entities = (
  snapshot: Snapshot,
  entity: Entity | 'transition' | 'employment' | 'supportRequest',
): Item[] =>
  [...snapshot.values()]
    .filter((item) => item.entity === entity)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));

const nth = <T>(list: T[], pick: number): T => {
  if (list.length === 0) throw new Error('the world has none of these');
  return list[pick % list.length]!;
};

const itemKey: Record<Entity, (tenant: string, id: string) => string> = {
  employer: (tenant, id) => `T#${tenant}#EMPLOYER#${id}|EMPLOYER`,
  placement: (tenant, id) => `T#${tenant}#PLACEMENT#${id}|PLACEMENT`,
  participant: (tenant, id) => `T#${tenant}#PARTICIPANT#${id}|PARTICIPANT`,
  match: (tenant, id) => `T#${tenant}#MATCH#${id}|MATCH`,
  supportCall: (tenant, id) => `T#${tenant}#SUPPORTCALL#${id}|SUPPORTCALL`,
  event: (tenant, id) => `T#${tenant}#EVENT#${id}|EVENT`,
};

/**
 * Participants with a current employment, or those of them whose support was not renewed yet;
 * when the fuzz has used them all up, any participant.
 */
const employed = (world: World, unrenewed = false) => {
  const current = entities(world.snapshot, 'employment').filter(
    (e) => e.endDate === undefined && (!unrenewed || !(e.supportPeriod as { renewed: boolean }).renewed),
  );
  const ids = current.map((e) => String(e.participantId));
  // The fuzz may have renewed or ended every one: then any participant (refused, 404 or 422).
  return ids.length > 0 ? ids : entities(world.snapshot, 'participant').map((p) => String(p.id));
};

export const itemOf = (world: World, entity: Entity, id: string): Item | undefined =>
  world.snapshot.get(itemKey[entity](world.tenant, id));

/** The ETag a client that just read the item would send. */
export const currentEtag = (world: World, entity: Entity, id: string) =>
  `"v${Number(itemOf(world, entity, id)?.version ?? 0)}"`;

const ownPlacements = (world: World) =>
  entities(world.snapshot, 'placement').filter((p) => p.employerId === world.ownEmployerId);

const openPlacements = (world: World) =>
  entities(world.snapshot, 'placement').filter((p) => p.status === 'open' || p.status === 'full');

const waitingStages: Stage[] = ['group_activity', 'individual_placement', 'prework'];

const openEvents = (world: World) =>
  entities(world.snapshot, 'event').filter((e) => e.status === 'published');

const publicSignups = (world: World) =>
  entities(world.snapshot, 'signup' as Entity).filter(
    (s) => s.source === 'public' && s.status !== 'cancelled',
  );

function signupItem(world: World, target: Target): Item | undefined {
  return world.snapshot.get(`T#${world.tenant}#SIGNUP#${target.params?.signupId}|SIGNUP`);
}

const kindOf = (placement: Item) => (placement.kind ?? 'learning_placement') as PlacementKind;

const allRoutes: WriteRoute[] = [
  {
    method: 'POST',
    path: '/v1/employers',
    hasBody: true,
    valid: (world) => ({ as: world.coach, body: employerBody() }),
    // The org number is taken: 409.
    refused: (world, pick) => ({
      as: world.coach,
      body: employerBody({ orgNumber: String(nth(entities(world.snapshot, 'employer'), pick).orgNumber) }),
    }),
  },
  {
    method: 'PATCH',
    path: '/v1/employers/:id',
    subject: 'employer',
    hasBody: true,
    valid: (world, pick) =>
      nth<Target>(
        [
          { as: world.owner, id: world.ownEmployerId, body: { name: `Bolaget ${pick % 7} AB` } },
          { as: world.owner, id: world.ownEmployerId, body: { sectors: ['retail', 'logistics'] } },
          {
            as: world.coach,
            id: world.ownEmployerId,
            body: {
              contact: { name: `Kontakt ${pick % 5}`, phone: '040-654321', email: 'kontakt@test.example' },
            },
          },
          { as: world.coach, id: world.ownEmployerId, body: { status: pick % 2 ? 'paused' : 'active' } },
        ],
        pick,
      ),
    refused: (world, pick) => {
      const pending = entities(world.snapshot, 'employer').filter((e) => e.status === 'pending');
      return pick % 2 || pending.length === 0
        ? // Only staff pause an employer: 403.
          { as: world.owner, id: world.ownEmployerId, body: { status: 'paused' } }
        : // A pending employer becomes active by verification only: 409.
          { as: world.coach, id: String(nth(pending, pick).id), body: { status: 'active' } };
    },
  },
  {
    method: 'POST',
    path: '/v1/employers/:id/placements',
    subject: 'employer',
    hasBody: true,
    valid: (world, pick) =>
      pick % 2
        ? {
            as: world.owner,
            id: world.ownEmployerId,
            body: placementBody({
              status: 'open',
              seats: 1 + (pick % 3),
              kind: nth([...placementKinds], pick >> 1),
            }),
          }
        : {
            as: world.coach,
            id: String(nth(entities(world.snapshot, 'employer'), pick).id),
            body: placementBody({ status: 'draft' }),
          },
    // An employer that is not verified cannot open a placement: 409.
    refused: (world, pick) => {
      const pending = entities(world.snapshot, 'employer').filter((e) => e.status !== 'active');
      const id = pending.length > 0 ? String(nth(pending, pick).id) : world.ownEmployerId;
      return { as: world.coach, id, body: placementBody({ status: 'open' }) };
    },
  },
  {
    method: 'POST',
    path: '/v1/employers/:id/verify',
    subject: 'employer',
    hasBody: false,
    valid: (world, pick) => {
      const pending = entities(world.snapshot, 'employer').filter((e) => e.status === 'pending');
      const id = String(nth(pending.length > 0 ? pending : entities(world.snapshot, 'employer'), pick).id);
      return { as: world.coach, id };
    },
    // Already verified: 409.
    refused: (world) => ({ as: world.coach, id: world.ownEmployerId }),
  },
  {
    method: 'PATCH',
    path: '/v1/placements/:id',
    subject: 'placement',
    hasBody: true,
    valid: (world, pick) => {
      const placement = nth(ownPlacements(world), pick);
      const id = String(placement.id);
      return nth<Target>(
        [
          { as: world.owner, id, body: { title: `Packa varor ${pick % 9}` } },
          { as: world.coach, id, body: { seats: Number(placement.seatsTaken) + 1 + (pick % 3) } },
          { as: world.owner, id, body: { description: `Lugnt tempo, vecka ${pick % 52}.` } },
          { as: world.owner, id, body: { status: 'open', maxSupportLevel: 1 + (pick % 4) } },
          { as: world.owner, id, body: { sector: 'logistics', startDate: '2027-03-01' } },
          // The kind changes while no seat is taken.
          {
            as: world.coach,
            id,
            body: {
              kind: Number(placement.seatsTaken) === 0 ? nth([...placementKinds], pick) : kindOf(placement),
            },
          },
        ],
        pick,
      );
    },
    refused: (world, pick) => {
      const holding = ownPlacements(world).filter((p) => Number(p.seatsTaken) >= 1);
      if (holding.length > 0 && pick % 3 === 2) {
        // Another kind while a seat is taken: 422.
        const placement = nth(holding, pick);
        const other = placementKinds.find((kind) => kind !== kindOf(placement))!;
        return { as: world.coach, id: String(placement.id), body: { kind: other } };
      }
      const taken = ownPlacements(world).filter((p) => Number(p.seatsTaken) >= 2);
      if (taken.length > 0 && pick % 2) {
        // Fewer seats than are taken: 422.
        const placement = nth(taken, pick);
        return {
          as: world.owner,
          id: String(placement.id),
          body: { seats: Number(placement.seatsTaken) - 1 },
        };
      }
      // An open placement cannot go back to draft: 422.
      const open = openPlacements(world);
      return { as: world.coach, id: String(nth(open, pick).id), body: { status: 'draft' } };
    },
  },
  {
    method: 'POST',
    path: '/v1/participants',
    hasBody: true,
    valid: (world, pick) => ({
      as: world.coach,
      body: participantBody({ stage: nth(waitingStages, pick) as 'prework', coachId: world.coach.userId }),
    }),
  },
  {
    method: 'PATCH',
    path: '/v1/participants/:id',
    subject: 'participant',
    hasBody: true,
    valid: (world, pick) => {
      const id = String(nth(entities(world.snapshot, 'participant'), pick).id);
      return nth<Target>(
        [
          { as: world.coach, id, body: { goal: `Jobba med ${pick % 11} saker.` } },
          { as: world.coach, id, body: { maxTravelMinutes: 10 + (pick % 100) } },
          { as: world.coach, id, body: { consent: { sharedSummary: true, givenAt: today() } } },
          { as: world.coach, id, body: { home: { postcode: '21122', area: 'Centrum' }, supportLevel: 1 } },
          { as: world.coach, id, body: { interests: ['logistics', 'retail'], lastName: 'Lind' } },
        ],
        pick,
      );
    },
  },
  {
    method: 'POST',
    path: '/v1/participants/:id/transitions',
    subject: 'participant',
    hasBody: true,
    valid: (world, pick) => {
      const participant = nth(entities(world.snapshot, 'participant'), pick);
      const stageSince = String(participant.stageSince);
      const to = nth(allowedNextStages(participant.stage as Stage), pick);
      return {
        as: world.coach,
        id: String(participant.id),
        body: {
          to,
          date: [stageSince, today()].sort().at(-1),
          note: 'Ett steg vidare.',
          // A step into work names the employer and the kind of employment.
          ...(to === 'employed'
            ? { employment: { employerId: world.ownEmployerId, kind: 'wage_subsidy' } }
            : {}),
        },
      };
    },
    refused: (world, pick) => {
      const participant = nth(entities(world.snapshot, 'participant'), pick);
      const id = String(participant.id);
      return pick % 2
        ? // Staying where one is: 422.
          { as: world.coach, id, body: { to: participant.stage, date: today() } }
        : // Dated before the previous step: 422.
          {
            as: world.coach,
            id,
            body: {
              to: nth(allowedNextStages(participant.stage as Stage), pick),
              date: dayBefore(String(participant.stageSince)),
            },
          };
    },
  },
  {
    method: 'POST',
    path: '/v1/matches',
    hasBody: true,
    references: { participantId: 'participant', placementId: 'placement' },
    valid: (world, pick) => {
      // A waiting participant whose stage may start the placement's kind, not yet proposed to it.
      const live = new Set(
        entities(world.snapshot, 'match')
          .filter((m) => ['proposed', 'accepted', 'started'].includes(String(m.status)))
          .map((m) => `${m.participantId} ${m.placementId}`),
      );
      const participants = entities(world.snapshot, 'participant');
      const pairs = openPlacements(world).flatMap((placement) =>
        participants
          .filter(
            (p) =>
              waitingStages.includes(p.stage as Stage) &&
              mayStart(p.stage as Stage, kindOf(placement)) &&
              !live.has(`${p.id} ${placement.id}`),
          )
          .map((participant) => ({ participant, placement })),
      );
      const { participant, placement } =
        pairs.length > 0
          ? nth(pairs, pick)
          : { participant: nth(participants, pick), placement: nth(openPlacements(world), pick >> 2) };
      return {
        as: world.coach,
        body: {
          participantId: String(participant.id),
          placementId: String(placement.id),
          consentToShare: pick % 2 === 0,
          note: 'Passar bra.',
        },
      };
    },
    // The pair is already proposed: 409.
    refused: (world, pick) => {
      const match = nth(entities(world.snapshot, 'match'), pick);
      return {
        as: world.coach,
        body: { participantId: match.participantId, placementId: match.placementId, consentToShare: false },
      };
    },
  },
  {
    method: 'PATCH',
    path: '/v1/matches/:id',
    subject: 'match',
    hasBody: true,
    valid: (world, pick) => {
      const match = nth(entities(world.snapshot, 'match'), pick);
      const id = String(match.id);
      const own = match.employerId === world.ownEmployerId;
      const steps: Target[] = [{ as: world.coach, id, body: { consentToShare: pick % 2 === 0 } }];
      if (match.status === 'proposed' && own)
        steps.push({ as: world.owner, id, body: { status: 'accepted' } });
      if (match.status === 'proposed' && own)
        steps.push({ as: world.owner, id, body: { status: 'declined', reason: 'Inte just nu.' } });
      if (match.status === 'proposed') steps.push({ as: world.coach, id, body: { status: 'cancelled' } });
      if (match.status === 'accepted')
        steps.push({ as: world.coach, id, body: { status: 'started', startDate: today() } });
      if (match.status === 'started')
        steps.push({ as: world.coach, id, body: { status: 'completed', outcome: 'returned' } });
      return nth(steps, pick >> 1);
    },
    refused: (world, pick) => {
      const match = nth(entities(world.snapshot, 'match'), pick);
      // A step the lifecycle does not have: 422 (or 403 for a role that may not take it).
      return { as: world.coach, id: String(match.id), body: { status: 'completed', outcome: 'other' } };
    },
  },
  {
    method: 'POST',
    path: '/v1/employers/:id/invitations',
    subject: 'employer',
    hasBody: true,
    valid: (world, pick) => ({
      as: pick % 2 ? world.owner : world.coach,
      id: world.ownEmployerId,
      body: { name: `Kollega ${pick % 9}`, email: `kollega-${ulid().toLowerCase()}@test.example` },
    }),
  },
  {
    method: 'DELETE',
    path: '/v1/employers/:id/users/:userId',
    subject: 'employer',
    hasBody: false,
    valid: (world, pick) => {
      const colleagues = [...world.snapshot.values()].filter(
        (item) =>
          item.entity === 'employerUser' &&
          item.employerId === world.ownEmployerId &&
          item.userId !== world.owner.userId,
      );
      const userId = colleagues.length > 0 ? String(nth(colleagues, pick).userId) : 'nobody';
      return { as: pick % 2 ? world.owner : world.coach, id: world.ownEmployerId, params: { userId } };
    },
    // Nobody removes themself: 409.
    refused: (world) => ({
      as: world.owner,
      id: world.ownEmployerId,
      params: { userId: world.owner.userId },
    }),
  },
  {
    method: 'POST',
    path: '/v1/invitations/:token/accept',
    hasBody: false,
    // Each token works once; a used one is the domain's 409.
    valid: (world, pick) => ({ as: world.coach, params: { token: nth(world.invitationTokens, pick) } }),
  },
  {
    method: 'POST',
    path: '/v1/matching/batch',
    hasBody: true,
    references: { participantIds: 'participant', placementIds: 'placement' },
    valid: (world, pick) =>
      pick % 2
        ? { as: world.coach, body: { threshold: pick % 101 } }
        : {
            as: world.coach,
            body: {
              threshold: 10,
              participantIds: entities(world.snapshot, 'participant').map((p) => String(p.id)),
              placementIds: openPlacements(world).map((p) => String(p.id)),
            },
          },
  },
  {
    method: 'PUT',
    path: '/v1/users/me/contact',
    hasBody: true,
    valid: (world, pick) =>
      nth<Target>(
        [
          { as: world.coach, body: { phone: `040-${100 + (pick % 900)} 45 67` } },
          { as: world.admin, body: { phone: null } },
        ],
        pick,
      ),
  },
  {
    method: 'PATCH',
    path: '/v1/tenant',
    hasBody: true,
    etag: (world) => `"v${Number(world.snapshot.get(`T#${world.tenant}#TENANT|TENANT`)?.version ?? 1)}"`,
    // Only sectors no fixture uses are turned off, so the other routes' requests stay valid.
    valid: (world, pick) =>
      nth<Target>(
        [
          { as: world.admin, body: { matchingWeights: { ...defaultWeights, travel: pick % 40 } } },
          {
            as: world.admin,
            body: {
              sectors: [
                { id: 'office_admin', enabled: pick % 2 === 0 },
                {
                  id: 'reuse_house',
                  enabled: pick % 3 !== 0,
                  label: { sv: `Återbrukshus ${pick % 5}`, en: `Reuse house ${pick % 5}` },
                  tasks: ['repair_reuse', 'serving'],
                },
              ],
            },
          },
          {
            as: world.admin,
            body: {
              supportAfterHire: {
                name: { sv: 'Förlängt stöd', en: 'Extended support' },
                months: 1 + (pick % 12),
                renewableOnce: true,
                maxMonths: 13 + (pick % 12),
              },
            },
          },
        ],
        pick,
      ),
    // Only an admin changes the settings: 403. (Every sector off, 422, is in tenant.test.ts: a
    // mutation of it could turn off sectors the other routes' requests use.)
    refused: (world) => ({ as: world.coach, body: { matchingWeights: { ...defaultWeights, tasks: 0 } } }),
  },
  // Events and sign-ups (issue 10).
  {
    method: 'POST',
    path: '/v1/events',
    hasBody: true,
    valid: (world, pick) => ({
      as: pick % 2 ? world.coach : world.admin,
      body: eventBody({ title: `Forumträff ${pick % 9}`, status: pick % 3 ? 'published' : 'draft' }),
    }),
  },
  {
    method: 'PATCH',
    path: '/v1/events/:id',
    subject: 'event',
    hasBody: true,
    valid: (world, pick) => {
      const event = nth(openEvents(world), pick);
      const id = String(event.id);
      const seats = event.seats as { participant?: number; employer?: number };
      return nth<Target>(
        [
          { as: world.coach, id, body: { title: `Forumträff ${pick % 7}` } },
          { as: world.coach, id, body: { description: `Vi träffas och pratar om jobb, del ${pick % 5}.` } },
          {
            as: world.admin,
            id,
            body: {
              seats: {
                participant: (seats.participant ?? 0) + 1 + (pick % 3),
                employer: seats.employer ?? 0,
              },
            },
          },
        ],
        pick,
      );
    },
    // A published event cannot go back to draft: 422.
    refused: (world, pick) => ({
      as: world.coach,
      id: String(nth(openEvents(world), pick).id),
      body: { status: 'draft' },
    }),
  },
  {
    method: 'POST',
    path: '/v1/events/:id/signups',
    subject: 'event',
    hasBody: true,
    valid: (world, pick) => ({
      as: world.coach,
      id: String(nth(openEvents(world), pick).id),
      body:
        pick % 2
          ? { name: `Gäst ${pick % 9}`, walkIn: true }
          : {
              name: `Deltagare ${pick % 9}`,
              email: `d-${ulid().toLowerCase()}@test.example`,
              companions: [],
            },
    }),
    // The same e-mail again: 409.
    refused: (world, pick) => {
      const signup = nth(publicSignups(world), pick);
      return {
        as: world.coach,
        id: String(signup.eventId),
        body: { name: 'Samma Person', email: signup.email },
      };
    },
  },
  {
    method: 'PATCH',
    path: '/v1/events/:id/signups/:signupId',
    subject: 'event',
    hasBody: true,
    etag: (world, target) => `"v${Number(signupItem(world, target)?.version ?? 0)}"`,
    current: signupItem,
    valid: (world, pick) => {
      const signup = nth(
        entities(world.snapshot, 'signup' as Entity).filter((s) =>
          ['confirmed', 'attended', 'no_show'].includes(String(s.status)),
        ),
        pick,
      );
      const next = { confirmed: 'attended', attended: 'no_show', no_show: 'confirmed' }[
        String(signup.status)
      ];
      return {
        as: world.coach,
        id: String(signup.eventId),
        params: { signupId: String(signup.id) },
        body: { status: next },
      };
    },
    // A check-in cannot put anyone on the waitlist: 422.
    refused: (world, pick) => {
      const signup = nth(
        entities(world.snapshot, 'signup' as Entity).filter((s) =>
          ['attended', 'no_show'].includes(String(s.status)),
        ),
        pick,
      );
      return {
        as: world.coach,
        id: String(signup.eventId),
        params: { signupId: String(signup.id) },
        body: { status: 'waitlisted' },
      };
    },
  },
  {
    method: 'POST',
    path: '/v1/employers/:id/event-signups',
    subject: 'employer',
    hasBody: true,
    references: { eventId: 'event' },
    valid: (world, pick) => ({
      as: pick % 2 ? world.owner : world.coach,
      id: world.ownEmployerId,
      body: {
        eventId: String(nth(openEvents(world), pick).id),
        name: `Chef ${pick % 9}`,
        email: `chef-${ulid().toLowerCase()}@test.example`,
      },
    }),
    refused: (world, pick) => {
      const signup = nth(publicSignups(world), pick);
      return {
        as: world.owner,
        id: world.ownEmployerId,
        body: { eventId: String(signup.eventId), name: 'Samma Person', email: signup.email },
      };
    },
  },
  {
    method: 'POST',
    path: '/v1/public/:tenant/events/:id/signups',
    hasBody: true,
    valid: (world, pick) => ({
      as: world.coach,
      id: String(nth(openEvents(world), pick).id),
      params: { tenant: world.tenant },
      // Each request from its own client, so the rate limit (real, per client) does not end the fuzz.
      headers: { 'x-forwarded-for': `198.51.100.${pick % 250}` },
      body: {
        name: `Besökare ${pick % 9}`,
        email: `b-${ulid().toLowerCase()}@test.example`,
        needs: { stepFree: pick % 2 === 0, food: 'Vegetariskt' },
        companions: pick % 3 ? [] : [{ name: 'Stöd Person' }],
      },
    }),
    refused: (world, pick) => {
      const signup = nth(publicSignups(world), pick);
      return {
        as: world.coach,
        id: String(signup.eventId),
        params: { tenant: world.tenant },
        body: { name: 'Samma Person', email: signup.email },
      };
    },
  },
  {
    method: 'DELETE',
    path: '/v1/public/signups/:cancelToken',
    hasBody: false,
    // A token works once; asking again answers that it is cancelled, and changes nothing.
    valid: (world, pick) => ({ as: world.coach, params: { cancelToken: nth(world.cancelTokens, pick) } }),
  },
  // Support calls, "ring me" requests and support after hire (issue 11).
  {
    method: 'POST',
    path: '/v1/support-calls',
    hasBody: true,
    references: { employerId: 'employer', participantId: 'participant' },
    valid: (world, pick) => {
      const participantId = String(nth(entities(world.snapshot, 'participant'), pick).id);
      const open = entities(world.snapshot, 'supportRequest').filter(
        (r) => r.status === 'open' && r.employerId === world.ownEmployerId,
      );
      return nth<Target>(
        [
          {
            as: world.coach,
            body: {
              employerId: world.ownEmployerId,
              kind: 'call_to_employer',
              topics: ['tasks', 'schedule'],
              note: 'Pratade om schemat.',
              durationMinutes: 15,
            },
          },
          {
            as: world.coach,
            body: {
              employerId: world.ownEmployerId,
              participantId,
              at: new Date().toISOString(),
              kind: 'visit',
              topics: ['practical'],
              durationMinutes: 45,
              followUp: { dueDate: today(), ownerId: world.coach.userId },
            },
          },
          {
            as: world.admin,
            body: {
              employerId: world.ownEmployerId,
              ...(open.length > 0 ? { supportRequestId: String(open[0]!.id) } : {}),
              kind: 'call_from_employer',
              topics: ['communication'],
              note: 'Ringde tillbaka.',
              durationMinutes: 5,
            },
          },
        ],
        pick,
      );
    },
  },
  {
    method: 'PATCH',
    path: '/v1/support-calls/:id',
    subject: 'supportCall',
    hasBody: true,
    valid: (world, pick) => {
      const calls = entities(world.snapshot, 'supportCall');
      const id = String(nth(calls, pick).id);
      const withFollowUp = calls.filter((c) => c.followUp !== undefined);
      return nth<Target>(
        [
          { as: world.coach, id, body: { durationMinutes: 5 + (pick % 60) } },
          { as: world.coach, id, body: { note: `Uppföljning ${pick % 9}.`, topics: ['health'] } },
          { as: world.coach, id, body: { followUp: { dueDate: today(), ownerId: world.coach.userId } } },
          {
            as: world.coach,
            id: String(nth(withFollowUp.length > 0 ? withFollowUp : calls, pick).id),
            body: { followUpDone: pick % 2 === 0 },
          },
        ],
        pick,
      );
    },
  },
  {
    method: 'POST',
    path: '/v1/support-requests',
    hasBody: true,
    references: { employerId: 'employer' },
    valid: (world, pick) =>
      nth<Target>(
        [
          {
            as: world.owner,
            body: {
              topic: 'tasks',
              message: 'Ring mig gärna.',
              preferredTime: 'morning',
              urgent: pick % 2 === 0,
            },
          },
          { as: world.coach, body: { topic: 'schedule', employerId: world.ownEmployerId, urgent: false } },
        ],
        pick,
      ),
  },
  {
    method: 'POST',
    path: '/v1/participants/:id/support-renewal',
    subject: 'participant',
    hasBody: true,
    valid: (world, pick) => ({
      as: world.coach,
      id: nth(employed(world, true), pick),
      body: pick % 2 ? { months: 1 } : {},
    }),
    // Renewed already, or renewal past the cap: 422.
    refused: (world, pick) => ({ as: world.coach, id: nth(employed(world), pick), body: { months: 36 } }),
  },
  // Issue 13: a participant's provider of daily activity, each a day after the last.
  {
    method: 'POST',
    path: '/v1/participants/:id/provisions',
    subject: 'participant',
    hasBody: true,
    valid: (world, pick) => {
      const id = nth(
        entities(world.snapshot, 'participant').map((p) => String(p.id)),
        pick,
      );
      const latest = [...world.snapshot.values()]
        .filter((item) => item.entity === 'provision' && item.participantId === id)
        .map((item) => String(item.from))
        .sort()
        .at(-1);
      return {
        as: world.coach,
        id,
        body: {
          providerId: nth(['kommunal', 'arbetsgladje'], pick),
          from: latest ? dayAfter(latest) : '2026-01-01',
          supportLevel: (pick % 4) + 1,
          schedule: pick % 2 ? 'halfDay' : 'fullDay',
          ...(pick % 3 === 2 ? { kind: 'extended_support' } : {}),
        },
      };
    },
  },
  {
    method: 'POST',
    path: '/v1/participants/:id/check-ins/:month',
    subject: 'participant',
    hasBody: false,
    valid: (world, pick) => ({
      as: world.coach,
      id: nth(employed(world), pick),
      params: { month: nth(['1', '3', '6'], pick) },
    }),
  },
  // The participant's own view: "Jag vill veta mer" (issue 12). Marking is idempotent.
  {
    method: 'PUT',
    path: '/v1/participants/:id/interests/:placementId',
    subject: 'participant',
    hasBody: false,
    valid: (world, pick) => ({
      as: pick % 2 ? world.admin : world.coach,
      id: String(nth(entities(world.snapshot, 'participant'), pick).id),
      params: { placementId: String(nth(openPlacements(world), pick).id) },
    }),
    // A draft or closed placement cannot be wanted: 409.
    refused: (world, pick) => ({
      as: world.coach,
      id: String(nth(entities(world.snapshot, 'participant'), pick).id),
      params: {
        placementId: String(
          nth(
            entities(world.snapshot, 'placement').filter(
              (p) => p.status === 'draft' || p.status === 'closed',
            ),
            pick,
          ).id,
        ),
      },
    }),
  },
  {
    method: 'DELETE',
    path: '/v1/participants/:id',
    subject: 'participant',
    hasBody: true,
    valid: (world, pick) => {
      // Erase someone nothing else in the world names, so the other routes keep their people.
      const named = new Set(
        [...world.snapshot.values()]
          .filter((item) => item.entity !== 'participant' && item.entity !== 'transition')
          .map((item) => item.participantId),
      );
      const free = entities(world.snapshot, 'participant').filter((item) => !named.has(item.id));
      const chosen = free.length > 0 ? nth(free, pick) : nth(entities(world.snapshot, 'participant'), pick);
      return { as: world.admin, id: String(chosen.id), body: { reason: 'registered_in_error' } };
    },
  },
  {
    method: 'DELETE',
    path: '/v1/participants/:id/interests/:placementId',
    subject: 'participant',
    hasBody: false,
    valid: (world, pick) => {
      const marked = [...world.snapshot.values()].filter((item) => item.entity === 'placementInterest');
      if (marked.length > 0) {
        const interest = nth(marked, pick);
        return {
          as: world.coach,
          id: String(interest.participantId),
          params: { placementId: String(interest.placementId) },
        };
      }
      // Nothing marked yet: unmarking changes nothing, and still answers 204.
      return {
        as: world.admin,
        id: String(nth(entities(world.snapshot, 'participant'), pick).id),
        params: { placementId: String(nth(openPlacements(world), pick).id) },
      };
    },
  },
];

export const writeRoutes: readonly WriteRoute[] = allRoutes;

export const routeName = (route: Pick<WriteRoute, 'method' | 'path'>) => `${route.method} ${route.path}`;

/** The write routes the app serves, from its route table (middleware entries are method ALL). */
export function servedWriteRoutes(): string[] {
  const names = app.routes
    .filter((route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method))
    .map((route) => `${route.method} ${route.path}`);
  return [...new Set(names)].sort();
}

export interface Request {
  as: Caller;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** JSON to send; `undefined` sends no body. */
  body?: unknown;
  /** Sent as is instead of `body` (for content-type tests). */
  rawBody?: string;
}

/** The concrete request for a target: path filled in, If-Match from the snapshot on PATCH. */
export function requestFor(world: World, route: WriteRoute, target: Target): Request {
  const path = Object.entries(target.params ?? {}).reduce(
    (filled, [name, value]) => filled.replace(`:${name}`, value),
    route.path.replace(':id', target.id ?? ''),
  );
  const headers: Record<string, string> = {};
  if (route.method === 'PATCH' && route.subject && target.id) {
    headers['if-match'] = currentEtag(world, route.subject, target.id);
  }
  if (route.method === 'PATCH' && route.etag) headers['if-match'] = route.etag(world, target);
  Object.assign(headers, target.headers);
  return {
    as: target.as,
    method: route.method,
    path,
    headers,
    ...(route.hasBody ? { body: structuredClone(target.body ?? {}) } : {}),
  };
}

export async function send(request: Request) {
  return call(request.as, request.method, request.path, {
    headers: request.headers,
    ...(request.rawBody !== undefined
      ? { rawBody: request.rawBody }
      : request.body !== undefined
        ? { body: request.body }
        : {}),
  });
}

/** Reads both tenants and stores this tenant's items in the world; returns both. */
export async function refresh(world: World) {
  const both = await snapshotTenants(world.tenant, world.other.tenant);
  world.snapshot = both.get(world.tenant)!;
  return { mine: world.snapshot, other: both.get(world.other.tenant)! };
}

async function created(who: Caller, path: string, body: unknown): Promise<string> {
  const response = await call(who, 'POST', path, { body });
  if (response.status !== 201) throw new Error(`setup ${path} failed: ${response.status} ${response.text}`);
  return response.json.id;
}

/** Sets up both tenants: employers (verified, pending), placements, participants and a match in each. */
export async function buildWorld(): Promise<World> {
  const tenant = newTenant();
  const coach = await caller(tenant, 'coach');
  const admin = await caller(tenant, 'admin');
  const owner = await caller(tenant, 'employer');
  const applicant = await caller(tenant, 'employer');
  const ownEmployerId = await created(owner, '/v1/employers', employerBody());
  const verified = await call(coach, 'POST', `/v1/employers/${ownEmployerId}/verify`);
  if (verified.status !== 200) throw new Error(`setup verify failed: ${verified.text}`);
  await created(applicant, '/v1/employers', employerBody({ name: 'Väntar AB' }));
  const placementId = await created(
    owner,
    `/v1/employers/${ownEmployerId}/placements`,
    placementBody({ status: 'open', seats: 3 }),
  );
  await created(owner, `/v1/employers/${ownEmployerId}/placements`, placementBody({ status: 'draft' }));
  const participantIds: string[] = [];
  for (let index = 0; index < 3; index++) {
    participantIds.push(
      await created(coach, '/v1/participants', participantBody({ firstName: `Deltagare${index}` })),
    );
  }
  // Two people nothing else names, for the erasure route (issue 16) to take away.
  for (let index = 0; index < 2; index++) {
    await created(coach, '/v1/participants', participantBody({ firstName: `Raderbar${index}` }));
  }
  await created(coach, '/v1/matches', {
    participantId: participantIds[0],
    placementId,
    consentToShare: true,
  });
  // Support after hire as in Västerås (renewable once), several people hired, a call and a request.
  const settings = await call(admin, 'GET', '/v1/tenant');
  await call(admin, 'PATCH', '/v1/tenant', {
    body: {
      supportAfterHire: {
        name: { sv: 'Förlängt stöd', en: 'Extended support' },
        months: 6,
        renewableOnce: true,
        maxMonths: 12,
      },
      // Providers of daily activity (issue 13), for the provision route.
      compensation: testCompensation,
    },
    headers: { 'if-match': settings.headers.get('etag') ?? '' },
  });
  for (let index = 0; index < 6; index++) {
    const hiredId = await created(
      coach,
      '/v1/participants',
      participantBody({ firstName: `Anställd${index}` }),
    );
    const step = await call(coach, 'POST', `/v1/participants/${hiredId}/transitions`, {
      body: {
        to: 'employed',
        date: today(),
        employment: { employerId: ownEmployerId, kind: 'wage_subsidy' },
      },
    });
    if (step.status !== 201) throw new Error(`setup hire failed: ${step.text}`);
  }
  await created(coach, '/v1/support-calls', {
    employerId: ownEmployerId,
    participantId: participantIds[1],
    kind: 'call_to_employer',
    topics: ['schedule'],
    note: 'Första samtalet.',
    durationMinutes: 10,
    followUp: { dueDate: today() },
  });
  await created(owner, '/v1/support-requests', { topic: 'conflict', urgent: true });

  const eventIds = [
    await created(coach, '/v1/events', eventBody({ seats: { participant: 4, employer: 3 } })),
    await created(coach, '/v1/events', eventBody({ kind: 'kompetenspass', seats: { participant: 2 } })),
  ];
  await created(coach, '/v1/events', eventBody({ status: 'draft' }));

  const otherTenant = newTenant();
  const otherCoach = await caller(otherTenant, 'coach');
  const otherEmployer = await created(otherCoach, '/v1/employers', employerBody());
  const otherPlacement = await created(
    otherCoach,
    `/v1/employers/${otherEmployer}/placements`,
    placementBody({ status: 'open' }),
  );
  const otherParticipant = await created(otherCoach, '/v1/participants', participantBody());
  const otherEvent = await created(otherCoach, '/v1/events', eventBody());
  const otherMatch = await created(otherCoach, '/v1/matches', {
    participantId: otherParticipant,
    placementId: otherPlacement,
    consentToShare: false,
  });
  const otherCall = await created(otherCoach, '/v1/support-calls', {
    employerId: otherEmployer,
    kind: 'visit',
    topics: ['tasks'],
    note: 'Annan kommun.',
    durationMinutes: 20,
  });

  const world: World = {
    tenant,
    coach,
    admin,
    owner,
    ownEmployerId,
    other: {
      tenant: otherTenant,
      ids: {
        employer: otherEmployer,
        placement: otherPlacement,
        participant: otherParticipant,
        match: otherMatch,
        supportCall: otherCall,
        event: otherEvent,
      },
    },
    invitationTokens: [],
    cancelTokens: [],
    snapshot: new Map(),
    otherSnapshot: new Map(),
  };
  for (let index = 0; index < 4; index++) {
    const token = await invite(
      owner,
      ownEmployerId,
      `medarbetare-${index}-${ulid().toLowerCase()}@test.example`,
    );
    await call(undefined, 'POST', `/v1/invitations/${token}/accept`);
  }
  for (let index = 0; index < 8; index++) {
    world.invitationTokens.push(
      await invite(coach, ownEmployerId, `ny-${index}-${ulid().toLowerCase()}@test.example`),
    );
  }
  for (let index = 0; index < 6; index++) {
    const eventId = eventIds[index % 2]!;
    const response = await call(undefined, 'POST', `/v1/public/${tenant}/events/${eventId}/signups`, {
      body: { name: `Anmäld ${index}`, email: `anmald-${index}-${ulid().toLowerCase()}@test.example` },
      headers: { 'x-forwarded-for': `192.0.2.${index}` },
    });
    if (response.status !== 201) throw new Error(`setup sign-up failed: ${response.text}`);
    world.cancelTokens.push(response.json.cancelToken);
  }
  const checkedIn = await call(coach, 'POST', `/v1/events/${eventIds[0]}/signups`, {
    body: { name: 'Kim Kommer', walkIn: true },
  });
  if (checkedIn.status !== 201) throw new Error(`setup walk-in failed: ${checkedIn.text}`);
  world.otherSnapshot = (await refresh(world)).other;
  return world;
}

/** An id of the right shape that names nothing. */
export const unknownId = () => ulid();

// ---- Walking a JSON body ------------------------------------------------------------------

export type JsonPath = (string | number)[];
export interface Leaf {
  path: JsonPath;
  value: unknown;
}

/** Every value inside a body (objects, arrays and scalars), with its path; the root is not included. */
export function leaves(value: unknown, path: JsonPath = []): Leaf[] {
  const here = path.length > 0 ? [{ path, value }] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => leaves(item, [...path, index]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))];
  }
  return here;
}

/** The field name the API reports for a path ("address.postcode", "sectors.0"). */
export const fieldName = (path: JsonPath) => path.map(String).join('.');

/** A copy of the body with the value at path replaced (or removed when `remove`). */
export function withValue(body: unknown, path: JsonPath, value: unknown, remove = false): unknown {
  const copy = structuredClone(body);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = value;
  }
  return copy;
}

export const isDateString = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
/** Values from a closed list (sectors, tasks, statuses …) look like slugs. */
export const isSlug = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9_]*$/.test(value);
