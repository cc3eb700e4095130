import { Hono } from 'hono';
import { ulid } from 'ulid';
import { ConflictError, StaleVersionError } from '#shared/db/errors';
import { changeMatch, createMatch, getMatch, listMatches } from '#shared/db/repositories/matches';
import { getParticipant, stageChangeItems } from '#shared/db/repositories/participants';
import { getPlacement } from '#shared/db/repositories/placements';
import { employerMatchView, hasConsent } from '#shared/domain/employer-view';
import { checkMatchStep } from '#shared/domain/match-lifecycle';
import { evaluatePair } from '#shared/domain/matching/index';
import { checkTransition } from '#shared/domain/pathway';
import { ListQuery } from '#shared/schemas/common';
import { type Match, MatchCreate, MatchListQuery, MatchPatch } from '#shared/schemas/match';
import type { Participant } from '#shared/schemas/participant';
import type { Stage } from '#shared/schemas/vocabulary';
import { auditRead } from '../audit.ts';
import type { Principal } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import {
  badRequest,
  conflict,
  forbidden,
  notFound,
  preconditionFailed,
  unprocessable,
  validationFailed,
} from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, isStaff, requireRole, staffRoles } from '../middleware/auth.ts';
import { idempotent } from '../middleware/idempotency.ts';
import { validate } from '../validation.ts';
import { tenantWeights } from './matching.ts';
import { IdParam } from './params.ts';

async function visibleMatch(principal: Principal, matchId: string): Promise<Match> {
  const match = await getMatch(principal.tenant, matchId);
  if (!match || (!isStaff(principal.role) && match.employerId !== principal.employerId))
    throw notFound('Match');
  return match;
}

// Outcomes that are also pathway stages move the participant there when the placement ends.
const outcomeStages: Partial<Record<NonNullable<Match['outcome']>, Stage>> = {
  employed: 'employed',
  studies: 'studies',
  reinforced_cooperation: 'reinforced_cooperation',
};

function stageMove(
  participant: Participant,
  to: Stage | undefined,
  date: string,
  actorId: string,
  now: Date,
) {
  if (!to || participant.stage === to) return [];
  const check = checkTransition(participant.stage, to);
  if (!check.ok) throw conflict(check.reason.en, [{ field: 'status', message: check.reason.sv }]);
  if (date < participant.stageSince) {
    throw unprocessable('The date is before the participant’s previous step.', [
      { field: 'startDate', message: `Datumet kan inte vara före ${participant.stageSince}.` },
    ]);
  }
  return stageChangeItems(participant, { to, date, actorId }, now).items;
}

/** The match as this caller may see it; an employer's view is audited when it shows a summary. */
async function present(c: Parameters<typeof auditRead>[0], match: Match) {
  if (isStaff(c.var.principal.role)) return match;
  const participant = hasConsent(match) ? await getParticipant(match.tenant, match.participantId) : undefined;
  const view = employerMatchView(match, participant);
  if (view.candidate) await auditRead(c, match.participantId, 'match.summary.read', match.id);
  return view;
}

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
    await createMatch(principal.tenant, match).catch((error) =>
      Promise.reject(
        error instanceof ConflictError
          ? conflict(error.message, [
              { field: 'participantId', message: 'Deltagaren är redan föreslagen till platsen.' },
            ])
          : error,
      ),
    );
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
    if (!staff && !principal.employerId) return c.json({ items: [] }, 200);
    // Employers see the proposals for their own placements, whatever they filter by.
    const filter = staff
      ? query
      : { employerId: principal.employerId, placementId: query.placementId, status: query.status };
    const scope = cursorScope(c, 'matches', filter);
    const page = await listMatches(principal.tenant, filter, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    if (staff && query.participantId) await auditRead(c, query.participantId, 'participant.matches.read');
    const items = await Promise.all(page.items.map((match) => present(c, match)));
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
    const patch = c.req.valid('json');
    const now = new Date();
    const timestamp = now.toISOString();
    let next: Match = { ...current };

    if (patch.consentToShare !== undefined) {
      if (!isStaff(principal.role)) throw forbidden('Only a coach records consent.');
      next.consent = patch.consentToShare
        ? { sharedSummary: true, recordedAt: timestamp, recordedBy: principal.userId }
        : { ...current.consent, sharedSummary: false, revokedAt: timestamp };
    }

    let seatChange: 1 | 0 | -1 = 0;
    let ends = false;
    let alongWith: Record<string, unknown>[] = [];
    if (patch.status !== undefined && patch.status !== current.status) {
      const step = checkMatchStep(current.status, patch.status, principal.role);
      if (!step.ok) {
        if (step.forbidden) throw forbidden(step.reason);
        throw unprocessable(step.reason, [{ field: 'status', message: step.reason }]);
      }
      ({ seatChange, ends } = step);
      if (patch.status === 'started' || patch.status === 'completed') {
        const participant = await getParticipant(principal.tenant, current.participantId);
        if (!participant) throw conflict('The participant no longer exists.');
        const to = patch.status === 'started' ? 'learning_placement' : outcomeStages[patch.outcome!];
        const date = patch.status === 'started' ? patch.startDate! : timestamp.slice(0, 10);
        alongWith = stageMove(participant, to, date, principal.userId, now);
      }
      next = {
        ...next,
        status: patch.status,
        ...(patch.status === 'declined' && patch.reason ? { declineReason: patch.reason } : {}),
        ...(patch.startDate ? { startDate: patch.startDate } : {}),
        ...(patch.outcome ? { outcome: patch.outcome } : {}),
        history: [
          ...current.history,
          {
            status: patch.status,
            at: timestamp,
            by: principal.userId,
            ...(patch.reason ? { reason: patch.reason } : {}),
          },
        ],
      };
    }

    // Repeating the current status (a retried request) changes nothing.
    if (next.status === current.status && patch.consentToShare === undefined) {
      c.header('ETag', etagOf(current.version));
      return c.json(await present(c, current), 200);
    }
    const saved = await changeMatch(current, next, { seatChange, ends, alongWith }, now).catch((error) => {
      if (error instanceof StaleVersionError) return Promise.reject(preconditionFailed());
      if (error instanceof ConflictError) {
        return Promise.reject(
          conflict(error.message, [{ field: 'status', message: seatMessage(error.reason) }]),
        );
      }
      return Promise.reject(error);
    });
    c.header('ETag', etagOf(saved.version));
    return c.json(await present(c, saved), 200);
  });

const seatMessage = (reason: string) =>
  reason === 'noSeat'
    ? 'Platsen har inga lediga platser kvar.'
    : 'Deltagaren ändrades samtidigt. Försök igen.';
