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
