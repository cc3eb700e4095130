import { z } from 'zod';
import { TenantId, Timestamp } from './common.ts';

export const StaffRole = z.enum(['coach', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

/** A coach or admin of the tenant, as recorded when they first used Bryggan. */
export const StaffMember = z.object({
  userId: z.string(),
  tenant: TenantId,
  name: z.string(),
  role: StaffRole,
  email: z.string().optional().describe('From the sign-in; where the daily digest goes'),
  firstSeenAt: Timestamp,
});
export type StaffMember = z.infer<typeof StaffMember>;

export const StaffQuery = z.object({ role: StaffRole.optional() });
