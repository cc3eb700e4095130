import { createHash, randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import { acceptInvitation, createInvitation, getInvitation } from '#shared/db/repositories/employer-users';
import { getEmployer } from '#shared/db/repositories/employers';
import { swedishDate } from '#shared/domain/calendar';
import { employerDisplayName } from '#shared/domain/employer-unit';
import { checkInvitation, invitationExpiry } from '#shared/domain/invitation';
import { invitationMail } from '#shared/messages/invitation-mail';
import type { Employer } from '#shared/schemas/employer';
import type {
  Invitation,
  InvitationAccepted,
  InvitationCreate,
  InvitationPreview,
} from '#shared/schemas/employer-user';
import type { Principal } from '../auth/principal.ts';
import type { AppDeps } from '../env.ts';
import { problem, storeProblem } from '../errors.ts';
import { problemFor } from '../refusal.ts';

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/** `<tenant>.<secret>` → where to look and the hash to look for; the secret itself is never stored. */
function parseToken(token: string): { tenant: string; tokenHash: string } {
  const [tenant = '', secret = ''] = token.split('.');
  return { tenant, tokenHash: hashOf(secret) };
}

/** Stores an invitation to the employer and mails its link to the person invited. */
export async function inviteEmployerUser(
  deps: AppDeps,
  webUrl: string,
  principal: Principal,
  employer: Employer,
  request: InvitationCreate,
  now = new Date(),
): Promise<Invitation> {
  const secret = randomBytes(32).toString('base64url');
  const invitation: Invitation = {
    id: ulid(),
    tenant: principal.tenant,
    employerId: employer.id,
    name: request.name,
    email: request.email,
    status: 'pending',
    expiresAt: invitationExpiry(now),
    createdAt: now.toISOString(),
    createdBy: principal.userId,
  };
  await createInvitation(principal.tenant, { invitation, tokenHash: hashOf(secret) });
  await deps.mailer.send({
    to: request.email,
    ...invitationMail({
      name: request.name,
      employerName: employerDisplayName(employer),
      invitedBy: principal.name ?? 'En arbetskonsulent',
      link: `${webUrl}/inbjudan/${principal.tenant}.${secret}`,
      expiresOn: swedishDate(new Date(invitation.expiresAt)),
    }),
  });
  return invitation;
}

/** An invitation that can still be accepted, and its employer; the problem otherwise (404, 409 used, 410 expired). */
async function usableInvitation(token: string, now: Date) {
  const { tenant, tokenHash } = parseToken(token);
  const invitation = await getInvitation(tenant, tokenHash);
  if (!invitation) throw problem('invitation.not_found');
  const refusal = checkInvitation(invitation, now);
  if (refusal) throw problemFor(refusal);
  const employer = await getEmployer(tenant, invitation.employerId);
  if (!employer) throw problem('invitation.not_found');
  return { tenant, tokenHash, invitation, employer };
}

/** What the invitation page says before the person joins: the same checks as accepting, nothing written. */
export async function previewEmployerInvitation(token: string, now = new Date()): Promise<InvitationPreview> {
  const { invitation, employer } = await usableInvitation(token, now);
  return {
    employerName: employerDisplayName(employer),
    name: invitation.name,
    expiresAt: invitation.expiresAt,
  };
}

/**
 * Accepts an invitation: the account is created or found in the directory, then
 * the invitation, the membership and the link are written in one transaction.
 */
export async function acceptEmployerInvitation(
  deps: AppDeps,
  token: string,
  now = new Date(),
): Promise<InvitationAccepted> {
  const { tenant, tokenHash, invitation, employer } = await usableInvitation(token, now);
  const account = await deps.directory.provideEmployerUser({
    tenant,
    email: invitation.email,
    name: invitation.name,
    employerId: employer.id,
  });
  if (!account) throw problem('invitation.user_elsewhere');
  await acceptInvitation(
    tenant,
    tokenHash,
    {
      userId: account.userId,
      employerId: employer.id,
      tenant,
      name: invitation.name,
      email: invitation.email,
      via: 'invitation',
      addedAt: now.toISOString(),
      addedBy: invitation.createdBy,
    },
    now,
  ).catch((error) => Promise.reject(storeProblem(error)));
  return {
    employerId: employer.id,
    employerName: employerDisplayName(employer),
    userId: account.userId,
    email: invitation.email,
    newUser: account.created,
  };
}
