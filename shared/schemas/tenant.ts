import { z } from 'zod';
import { TenantId, Timestamp } from './common.ts';
import { MatchingWeights } from './matching.ts';
import { Sector } from './vocabulary.ts';

export const Tenant = z.object({
  id: TenantId,
  name: z.string().min(2).max(80),
  sectors: z.array(Sector).min(1),
  matchingWeights: MatchingWeights.optional().describe('The tenant’s tuning; default weights when absent'),
  createdAt: Timestamp,
});
export type Tenant = z.infer<typeof Tenant>;

/** What anyone may know about a municipality: that it uses Bryggan, and its name (the sign-up page). */
export const PublicTenant = Tenant.pick({ id: true, name: true });
export type PublicTenant = z.infer<typeof PublicTenant>;
