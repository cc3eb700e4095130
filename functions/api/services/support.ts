import type { Context } from 'hono';
import { queryAll } from '#shared/db/page';
import { getEmployer } from '#shared/db/repositories/employers';
import { listEmployerEmployments, listEmployments } from '#shared/db/repositories/employments';
import { getMatch, listMatches } from '#shared/db/repositories/matches';
import { getParticipant } from '#shared/db/repositories/participants';
import { getStaffMember } from '#shared/db/repositories/staff';
import { getSupportRequest } from '#shared/db/repositories/support-requests';
import type { SupportCall, SupportCallCreate } from '#shared/schemas/support-call';
import type { EmployerSupportRequest, SupportRequest } from '#shared/schemas/support-request';
import type { Gender } from '#shared/schemas/vocabulary';
import { auditReads } from '../audit.ts';
import type { Principal } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import { type FieldIssue, fieldIssue, problem } from '../errors.ts';

/**
 * The records a new call names, each checked to exist in the tenant and to belong
 * to the call's employer; an unknown one is 400, naming the field.
 */
export async function callReferences(principal: Principal, body: SupportCallCreate) {
  const { tenant } = principal;
  const [employer, participant, match, request, employments] = await Promise.all([
    getEmployer(tenant, body.employerId),
    body.participantId ? getParticipant(tenant, body.participantId) : undefined,
    body.matchId ? getMatch(tenant, body.matchId) : undefined,
    body.supportRequestId ? getSupportRequest(tenant, body.supportRequestId) : undefined,
    body.employmentId && body.participantId ? listEmployments(tenant, body.participantId) : [],
  ]);
  const issues: FieldIssue[] = [];
  if (!employer) issues.push(fieldIssue('employerId', 'support.employer_missing'));
  if (body.participantId && !participant)
    issues.push(fieldIssue('participantId', 'support.participant_missing'));
  if (body.matchId && match?.employerId !== body.employerId)
    issues.push(fieldIssue('matchId', 'support.match_missing'));
  if (body.supportRequestId && request?.employerId !== body.employerId)
    issues.push(fieldIssue('supportRequestId', 'support.request_missing'));
  const employment = employments.find((entry) => entry.id === body.employmentId);
  if (body.employmentId && employment?.employerId !== body.employerId)
    issues.push(fieldIssue('employmentId', 'support.employment_missing'));
  if (issues.length > 0) throw problem('support.references_missing', issues);
  return { request, employer: employer!, participant };
}

/** The gender the indicators count a call or follow-up under: its participant's, or unspecified. */
export async function genderOfCall(tenant: string, call: SupportCall): Promise<Gender> {
  if (!call.participantId) return 'unspecified';
  return (await getParticipant(tenant, call.participantId))?.gender ?? 'unspecified';
}

/** A follow-up's owner is a coach or admin of the tenant (the caller is). */
export async function assertFollowUpOwner(principal: Principal, ownerId: string, field: string) {
  if (ownerId === principal.userId) return;
  if (await getStaffMember(principal.tenant, ownerId)) return;
  throw problem('request.invalid', [fieldIssue(field, 'support.owner_unknown')]);
}

/** Every answer that shows a call's note is a read of it, in the audit log (and the participant's trail). */
export async function auditNoteReads(c: Context<AppEnv>, calls: readonly SupportCall[]) {
  const withNote = calls.filter((call) => call.note !== undefined);
  if (withNote.length === 0) return;
  const subjects = withNote.flatMap((call) => [call.id, ...(call.participantId ? [call.participantId] : [])]);
  await auditReads(c, subjects, 'support_call.note.read');
}

/** What an employer sees of its own request: the state, never who called back or what was noted. */
export const employerRequestView = (request: SupportRequest): EmployerSupportRequest => ({
  id: request.id,
  topic: request.topic,
  ...(request.message !== undefined ? { message: request.message } : {}),
  preferredTime: request.preferredTime,
  urgent: request.urgent,
  dueDate: request.dueDate,
  status: request.status,
  createdAt: request.createdAt,
  ...(request.answeredAt ? { answeredAt: request.answeredAt } : {}),
});

/**
 * The employer's coaches: those of the participants it has had proposals for or hired.
 * None yet means every coach of the tenant sees the request.
 */
export async function coachesOfEmployer(tenant: string, employerId: string): Promise<string[]> {
  const [matches, employments] = await Promise.all([
    queryAll((page) => listMatches(tenant, { employerId }, {}, page)),
    listEmployerEmployments(tenant, employerId),
  ]);
  const coachIds = new Set(employments.map((employment) => employment.coachId));
  const participantIds = [...new Set(matches.map((match) => match.participantId))].slice(0, 50);
  const participants = await Promise.all(participantIds.map((id) => getParticipant(tenant, id)));
  for (const participant of participants) if (participant) coachIds.add(participant.coachId);
  return [...coachIds].sort();
}
