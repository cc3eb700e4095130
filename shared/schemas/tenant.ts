import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { somePatch, TenantId, Timestamp, Version } from './common.ts';
import { Compensation } from './compensation.ts';
import { MatchingWeights } from './matching.ts';
import { TravelMinutes } from './participant.ts';
import { Sector, Task } from './vocabulary.ts';
import { VocabularySector, Words } from './vocabulary-list.ts';

/** A sector the tenant added to the default ones, with its own names. */
export const AddedSector = z.strictObject({
  id: Sector,
  label: Words,
  description: Words.optional(),
  tasks: z.array(Task).max(40).optional(),
});
export type AddedSector = z.infer<typeof AddedSector>;

/**
 * Support after hire (stöd vid arbete, förlängt stöd): how long a coach stays with a
 * person who got a job. Malmö: 12 months. Västerås: 6 months, renewable once to 12.
 */
export const SupportAfterHire = z
  .strictObject({
    name: Words.describe('What the tenant calls it'),
    months: z.number().int().min(1, fieldMessage('months.min')).max(36, fieldMessage('months.max')),
    renewableOnce: z.boolean().describe('May be extended once, up to maxMonths'),
    maxMonths: z
      .number()
      .int()
      .min(2, fieldMessage('months.min'))
      .max(72, fieldMessage('months.max'))
      .optional()
      .describe('The length with the renewal; only when renewableOnce'),
  })
  .superRefine((support, context) => {
    if (support.renewableOnce && support.maxMonths === undefined) {
      context.addIssue({ code: 'custom', path: ['maxMonths'], message: fieldMessage('max_months.required') });
    }
    if (!support.renewableOnce && support.maxMonths !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['maxMonths'],
        message: fieldMessage('max_months.not_renewable'),
      });
    }
    if (support.maxMonths !== undefined && support.maxMonths <= support.months) {
      context.addIssue({
        code: 'custom',
        path: ['maxMonths'],
        message: fieldMessage('max_months.not_longer'),
      });
    }
  });
export type SupportAfterHire = z.infer<typeof SupportAfterHire>;

/** Counts of 1 to N - 1 people are shown as "< N" in the reports (issue 13). */
export const SmallCountThreshold = z
  .number()
  .int(fieldMessage('report.threshold'))
  .min(1, fieldMessage('report.threshold'))
  .max(20, fieldMessage('report.threshold'));

/** Years after a participant left the programme until they are erased (GDPR art. 5.1 e). */
export const RetentionYears = z
  .number()
  .int(fieldMessage('retention.years'))
  .min(1, fieldMessage('retention.years'))
  .max(10, fieldMessage('retention.years'));

/** The tenant item as stored. `sectors` are the ones new writes may use. */
export const Tenant = z.object({
  id: TenantId,
  name: z.string().min(2).max(80),
  sectors: z.array(Sector).min(1),
  addedSectors: z.array(AddedSector).optional(),
  matchingWeights: MatchingWeights.optional().describe('The tenant’s tuning; default weights when absent'),
  supportAfterHire: SupportAfterHire.optional(),
  defaultTravelMinutes: TravelMinutes.optional().describe('A new participant’s longest trip, unless given'),
  smallCountThreshold: SmallCountThreshold.optional().describe('Reports show 1..N-1 as "< N"; 5 when absent'),
  retentionYears: RetentionYears.optional().describe('Years after leaving until erasure; 2 when absent'),
  compensation: Compensation.optional().describe('Providers of daily activity and what they are paid (LOV)'),
  createdAt: Timestamp,
  updatedAt: Timestamp.optional(),
  /** Absent on tenants seeded before settings were versioned: read as 1. */
  version: Version.optional(),
});
export type Tenant = z.infer<typeof Tenant>;

/** What anyone may know about a municipality: that it uses Bryggan, and its name (the sign-up page). */
export const PublicTenant = Tenant.pick({ id: true, name: true });
export type PublicTenant = z.infer<typeof PublicTenant>;

/** The tenant's settings as an admin reads them: every sector it has, and the values in force. */
export const TenantSettings = z.object({
  id: TenantId,
  name: z.string(),
  sectors: z.array(VocabularySector).describe('Default sectors (on or off), then the added ones'),
  matchingWeights: MatchingWeights.describe('In force: the tenant’s, or the defaults'),
  matchingWeightsAreDefault: z.boolean(),
  supportAfterHire: SupportAfterHire.describe('In force: the tenant’s, or the default'),
  defaultTravelMinutes: TravelMinutes.describe('In force: the tenant’s, or the default (45 minutes)'),
  smallCountThreshold: SmallCountThreshold.describe('In force: the tenant’s, or the default (5)'),
  retentionYears: RetentionYears.describe('In force: the tenant’s, or the default (2 years)'),
  compensation: Compensation.optional().describe('Absent for a tenant that does not pay providers this way'),
  version: Version,
  updatedAt: Timestamp.optional(),
});
export type TenantSettings = z.infer<typeof TenantSettings>;

/** One sector to turn on or off, or to add (a new one needs its label). */
export const SectorSetting = z.strictObject({
  id: Sector,
  enabled: z.boolean(),
  label: Words.optional().describe('Only for an added sector; required when adding one'),
  description: Words.optional(),
  tasks: z.array(Task).max(40).optional(),
});
export type SectorSetting = z.infer<typeof SectorSetting>;

export const TenantPatch = somePatch(
  z.strictObject({
    sectors: z
      .array(SectorSetting)
      .min(1)
      .max(60)
      .refine(
        (list) => new Set(list.map((sector) => sector.id)).size === list.length,
        fieldMessage('sectors.unique'),
      )
      .describe('Merged by id: sectors left out stay as they are; an added sector is never removed')
      .optional(),
    matchingWeights: MatchingWeights.optional(),
    supportAfterHire: SupportAfterHire.optional(),
    defaultTravelMinutes: TravelMinutes.optional(),
    smallCountThreshold: SmallCountThreshold.optional(),
    retentionYears: RetentionYears.optional(),
    compensation: Compensation.optional().describe('Replaces the providers and the compensation table'),
  }),
);
export type TenantPatch = z.infer<typeof TenantPatch>;
