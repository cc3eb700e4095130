import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, IsoDate, Postcode, somePatch, TenantId, Timestamp, Version } from './common.ts';
import { EnvironmentTag, Schedule, Sector, SupportLevel, Task, Trait } from './vocabulary.ts';

export const PlacementStatus = z.enum(['draft', 'open', 'full', 'closed']);
export type PlacementStatus = z.infer<typeof PlacementStatus>;

// Företagsgrupp (a group of participants with a municipal supervisor at a company),
// enskild plats, lärandeplats. Which stages may start which kind is a domain rule
// (shared/domain/placement-kind.ts).
export const placementKinds = ['company_group', 'individual_placement', 'learning_placement'] as const;
export const PlacementKind = z
  .enum(placementKinds)
  .describe(
    'company_group (företagsgrupp), individual_placement (enskild plats), learning_placement (lärandeplats)',
  );
export type PlacementKind = z.infer<typeof PlacementKind>;
/** The kind of a placement stored before kinds existed, and of a new one that names none. */
export const defaultPlacementKind: PlacementKind = 'learning_placement';

export const PlacementLocation = z.strictObject({
  postcode: Postcode,
  area: z.string().trim().min(1, fieldMessage('address.area')).max(80),
});

const placementFields = {
  kind: PlacementKind,
  title: z.string().trim().min(3, fieldMessage('placement.title')).max(120),
  sector: Sector,
  tasks: z.array(Task).min(1, fieldMessage('placement.tasks')).max(20),
  traits: z.array(Trait).max(30).describe('Work-demand traits the tasks need'),
  description: z.string().trim().min(10, fieldMessage('placement.description')).max(2000),
  seats: z.number().int().min(1, fieldMessage('placement.seats')).max(50),
  schedule: Schedule,
  maxSupportLevel: SupportLevel.describe('Highest support level (1–4) the workplace can host'),
  environment: z.array(EnvironmentTag).max(8),
  supervisorOnSite: z.boolean(),
  location: PlacementLocation,
  startDate: IsoDate,
};

export const PlacementCreate = z
  .object({
    ...placementFields,
    kind: PlacementKind.default(defaultPlacementKind),
    status: z.enum(['draft', 'open']).default('draft'),
  })
  .strict();
export type PlacementCreate = z.infer<typeof PlacementCreate>;

// `full` is set by the seat counter only; people choose open or closed.
export const PlacementPatch = somePatch(
  z
    .object({ ...placementFields, status: z.enum(['draft', 'open', 'closed']) })
    .partial()
    .strict(),
);
export type PlacementPatch = z.infer<typeof PlacementPatch>;

export const Placement = z.object({
  id: Id,
  tenant: TenantId,
  employerId: Id,
  employerName: z.string(),
  ...placementFields,
  kind: PlacementKind.default(defaultPlacementKind),
  seatsTaken: z.number().int().min(0),
  status: PlacementStatus,
  publishedSince: IsoDate.optional().describe(
    'The day it was last published (open or full); absent while it is not, and on placements published before this was kept',
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Placement = z.infer<typeof Placement>;

export const PlacementListQuery = z.object({
  sector: Sector.optional(),
  status: PlacementStatus.optional(),
  employerId: Id.optional(),
});
