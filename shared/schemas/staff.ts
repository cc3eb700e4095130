import { z } from 'zod';
import { PhoneNumber, TenantId, Timestamp } from './common.ts';

export const StaffRole = z.enum(['coach', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

/** A coach or admin of the tenant, as recorded when they first used Bryggan. */
export const StaffMember = z.object({
  userId: z.string(),
  tenant: TenantId,
  name: z.string(),
  role: StaffRole,
  email: z.string().optional().describe('From the sign-in; where the daily digest goes'),
  phone: z.string().optional().describe('The work phone employers may call, set by the person'),
  firstSeenAt: Timestamp,
});
export type StaffMember = z.infer<typeof StaffMember>;

/** What a coach or admin says about how to reach them: the phone employers call (null removes it). */
export const StaffContactPut = z.strictObject({ phone: PhoneNumber.nullable() });
export type StaffContactPut = z.infer<typeof StaffContactPut>;

/** How an employer reaches the job coach behind a proposal. */
export const CoachContact = z.strictObject({
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
});
export type CoachContact = z.infer<typeof CoachContact>;

export const StaffQuery = z.object({ role: StaffRole.optional() });
