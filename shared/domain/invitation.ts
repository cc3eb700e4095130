import type { Invitation } from '../schemas/employer-user.ts';
import { type Refusal, refuse } from './refusal.ts';

/** Long enough for a busy contact person to get to it, short enough that a forwarded mail goes stale. */
export const invitationDays = 14;

export const invitationExpiry = (now: Date): string =>
  new Date(now.getTime() + invitationDays * 24 * 60 * 60 * 1000).toISOString();

/** Whether an invitation can still be accepted. */
export function checkInvitation(invitation: Invitation, now: Date): Refusal | undefined {
  if (invitation.status !== 'pending') {
    return refuse('invitation.used', 'token', {
      sv: 'Inbjudan är redan använd. Logga in med kontot som skapades.',
      en: 'The invitation has already been used. Sign in with the account it created.',
    });
  }
  if (invitation.expiresAt <= now.toISOString()) {
    return refuse('invitation.expired', 'token', {
      sv: 'Inbjudan har gått ut. Be om en ny.',
      en: 'The invitation has expired. Ask for a new one.',
    });
  }
  return undefined;
}
