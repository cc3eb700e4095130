import type { Context } from 'hono';
import { ulid } from 'ulid';
import { ConflictError, StaleVersionError } from '#shared/db/errors';
import { getEmployer } from '#shared/db/repositories/employers';
import { createMatch, getMatch } from '#shared/db/repositories/matches';
import { getParticipant } from '#shared/db/repositories/participants';
import { getPlacement } from '#shared/db/repositories/placements';
import { employerMatchView, summaryMayShow } from '#shared/domain/employer-view';
import { evaluatePair } from '#shared/domain/matching/index';
import { checkMayStart } from '#shared/domain/placement-kind';
import type { EmployerStatus } from '#shared/schemas/employer';
import type { Match, MatchCreate } from '#shared/schemas/match';
import { auditRead } from '../audit.ts';
import type { Principal } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import { conflict, notFound, preconditionFailed, unprocessable, validationFailed } from '../errors.ts';
import { isStaff } from '../middleware/auth.ts';
import { problemFor } from '../refusal.ts';
import { tenantWeights } from './matching-sets.ts';

export async function visibleMatch(principal: Principal, matchId: string): Promise<Match> {
  const match = await getMatch(principal.tenant, matchId);
  if (!match || (!isStaff(principal.role) && match.employerId !== principal.employerId))
    throw notFound('Match');
  return match;
}

/** The calling employer's status, which decides whether a new candidate may be shown. */
export async function callerEmployerStatus(principal: Principal): Promise<EmployerStatus> {
  const employer = principal.employerId
    ? await getEmployer(principal.tenant, principal.employerId)
    : undefined;
  return employer?.status ?? 'pending';
}

/**
 * The match as this caller may see it; an employer's view is audited when it shows a
 * summary. The participant and the employer's status are read only when a summary may
 * show at all (a list passes the status it read once).
 */
export async function present(c: Context<AppEnv>, match: Match, employerStatus?: EmployerStatus) {
  if (isStaff(c.var.principal.role)) return match;
  if (!summaryMayShow(match)) return employerMatchView(match, undefined, 'pending');
  const [participant, status] = await Promise.all([
    getParticipant(match.tenant, match.participantId),
    employerStatus ?? callerEmployerStatus(c.var.principal),
  ]);
  const view = employerMatchView(match, participant, status);
  if (view.candidate) await auditRead(c, match.participantId, 'match.summary.read', match.id);
  return view;
}

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
  placementChanged: {
    code: 'placement.changed',
    message: 'Platsen ändrades samtidigt. Försök igen.',
  },
  participantChanged: {
    code: 'participant.changed',
    message: 'Deltagaren ändrades samtidigt. Försök igen.',
  },
};

/** A write the store refused, as the problem the API answers. */
export const changeProblem = (error: unknown) => {
  if (error instanceof StaleVersionError) return preconditionFailed();
  if (error instanceof ConflictError) {
    const { code, message } = conflictMessages[error.reason] ?? conflictMessages.participantChanged!;
    return conflict(error.message, [{ field: 'status', message }], code);
  }
  return error;
};

/**
 * A coach proposes a participant for a placement: 400 for unknown ids, 422
 * `match.stage_not_eligible` when the participant's stage cannot start the placement's
 * kind, 422 `match.does_not_fit` when another hard constraint fails.
 */
export async function proposeMatch(principal: Principal, body: MatchCreate): Promise<Match> {
  const [participant, placement] = await Promise.all([
    getParticipant(principal.tenant, body.participantId),
    getPlacement(principal.tenant, body.placementId),
  ]);
  const missing = [
    ...(participant ? [] : [{ field: 'participantId', message: 'Deltagaren finns inte.' }]),
    ...(placement ? [] : [{ field: 'placementId', message: 'Platsen finns inte.' }]),
  ];
  if (!participant || !placement) throw validationFailed(missing);
  // Nobody is proposed for a seat their stage cannot start: the coded refusal, before the fit.
  const notEligible = checkMayStart(participant.stage, placement.kind, 'participantId');
  if (notEligible) throw problemFor(notEligible);
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
  return match;
}
