import type { Context } from 'hono';
import { ulid } from 'ulid';
import { getEmployer } from '#shared/db/repositories/employers';
import { createMatch, getMatch } from '#shared/db/repositories/matches';
import { getParticipant } from '#shared/db/repositories/participants';
import { getPlacement, repairSeatStatus } from '#shared/db/repositories/placements';
import { getStaffMember } from '#shared/db/repositories/staff';
import { getTenant } from '#shared/db/repositories/tenants';
import { employerMatchView, summaryMayShow } from '#shared/domain/employer-view';
import { evaluatePair } from '#shared/domain/matching/index';
import { checkMayStart } from '#shared/domain/placement-kind';
import { type SectorLabel, sectorLabeller } from '#shared/domain/tenant-settings';
import type { EmployerStatus } from '#shared/schemas/employer';
import type { Match, MatchCreate } from '#shared/schemas/match';
import type { CoachContact } from '#shared/schemas/staff';
import { auditRead } from '../audit.ts';
import type { Principal } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import { fieldIssue, problem, storeProblem } from '../errors.ts';
import { isStaff } from '../middleware/auth.ts';
import { problemFor } from '../refusal.ts';
import { tenantMatching } from './matching-sets.ts';

export async function visibleMatch(principal: Principal, matchId: string): Promise<Match> {
  const match = await getMatch(principal.tenant, matchId);
  if (!match || (!isStaff(principal.role) && match.employerId !== principal.employerId))
    throw problem('match.not_found');
  return match;
}

/** The calling employer's status, which decides whether a new candidate may be shown. */
async function callerEmployerStatus(principal: Principal): Promise<EmployerStatus> {
  const employer = principal.employerId
    ? await getEmployer(principal.tenant, principal.employerId)
    : undefined;
  return employer?.status ?? 'pending';
}

/** What showing a candidate to an employer takes: its status, and the tenant's words for sectors. */
export interface EmployerSight {
  status: EmployerStatus;
  sectorLabel: SectorLabel;
}

export async function employerSight(principal: Principal): Promise<EmployerSight> {
  const [status, tenant] = await Promise.all([callerEmployerStatus(principal), getTenant(principal.tenant)]);
  return { status, sectorLabel: sectorLabeller(tenant) };
}

/** Finds the job coach behind a proposal once per request, however many proposals name them. */
export type CoachBook = (userId: string | undefined) => Promise<CoachContact | undefined>;

export function coachBook(tenant: string): CoachBook {
  const found = new Map<string, Promise<CoachContact | undefined>>();
  return (userId) => {
    if (!userId) return Promise.resolve(undefined);
    let contact = found.get(userId);
    if (!contact) {
      contact = getStaffMember(tenant, userId).then(
        (member) =>
          member && {
            name: member.name,
            ...(member.phone ? { phone: member.phone } : {}),
            ...(member.email ? { email: member.email } : {}),
          },
      );
      found.set(userId, contact);
    }
    return contact;
  };
}

/** The coach who proposed the match: the one who said they would call. */
const proposerOf = (match: Match) => match.history[0]?.by;

/**
 * The match as this caller may see it; an employer's view is audited when it shows a
 * summary, and names the coach to call. The participant and the employer's sight are
 * read only when a summary may show at all (a list passes the sight it read once, and
 * one coach book).
 */
export async function present(
  c: Context<AppEnv>,
  match: Match,
  sight?: EmployerSight,
  coaches: CoachBook = coachBook(match.tenant),
) {
  if (isStaff(c.var.principal.role)) return match;
  const coach = await coaches(proposerOf(match));
  if (!summaryMayShow(match))
    return employerMatchView(match, undefined, 'pending', sectorLabeller(undefined), coach);
  const [participant, seen] = await Promise.all([
    getParticipant(match.tenant, match.participantId),
    sight ?? employerSight(c.var.principal),
  ]);
  const view = employerMatchView(match, participant, seen.status, seen.sectorLabel, coach);
  if (view.candidate) await auditRead(c, match.participantId, 'match.summary.read', match.id);
  return view;
}

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
    ...(participant ? [] : [fieldIssue('participantId', 'participant.missing')]),
    ...(placement ? [] : [fieldIssue('placementId', 'placement.missing')]),
  ];
  if (!participant || !placement) throw problem('match.references_missing', missing);
  await repairSeatStatus(principal.tenant, placement);
  // Nobody is proposed for a seat their stage cannot start: the coded refusal, before the fit.
  const notEligible = checkMayStart(participant.stage, placement.kind, 'participantId');
  if (notEligible) throw problemFor(notEligible);
  const evaluation = evaluatePair(participant, placement, await tenantMatching(principal.tenant));
  if (evaluation.excluded) {
    throw problem(
      'match.does_not_fit',
      evaluation.reasons.map((reason) => ({ field: 'placementId', message: reason })),
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
  await createMatch(principal.tenant, match).catch((error) => Promise.reject(storeProblem(error)));
  return match;
}
