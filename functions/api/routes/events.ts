import { isDeepStrictEqual } from 'node:util';
import { $ } from '@hono/zod-openapi';
import { ulid } from 'ulid';
import { createEvent, listEvents, saveEvent } from '#shared/db/repositories/events';
import { getParticipant } from '#shared/db/repositories/participants';
import { getSignup, listSignups, saveEventWithSeats, setAttendance } from '#shared/db/repositories/signups';
import {
  applyEventPatch,
  checkSignupMove,
  companionCancelRefusal,
  eventSpan,
} from '#shared/domain/event-signup';
import { isUnchanged } from '#shared/domain/unchanged';
import { listOf } from '#shared/schemas/common';
import {
  Event,
  EventCreate,
  EventListQuery,
  EventParams,
  EventPatch,
  EventWithSeats,
} from '#shared/schemas/event';
import {
  CoachSignupCreate,
  Signup,
  SignupListQuery,
  SignupParams,
  SignupPatch,
} from '#shared/schemas/signup';
import { fieldIssue, problem, storeProblem } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom, webOrigin } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { problemFor } from '../refusal.ts';
import {
  announceCancellation,
  cancel,
  existingEvent,
  mailAbout,
  signUp,
  withSeats,
} from '../services/events.ts';

// Forum meetings and Kompetenspass sessions, run by coaches and admins.
const tag = 'Events';
const roles = staffRoles;

const create = apiRoute({
  method: 'post',
  path: '/',
  tag,
  summary: 'Create an event (draft or published) with its sessions, place and seats per kind',
  roles,
  idempotent: true,
  etag: true,
  request: { body: jsonRequest(EventCreate) },
  responses: { 201: json('The event', EventWithSeats) },
});

const list = apiRoute({
  method: 'get',
  path: '/',
  tag,
  summary: 'The tenant’s events by start, optionally of one status',
  roles,
  request: { query: EventListQuery },
  responses: { 200: json('A page of events', listOf(Event)) },
});

const read = apiRoute({
  method: 'get',
  path: '/{id}',
  tag,
  summary: 'An event with its seats taken and waitlist per kind',
  roles,
  etag: true,
  request: { params: EventParams },
  responses: { 200: json('The event', EventWithSeats) },
});

const change = apiRoute({
  method: 'patch',
  path: '/{id}',
  tag,
  summary: 'Change an event; more seats promote from the waitlist, fewer than are taken is refused',
  roles,
  ifMatch: true,
  etag: true,
  problems: [409, 422],
  request: { params: EventParams, body: jsonRequest(EventPatch) },
  responses: { 200: json('The changed event', EventWithSeats) },
});

const signups = apiRoute({
  method: 'get',
  path: '/{id}/signups',
  tag,
  summary: 'The event’s sign-ups by kind and status in arrival order (waitlisted with their position)',
  roles,
  request: { params: EventParams, query: SignupListQuery },
  responses: { 200: json('A page of sign-ups', listOf(Signup)) },
});

const signUpRoute = apiRoute({
  method: 'post',
  path: '/{id}/signups',
  tag,
  summary: 'Sign up a participant (or anyone, by name); a walk-in is recorded as attended',
  roles,
  idempotent: true,
  etag: true,
  problems: [409, 422],
  request: { params: EventParams, body: jsonRequest(CoachSignupCreate) },
  responses: { 201: json('The sign-up', Signup) },
});

const changeSignup = apiRoute({
  method: 'patch',
  path: '/{id}/signups/{signupId}',
  tag,
  summary: 'Check in (attended / no_show, or back to confirmed) or cancel a sign-up',
  roles,
  ifMatch: true,
  etag: true,
  problems: [409, 422],
  request: { params: SignupParams, body: jsonRequest(SignupPatch) },
  responses: { 200: json('The sign-up', Signup) },
});

export const eventRoutes = $(apiRoutes().use(authenticate))
  .openapi(create, async (c) => {
    const { tenant, userId } = c.var.principal;
    const body = c.req.valid('json');
    const now = new Date().toISOString();
    const event: Event = {
      ...body,
      ...eventSpan(body.sessions),
      id: ulid(),
      tenant,
      createdBy: userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await createEvent(tenant, event);
    c.header('Location', `/v1/events/${event.id}`);
    c.header('ETag', etagOf(event.version));
    return c.json(await withSeats(tenant, event), 201);
  })
  .openapi(list, async (c) => {
    const { tenant } = c.var.principal;
    const { limit, cursor, status } = c.req.valid('query');
    const scope = cursorScope(c, 'events', { status });
    const page = await listEvents(tenant, { limit, startKey: await startKeyFrom(c, scope, cursor) }, status);
    return c.json(await listBody(c, scope, page), 200);
  })
  .openapi(read, async (c) => {
    const { tenant } = c.var.principal;
    const event = await existingEvent(tenant, c.req.valid('param').id);
    c.header('ETag', etagOf(event.version));
    return c.json(await withSeats(tenant, event), 200);
  })
  .openapi(change, async (c) => {
    const { tenant } = c.var.principal;
    const current = await existingEvent(tenant, c.req.valid('param').id);
    const version = expectedVersion(c, current.version);
    const changed = applyEventPatch(current, c.req.valid('json'), new Date());
    if (!changed.ok) throw problemFor(changed);
    if (isUnchanged(current, changed.event)) {
      c.header('ETag', etagOf(current.version));
      return c.json(await withSeats(tenant, current), 200);
    }
    const next = { ...changed.event, version: version + 1 };
    const promoted = await (isDeepStrictEqual(current.seats, next.seats)
      ? saveEvent(tenant, next, version).then(() => [])
      : saveEventWithSeats(tenant, next, version, new Date())
    ).catch((error) => Promise.reject(storeProblem(error)));
    await Promise.all(promoted.map((signup) => mailAbout(c.var.deps, next, signup, 'promoted')));
    if (next.status === 'cancelled' && current.status !== 'cancelled') {
      await announceCancellation(c.var.deps, next);
    }
    c.header('ETag', etagOf(next.version));
    return c.json(await withSeats(tenant, next), 200);
  })
  .openapi(signups, async (c) => {
    const { tenant } = c.var.principal;
    const event = await existingEvent(tenant, c.req.valid('param').id);
    const { limit, cursor, kind, status } = c.req.valid('query');
    const scope = cursorScope(c, 'signups', { eventId: event.id, kind, status });
    const page = await listSignups(
      tenant,
      event.id,
      { limit, startKey: await startKeyFrom(c, scope, cursor) },
      {
        kind,
        status,
      },
    );
    return c.json(await listBody(c, scope, page), 200);
  })
  .openapi(signUpRoute, async (c) => {
    const { tenant, userId } = c.var.principal;
    const event = await existingEvent(tenant, c.req.valid('param').id);
    const { walkIn, participantId, companions, ...body } = c.req.valid('json');
    const participant = participantId ? await getParticipant(tenant, participantId) : undefined;
    if (participantId && !participant)
      throw problem('signup.participant_missing', [fieldIssue('participantId', 'participant.missing')]);
    const { signup } = await signUp(c.var.deps, webOrigin(c), event, {
      ...body,
      kind: participant ? 'participant' : body.kind,
      name: body.name ?? `${participant?.firstName} ${participant?.lastName}`,
      ...(participant ? { participantId: participant.id } : {}),
      companions,
      source: walkIn ? 'walk_in' : 'coach',
      createdBy: userId,
    });
    c.header('Location', `/v1/events/${event.id}/signups/${signup.id}`);
    c.header('ETag', etagOf(signup.version));
    return c.json(signup, 201);
  })
  .openapi(changeSignup, async (c) => {
    const { tenant } = c.var.principal;
    const { id, signupId } = c.req.valid('param');
    const current = await getSignup(tenant, signupId);
    if (!current || current.eventId !== id) throw problem('signup.not_found');
    expectedVersion(c, current.version);
    const { status } = c.req.valid('json');
    const refusal = checkSignupMove(current.status, status);
    if (refusal) throw problemFor(refusal);
    if (status === current.status) {
      c.header('ETag', etagOf(current.version));
      return c.json(current, 200);
    }
    if (status === 'cancelled') {
      const outcome = await cancel(c.var.deps, tenant, current.id);
      if (outcome.outcome === 'not_found') throw problem('signup.not_found');
      if (outcome.outcome === 'refused')
        throw problemFor(checkSignupMove(outcome.signup.status, 'cancelled') ?? companionCancelRefusal());
      c.header('ETag', etagOf(outcome.signup.version));
      return c.json(outcome.signup, 200);
    }
    const saved = await setAttendance(tenant, current, status as 'attended', new Date()).catch((error) =>
      Promise.reject(storeProblem(error)),
    );
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  });
