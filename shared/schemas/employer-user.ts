import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, TenantId, Timestamp } from './common.ts';
import { ContactPerson } from './employer.ts';

/** A person who acts for an employer: the one who registered it, or someone invited. */
export const EmployerUser = z.object({
  userId: z.string(),
  employerId: Id,
  tenant: TenantId,
  name: z.string(),
  email: z.string().optional(),
  via: z.enum(['registration', 'invitation']),
  addedAt: Timestamp,
  addedBy: z.string(),
});
export type EmployerUser = z.infer<typeof EmployerUser>;

export const InvitationCreate = z
  .object({
    name: ContactPerson.shape.name,
    email: ContactPerson.shape.email,
  })
  .strict();
export type InvitationCreate = z.infer<typeof InvitationCreate>;

export const InvitationStatus = z.enum(['pending', 'accepted']);

/** An invitation as staff and the employer's users see it: never its token. */
export const Invitation = z.object({
  id: Id,
  tenant: TenantId,
  employerId: Id,
  name: z.string(),
  email: z.string(),
  status: InvitationStatus,
  expiresAt: Timestamp,
  createdAt: Timestamp,
  createdBy: z.string(),
  acceptedAt: Timestamp.optional(),
  acceptedBy: z.string().optional(),
});
export type Invitation = z.infer<typeof Invitation>;

/** `<tenant>.<secret>`: the tenant says where to look, the secret is what proves the invitation. */
export const InvitationToken = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}\.[A-Za-z0-9_-]{43}$/, fieldMessage('invitation.token'));

/**
 * What the invitation page shows before anyone joins: who invites, to what, until when.
 * Only to the holder of the token, and never the address, which the mail already went to.
 */
export const InvitationPreview = z.object({
  employerName: z.string(),
  name: z.string(),
  expiresAt: Timestamp,
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const InvitationAccepted = z.object({
  employerId: Id,
  employerName: z.string(),
  userId: z.string(),
  email: z.string(),
  /** False when the address already had an account, which is now linked to the employer. */
  newUser: z.boolean(),
});
export type InvitationAccepted = z.infer<typeof InvitationAccepted>;

export const EmployerUserParams = z.object({ id: Id, userId: z.string().min(1).max(128) });
