import { $ } from '@hono/zod-openapi';
import { z } from 'zod';
import { StaleVersionError } from '#shared/db/errors';
import { getMatchingState } from '#shared/db/repositories/matching-state';
import { eraseParticipant } from '#shared/db/repositories/participant-erasure';
import {
  createParticipant,
  getParticipant,
  listParticipants,
  listTransitions,
  recordTransition,
  saveParticipant,
} from '#shared/db/repositories/participants';
import { getTenant } from '#shared/db/repositories/tenants';
import { swedishDate } from '#shared/domain/calendar';
import { checkStep } from '#shared/domain/pathway';
import { travelDefault } from '#shared/domain/tenant-settings';
import { isUnchanged } from '#shared/domain/unchanged';
import { IdParam, ListQuery, listOf } from '#shared/schemas/common';
import { RankQuery } from '#shared/schemas/matching';
import {
  Participant,
  ParticipantCreate,
  ParticipantListQuery,
  ParticipantPatch,
  Transition,
  TransitionCreate,
} from '#shared/schemas/participant';
import { ErasureRequest, ParticipantExport } from '#shared/schemas/participant-rights';
import { PlacementRanking } from '#shared/schemas/ranking';
import { auditRead, auditReads } from '../audit.ts';
import { fieldIssue, problem, storeProblem } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { problemFor } from '../refusal.ts';
import { employmentItems } from '../services/employment.ts';
import { missingParticipant, participantExport } from '../services/participant-rights.ts';
import { placementRanking } from '../services/rankings.ts';
import { assertKnownSectors, checkKnownSectors } from '../services/sectors.ts';
import { assertStaffMember } from '../services/staff.ts';

async function existingParticipant(tenant: string, participantId: string): Promise<Participant> {
  const participant = await getParticipant(tenant, participantId);
  // An erased person is gone from every read, and the answer says so.
  if (!participant) throw await missingParticipant(tenant, participantId);
  return participant;
}

const staleToPrecondition = (error: unknown) => Promise.reject(storeProblem(error));

const staleToConflict = (error: unknown) =>
  Promise.reject(error instanceof StaleVersionError ? problem('participant.changed') : error);

// Participant profiles are sensitive personal data: coaches and admins only.
const tag = 'Participants';
const roles = staffRoles;

const create = apiRoute({
  method: 'post',
  path: '/',
  tag,
  summary: 'Create a participant profile (starts the pathway with a first transition)',
  roles,
  idempotent: true,
  etag: true,
  request: { body: jsonRequest(ParticipantCreate) },
  responses: { 201: json('Created', Participant) },
});

const list = apiRoute({
  method: 'get',
  path: '/',
  tag,
  summary: 'List participants by stage and/or coach',
  roles,
  request: { query: ListQuery.extend(ParticipantListQuery.shape) },
  responses: { 200: json('A page of participants', listOf(Participant)) },
});

const read = apiRoute({
  method: 'get',
  path: '/{id}',
  tag,
  summary: 'Read a profile (audited)',
  roles,
  etag: true,
  request: { params: IdParam },
  responses: { 200: json('The participant', Participant) },
});

const change = apiRoute({
  method: 'patch',
  path: '/{id}',
  tag,
  summary: 'Change a profile (the stage changes only by transitions)',
  roles,
  ifMatch: true,
  etag: true,
  request: { params: IdParam, body: jsonRequest(ParticipantPatch) },
  responses: { 200: json('The changed participant', Participant) },
});

const matches = apiRoute({
  method: 'get',
  path: '/{id}/matches',
  tag: 'Matching',
  summary: 'Open placements ranked for the participant, with reasons (audited)',
  roles,
  request: { params: IdParam, query: RankQuery },
  responses: { 200: json('Ranking', PlacementRanking) },
});

const timeline = apiRoute({
  method: 'get',
  path: '/{id}/transitions',
  tag,
  summary: 'The pathway timeline, oldest first (audited)',
  roles,
  request: { params: IdParam },
  responses: { 200: json('Transitions', z.object({ items: z.array(Transition) })) },
});

const step = apiRoute({
  method: 'post',
  path: '/{id}/transitions',
  tag,
  summary: 'Move the participant to another stage (422 with the reason when the step is not allowed)',
  roles,
  idempotent: true,
  etag: true,
  problems: [403, 409, 422],
  request: { params: IdParam, body: jsonRequest(TransitionCreate) },
  responses: { 201: json('Recorded', z.object({ participant: Participant, transition: Transition })) },
});

// The participant's rights (GDPR art. 15 and 17): the tenant's admins answer them.
const exportData = apiRoute({
  method: 'get',
  path: '/{id}/export',
  tag,
  summary: 'Everything stored about the participant, each part explained in Swedish (audited)',
  roles: ['admin'],
  request: { params: IdParam },
  responses: { 200: json('The export', ParticipantExport) },
});

const erase = apiRoute({
  method: 'delete',
  path: '/{id}',
  tag,
  summary: 'Erase the participant; keeps only de-identified rows the reports count (resumable)',
  roles: ['admin'],
  request: { params: IdParam, body: jsonRequest(ErasureRequest) },
  responses: { 204: { description: 'Erased' } },
});

export const participantRoutes = $(apiRoutes().use(authenticate))
  .openapi(create, async (c) => {
    const principal = c.var.principal;
    const body = c.req.valid('json');
    // One read of the tenant for both its sectors and its default travel time.
    const stored = await getTenant(principal.tenant);
    checkKnownSectors(stored, { interests: body.interests });
    const coachId = body.coachId ?? principal.userId;
    await assertStaffMember(principal, coachId);
    const maxTravelMinutes = body.maxTravelMinutes ?? travelDefault(stored);
    const participant = await createParticipant(
      principal.tenant,
      { ...body, coachId, maxTravelMinutes },
      principal.userId,
    );
    await auditRead(c, participant.id, 'participant.write');
    c.header('Location', `/v1/participants/${participant.id}`);
    c.header('ETag', etagOf(participant.version));
    return c.json(participant, 201);
  })
  .openapi(list, async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    const scope = cursorScope(c, 'participants', filter);
    const page = await listParticipants(c.var.principal.tenant, filter, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    // The list shows whole profiles, so every participant on the page is a read.
    await auditReads(
      c,
      page.items.map((participant) => participant.id),
      'participant.list.read',
    );
    return c.json(await listBody(c, scope, page), 200);
  })
  .openapi(read, async (c) => {
    const participant = await existingParticipant(c.var.principal.tenant, c.req.valid('param').id);
    await auditRead(c, participant.id, 'participant.read');
    c.header('ETag', etagOf(participant.version));
    return c.json(participant, 200);
  })
  .openapi(change, async (c) => {
    const tenant = c.var.principal.tenant;
    const current = await existingParticipant(tenant, c.req.valid('param').id);
    const version = expectedVersion(c, current.version);
    const patch = c.req.valid('json');
    await assertKnownSectors(tenant, { interests: patch.interests }, { kept: current.interests });
    if (patch.coachId !== undefined && patch.coachId !== current.coachId) {
      await assertStaffMember(c.var.principal, patch.coachId);
    }
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    const saved = isUnchanged(current, next)
      ? current
      : await saveParticipant(tenant, next, version).catch(staleToPrecondition);
    await auditRead(c, saved.id, 'participant.write');
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  })
  .openapi(matches, async (c) => {
    const tenant = c.var.principal.tenant;
    // The participant, the tenant's settings and paused employers in one read (docs/performance.md).
    const participantId = c.req.valid('param').id;
    const state = await getMatchingState(tenant, { participantId });
    const { participant } = state;
    if (!participant) throw await missingParticipant(tenant, participantId);
    const ranking = await placementRanking(tenant, participant, c.req.valid('query'), state);
    await auditRead(c, participant.id, 'participant.matches.read');
    return c.json(ranking, 200);
  })
  .openapi(timeline, async (c) => {
    const tenant = c.var.principal.tenant;
    const participant = await existingParticipant(tenant, c.req.valid('param').id);
    await auditRead(c, participant.id, 'participant.transitions.read');
    return c.json({ items: await listTransitions(tenant, participant.id) }, 200);
  })
  .openapi(step, async (c) => {
    const principal = c.var.principal;
    const participant = await existingParticipant(principal.tenant, c.req.valid('param').id);
    const { employment, ...change } = c.req.valid('json');
    const refusal = checkStep(participant, change, swedishDate(new Date()));
    if (refusal) throw problemFor(refusal);
    // A step into work names the employer and the kind of employment; no other step does.
    if ((change.to === 'employed') !== (employment !== undefined)) {
      const key = employment ? 'employment.not_this_step' : 'employment.required';
      throw problem('request.invalid', [fieldIssue('employment', key)]);
    }
    const now = new Date();
    const withEmployment = await employmentItems(
      principal,
      participant,
      change,
      employment && { ...employment, startDate: change.date, employerField: 'employment.employerId' },
      now,
    );
    const result = await recordTransition(
      principal.tenant,
      participant,
      { ...change, actorId: principal.userId },
      now,
      withEmployment,
    ).catch(staleToConflict);
    await auditRead(c, participant.id, 'participant.write');
    c.header('ETag', etagOf(result.participant.version));
    return c.json(result, 201);
  })
  .openapi(exportData, async (c) => {
    const tenant = c.var.principal.tenant;
    const participant = await existingParticipant(tenant, c.req.valid('param').id);
    await auditRead(c, participant.id, 'participant.export.read');
    return c.json(await participantExport(tenant, participant.id), 200);
  })
  .openapi(erase, async (c) => {
    const { tenant, userId, role } = c.var.principal;
    const outcome = await eraseParticipant(tenant, c.req.valid('param').id, {
      reason: c.req.valid('json').reason,
      actorId: userId,
      actorRole: role,
    });
    if (outcome === 'not_found') throw problem('participant.not_found');
    if (outcome === 'already_erased') throw problem('participant.erased');
    return c.body(null, 204);
  });
