import type { Context } from 'hono';
import { Hono } from 'hono';
import { ulid } from 'ulid';
import { ConflictError, StaleVersionError } from '#shared/db/errors';
import { getEmployer } from '#shared/db/repositories/employers';
import { changeMatch, createMatch, getMatch, listMatches } from '#shared/db/repositories/matches';
import { getParticipant } from '#shared/db/repositories/participants';
import { getPlacement } from '#shared/db/repositories/placements';
import { employerMatchView, summaryMayShow } from '#shared/domain/employer-view';
import { planMatchChange } from '#shared/domain/match-change';
import { evaluatePair } from '#shared/domain/matching/index';
import { ListQuery } from '#shared/schemas/common';
import type { EmployerStatus } from '#shared/schemas/employer';
import { type Match, MatchCreate, MatchListQuery, MatchPatch } from '#shared/schemas/match';
import { auditRead } from '../audit.ts';
import type { Principal } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import {
  badRequest,
  conflict,
  notFound,
  preconditionFailed,
  unprocessable,
  validationFailed,
} from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, isStaff, requireRole, staffRoles } from '../middleware/auth.ts';
import { idempotent } from '../middleware/idempotency.ts';
import { problemFor } from '../refusal.ts';
import { tenantWeights } from '../services/matching-sets.ts';
import { validate } from '../validation.ts';
import { IdParam } from './params.ts';

async function visibleMatch(principal: Principal, matchId: string): Promise<Match> {
  const match = await getMatch(principal.tenant, matchId);
  if (!match || (!isStaff(principal.role) && match.employerId !== principal.employerId))
    throw notFound('Match');
  return match;
}

/** The calling employer's status, which decides whether a new candidate may be shown. */
async function callerEmployerStatus(principal: Principal): Promise<EmployerStatus> {
  const employer = principal.employerId
    ? await getEmployer(principal.tenant, principal.employerId)
    : undefined;
  return employer?.status ?? 'pending';
}

/** The match as this caller may see it; an employer's view is audited when it shows a summary. */
async function present(c: Context<AppEnv>, match: Match, employerStatus?: EmployerStatus) {
  if (isStaff(c.var.principal.role)) return match;
  const participant = summaryMayShow(match)
    ? await getParticipant(match.tenant, match.participantId)
    : undefined;
  const view = employerMatchView(
    match,
    participant,
    employerStatus ?? (await callerEmployerStatus(c.var.principal)),
  );
  if (view.candidate) await auditRead(c, match.participantId, 'match.summary.read', match.id);
  return view;
}

const changeProblem = (error: unknown) => {
  if (error instanceof StaleVersionError) return preconditionFailed();
  if (error instanceof ConflictError) {
    const { code, message } = conflictMessages[error.reason] ?? conflictMessages.participantChanged!;
    return conflict(error.message, [{ field: 'status', message }], code);
  }
  return error;
};

const conflictMessages: Record<string, { code: string; message: string }> = {
  noSeat: { code: 'match.no_free_seat', message: 'Platsen har inga lediga platser kvar.' },
  employerNotActive: {
    code: 'employer.not_active',
    message: 'Arbetsgivaren är pausad just nu och kan inte ta emot förslag.',
  },
  alreadyProposed: {
    code: 'match.already_proposed',
    message: 'Deltagaren är redan föreslagen till platsen.',
  },
  participantChanged: {
    code: 'participant.changed',
    message: 'Deltagaren ändrades samtidigt. Försök igen.',
  },
};

export const matchRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .post('/', requireRole(...staffRoles), idempotent, validate('json', MatchCreate), async (c) => {
    const principal = c.var.principal;
    const body = c.req.valid('json');
    const [participant, placement] = await Promise.all([
      getParticipant(principal.tenant, body.participantId),
      getPlacement(principal.tenant, body.placementId),
    ]);
    const missing = [
      ...(participant ? [] : [{ field: 'participantId', message: 'Deltagaren finns inte.' }]),
      ...(placement ? [] : [{ field: 'placementId', message: 'Platsen finns inte.' }]),
    ];
    if (!participant || !placement) throw validationFailed(missing);
    const evaluation = evaluatePair(participant, placement, {
      weights: await tenantWeights(principal.tenant),
    });
    if (evaluation.excluded) {
      throw unprocessable(
        'The participant does not fit this placement.',
        evaluation.reasons.map((reason) => ({ field: 'placementId', message: reason.sv })),
        'match.does_not_fit',
      );
    }
    const now = new Date().toISOString();
    const match: Match = {
      id: ulid(),
      tenant: principal.tenant,
      participantId: participant.id,
      placementId: placement.id,
      employerId: placement.employerId,
      placementTitle: placement.title,
      status: 'proposed',
      score: evaluation.score,
      reasons: evaluation.reasons,
      consent: { sharedSummary: body.consentToShare, recordedAt: now, recordedBy: principal.userId },
      ...(body.note ? { note: body.note } : {}),
      history: [{ status: 'proposed', at: now, by: principal.userId }],
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await createMatch(principal.tenant, match).catch((error) => Promise.reject(changeProblem(error)));
    c.header('Location', `/v1/matches/${match.id}`);
    c.header('ETag', etagOf(match.version));
    return c.json(match, 201);
  })
  .get('/', validate('query', ListQuery.extend(MatchListQuery.shape)), async (c) => {
    const principal = c.var.principal;
    const { limit, cursor, ...query } = c.req.valid('query');
    const staff = isStaff(principal.role);
    if (staff && !query.placementId && !query.participantId) {
      throw badRequest('Give placementId or participantId.', [
        { field: 'query.placementId', message: 'Välj en plats eller en deltagare.' },
      ]);
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
    const employerStatus = staff ? undefined : await callerEmployerStatus(principal);
    const items = await Promise.all(page.items.map((match) => present(c, match, employerStatus)));
    return c.json(await listBody(c, scope, { ...page, items }), 200);
  })
  .get('/:id', validate('param', IdParam), async (c) => {
    const match = await visibleMatch(c.var.principal, c.req.valid('param').id);
    if (isStaff(c.var.principal.role)) await auditRead(c, match.participantId, 'match.read', match.id);
    c.header('ETag', etagOf(match.version));
    return c.json(await present(c, match), 200);
  })
  .patch('/:id', validate('param', IdParam), validate('json', MatchPatch), async (c) => {
    const principal = c.var.principal;
    const current = await visibleMatch(principal, c.req.valid('param').id);
    expectedVersion(c, current.version);
    const participant = await getParticipant(principal.tenant, current.participantId);
    if (!participant) throw conflict('The participant no longer exists.', undefined, 'participant.gone');
    const now = new Date();
    const plan = planMatchChange({ current, patch: c.req.valid('json'), participant, actor: principal, now });
    if (!plan.ok) throw problemFor(plan);
    const saved = plan.unchanged
      ? current
      : await changeMatch(
          principal.tenant,
          current,
          { ...plan, participant, actorId: principal.userId },
          now,
        ).catch((error) => Promise.reject(changeProblem(error)));
    c.header('ETag', etagOf(saved.version));
    return c.json(await present(c, saved), 200);
  });
