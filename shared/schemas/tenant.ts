import { z } from 'zod';
import { TenantId, Timestamp } from './common.ts';
import { Sector } from './vocabulary.ts';

export const Tenant = z.object({
  id: TenantId,
  name: z.string().min(2).max(80),
  sectors: z.array(Sector).min(1),
  createdAt: Timestamp,
});
export type Tenant = z.infer<typeof Tenant>;
