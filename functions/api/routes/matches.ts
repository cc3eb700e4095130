import { $ } from '@hono/zod-openapi';
import { z } from 'zod';
import { changeMatch, countEmployerMatches, listMatches } from '#shared/db/repositories/matches';
import { getParticipant } from '#shared/db/repositories/participants';
import { getPlacement, repairSeatStatus } from '#shared/db/repositories/placements';
import { summaryMayShow } from '#shared/domain/employer-view';
import { planMatchChange } from '#shared/domain/match-change';
import { IdParam, ListQuery } from '#shared/schemas/common';
import {
  EmployerMatch,
  Match,
  MatchCount,
  MatchCountQuery,
  MatchCreate,
  MatchListQuery,
  MatchPatch,
} from '#shared/schemas/match';
import { defaultPlacementKind } from '#shared/schemas/placement';
import { auditRead } from '../audit.ts';
import { fieldIssue, problem, storeProblem } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, isStaff, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { problemFor } from '../refusal.ts';
import { employmentItems } from '../services/employment.ts';
import { coachBook, employerSight, present, proposeMatch, visibleMatch } from '../services/matches.ts';

const tag = 'Matches';
const everyone = [...staffRoles, 'employer' as const];
// Honest about who gets what: staff read the whole match, employers only their view of it.
const MatchForCaller = z
  .union([Match, EmployerMatch])
  .describe('Staff (coach, admin) get Match; employers get EmployerMatch');

const count = apiRoute({
  method: 'get',
  path: '/count',
  tag,
  summary: 'How many of the employer’s own matches are in a status (the menu’s count of new proposals)',
  roles: ['employer'],
  request: { query: MatchCountQuery },
  responses: { 200: json('The count', MatchCount) },
});

const propose = apiRoute({
  method: 'post',
  path: '/',
  tag,
  summary: 'Propose a participant for a placement (422 with reasons when a hard constraint fails)',
  roles: staffRoles,
  idempotent: true,
  etag: true,
  problems: [409, 422],
  request: { body: jsonRequest(MatchCreate) },
  responses: { 201: json('Proposed', Match) },
});

const list = apiRoute({
  method: 'get',
  path: '/',
  tag,
  summary: 'Matches by placement or participant (staff), or the employer’s own proposals',
  roles: everyone,
  request: { query: ListQuery.extend(MatchListQuery.shape) },
  responses: {
    200: json(
      'A page of matches',
      z.object({ items: z.array(MatchForCaller), cursor: z.string().optional() }),
    ),
  },
});

const read = apiRoute({
  method: 'get',
  path: '/{id}',
  tag,
  summary: 'Read a match',
  roles: everyone,
  etag: true,
  request: { params: IdParam },
  responses: { 200: json('The match', MatchForCaller) },
});

const change = apiRoute({
  method: 'patch',
  path: '/{id}',
  tag,
  summary: 'Accept/decline (employer), start, complete or cancel; record or revoke consent (staff)',
  roles: everyone,
  ifMatch: true,
  etag: true,
  problems: [409, 422],
  request: { params: IdParam, body: jsonRequest(MatchPatch) },
  responses: { 200: json('The changed match', MatchForCaller) },
});

export const matchRoutes = $(apiRoutes().use(authenticate))
  .openapi(count, async (c) => {
    const { tenant, employerId } = c.var.principal;
    const { status } = c.req.valid('query');
    const matches = employerId ? await countEmployerMatches(tenant, employerId, status) : 0;
    return c.json({ status, count: matches }, 200);
  })
  .openapi(propose, async (c) => {
    const match = await proposeMatch(c.var.principal, c.req.valid('json'));
    c.header('Location', `/v1/matches/${match.id}`);
    c.header('ETag', etagOf(match.version));
    return c.json(match, 201);
  })
  .openapi(list, async (c) => {
    const principal = c.var.principal;
    const { limit, cursor, ...query } = c.req.valid('query');
    const staff = isStaff(principal.role);
    if (staff && !query.placementId && !query.participantId) {
      throw problem('matches.filter_required', [fieldIssue('query.placementId', 'matches.filter')]);
    }
    if (!staff && (!principal.employerId || query.participantId)) return c.json({ items: [] }, 200);
    // An employer's list is always its own partition; placementId only narrows it.
    const owner = staff
      ? query.participantId
        ? { participantId: query.participantId }
        : { placementId: query.placementId! }
      : { employerId: principal.employerId! };
    const filter = { placementId: query.placementId, status: query.status };
    const scope = cursorScope(c, 'matches', { owner, filter });
    const page = await listMatches(principal.tenant, owner, filter, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    if (staff && query.participantId) await auditRead(c, query.participantId, 'participant.matches.read');
    // Read once for the page, and only when some proposal on it may show a summary.
    const sight = !staff && page.items.some(summaryMayShow) ? await employerSight(principal) : undefined;
    const coaches = coachBook(principal.tenant);
    const items = await Promise.all(page.items.map((match) => present(c, match, sight, coaches)));
    return c.json(await listBody(c, scope, { ...page, items }), 200);
  })
  .openapi(read, async (c) => {
    const match = await visibleMatch(c.var.principal, c.req.valid('param').id);
    if (isStaff(c.var.principal.role)) await auditRead(c, match.participantId, 'match.read', match.id);
    c.header('ETag', etagOf(match.version));
    return c.json(await present(c, match), 200);
  })
  .openapi(change, async (c) => {
    const principal = c.var.principal;
    const current = await visibleMatch(principal, c.req.valid('param').id);
    expectedVersion(c, current.version);
    // The step may move the participant's stage; the placement's kind decides who may take its seat.
    const [participant, placement] = await Promise.all([
      getParticipant(principal.tenant, current.participantId),
      getPlacement(principal.tenant, current.placementId),
    ]);
    if (!participant) throw problem('participant.gone');
    if (placement) await repairSeatStatus(principal.tenant, placement);
    const now = new Date();
    const patch = c.req.valid('json');
    const kind = placement?.kind ?? defaultPlacementKind;
    const plan = planMatchChange({ current, patch, participant, placement: { kind }, actor: principal, now });
    if (!plan.ok) throw problemFor(plan);
    // A completion into work opens the employment and its support in the same transaction.
    const withItems =
      plan.unchanged || !plan.stageMove
        ? []
        : await employmentItems(
            principal,
            participant,
            plan.stageMove,
            {
              employerId: current.employerId,
              kind: patch.employment?.kind ?? 'not_recorded',
              startDate: patch.employment?.startDate ?? plan.stageMove.date,
              matchId: current.id,
              employerField: 'status',
            },
            now,
          );
    const saved = plan.unchanged
      ? current
      : await changeMatch(
          principal.tenant,
          current,
          { ...plan, participant, placementKind: kind, actorId: principal.userId, withItems },
          now,
        ).catch((error) => Promise.reject(storeProblem(error)));
    c.header('ETag', etagOf(saved.version));
    return c.json(await present(c, saved), 200);
  });
