import { isDeepStrictEqual } from 'node:util';
import { fieldMessages } from '../messages/field-messages.ts';
import type { Compensation } from '../schemas/compensation.ts';
import { defaultWeights } from '../schemas/matching.ts';
import type {
  SectorSetting,
  SupportAfterHire,
  Tenant,
  TenantPatch,
  TenantSettings,
} from '../schemas/tenant.ts';
import { sectors as defaultSectors } from '../schemas/vocabulary.ts';
import type { VocabularySector } from '../schemas/vocabulary-list.ts';
import { defaultSmallCountThreshold } from './indicators/suppress.ts';
import { type Refusal, refuse } from './refusal.ts';
import { sectorTasks } from './sector-tasks.ts';
import { vocabularyDescriptions } from './vocabulary-descriptions.ts';
import { type KnownSector, vocabularyWords, type Words } from './vocabulary-labels.ts';

// A tenant's settings as rules without I/O: which sectors it has (the defaults, on or
// off, and its own), the matching weights and the support after hire in force, and
// what a change to them makes of the stored tenant.

/** Until a tenant says otherwise: the length most municipalities start from. */
export const defaultSupportAfterHire: SupportAfterHire = Object.freeze({
  name: { sv: 'Stöd vid arbete', en: 'Support at work' },
  months: 12,
  renewableOnce: false,
});

/** A new participant's longest trip, one way, until the tenant or the coach says otherwise. */
export const defaultTravelMinutes = 45;

export const travelDefault = (tenant: Tenant | undefined): number =>
  tenant?.defaultTravelMinutes ?? defaultTravelMinutes;

/** Counts of 1..N-1 people are shown as "< N" in the reports, until the tenant sets its own N. */
export const smallCountThreshold = (tenant: Tenant | undefined): number =>
  tenant?.smallCountThreshold ?? defaultSmallCountThreshold;

/** Years after a participant left the programme until the retention job erases them. */
export const defaultRetentionYears = 2;

export const retentionYears = (tenant: Tenant | undefined): number =>
  tenant?.retentionYears ?? defaultRetentionYears;

const isDefault = (id: string): id is KnownSector => (defaultSectors as readonly string[]).includes(id);

const fallbackWords = (id: string): Words => {
  const words = id.replace(/_/g, ' ');
  return { sv: words, en: words };
};

/** A sector's words in the tenant's vocabulary, for what people read instead of its slug. */
export type SectorLabel = (id: string) => Words;

/** The tenant's sector words, also for a sector turned off since or never named. */
export function sectorLabeller(tenant: Tenant | undefined): SectorLabel {
  const labels = new Map(tenantSectorList(tenant).map((sector) => [sector.id, sector.label]));
  return (id) => labels.get(id) ?? fallbackWords(id);
}

/** Every sector the tenant has: the defaults in their order, then its own; each on or off. */
export function tenantSectorList(tenant: Tenant | undefined): VocabularySector[] {
  const enabled = new Set(tenant?.sectors ?? defaultSectors);
  const added = new Map((tenant?.addedSectors ?? []).map((sector) => [sector.id, sector]));
  // A slug in the list with no entry of its own (seeded before sectors had names) still shows.
  for (const id of enabled)
    if (!isDefault(id) && !added.has(id)) added.set(id, { id, label: fallbackWords(id) });
  return [
    ...defaultSectors.map((id) => ({
      id,
      label: vocabularyWords.sectors[id],
      description: vocabularyDescriptions.sectors[id] ?? vocabularyWords.sectors[id],
      tasks: [...sectorTasks[id]],
      enabled: enabled.has(id),
      added: false,
    })),
    ...[...added.values()].map((sector) => ({
      id: sector.id,
      label: sector.label,
      description: sector.description ?? sector.label,
      tasks: sector.tasks ?? [],
      enabled: enabled.has(sector.id),
      added: true,
    })),
  ];
}

/** The settings as an admin reads them: the values in force, defaults filled in. */
export function settingsOf(tenant: Tenant): TenantSettings {
  return {
    id: tenant.id,
    name: tenant.name,
    sectors: tenantSectorList(tenant),
    matchingWeights: tenant.matchingWeights ?? { ...defaultWeights },
    matchingWeightsAreDefault: tenant.matchingWeights === undefined,
    supportAfterHire: tenant.supportAfterHire ?? defaultSupportAfterHire,
    defaultTravelMinutes: travelDefault(tenant),
    smallCountThreshold: smallCountThreshold(tenant),
    retentionYears: retentionYears(tenant),
    ...(tenant.compensation ? { compensation: tenant.compensation } : {}),
    version: tenant.version ?? 1,
    ...(tenant.updatedAt ? { updatedAt: tenant.updatedAt } : {}),
  };
}

export type TenantChange = { ok: true; next: Tenant; changed: (keyof TenantPatch)[] } | Refusal;

/**
 * What a patch makes of the tenant. Sectors are merged by id: a default one is
 * only turned on or off; a new one needs its label; an added one is never removed
 * (records may use it) but may be turned off, renamed or given other tasks. At least
 * one sector stays on. Turning a sector off touches no employer or placement.
 */
export function applyTenantPatch(tenant: Tenant, patch: TenantPatch, now: string): TenantChange {
  let next: Tenant = { ...tenant };
  if (patch.sectors) {
    const merged = mergeSectors(tenant, patch.sectors);
    if (!merged.ok) return merged;
    next = { ...next, sectors: merged.sectors, addedSectors: merged.added };
    if (next.addedSectors?.length === 0) delete next.addedSectors;
  }
  // The values GET shows are those in force, defaults included: sending them back changes nothing.
  if (
    patch.matchingWeights &&
    !isDeepStrictEqual(patch.matchingWeights, tenant.matchingWeights ?? defaultWeights)
  ) {
    next.matchingWeights = patch.matchingWeights;
  }
  if (
    patch.supportAfterHire &&
    !isDeepStrictEqual(patch.supportAfterHire, tenant.supportAfterHire ?? defaultSupportAfterHire)
  ) {
    next.supportAfterHire = patch.supportAfterHire;
  }
  if (patch.defaultTravelMinutes !== undefined && patch.defaultTravelMinutes !== travelDefault(tenant)) {
    next.defaultTravelMinutes = patch.defaultTravelMinutes;
  }
  if (patch.smallCountThreshold !== undefined && patch.smallCountThreshold !== smallCountThreshold(tenant)) {
    next.smallCountThreshold = patch.smallCountThreshold;
  }
  if (patch.retentionYears !== undefined && patch.retentionYears !== retentionYears(tenant)) {
    next.retentionYears = patch.retentionYears;
  }
  if (patch.compensation && !isDeepStrictEqual(patch.compensation, tenant.compensation)) {
    const dropped = droppedProvider(tenant.compensation, patch.compensation);
    if (dropped !== undefined) return refuse('request.invalid', 'compensation.providers', sayProviderKept);
    next.compensation = patch.compensation;
  }
  const changed = (
    [
      'sectors',
      'matchingWeights',
      'supportAfterHire',
      'defaultTravelMinutes',
      'smallCountThreshold',
      'compensation',
      'retentionYears',
    ] as const
  ).filter((field) =>
    field === 'sectors'
      ? !isDeepStrictEqual(
          [tenant.sectors, tenant.addedSectors ?? []],
          [next.sectors, next.addedSectors ?? []],
        )
      : !isDeepStrictEqual(tenant[field], next[field]),
  );
  return { ok: true, next: changed.length > 0 ? { ...next, updatedAt: now } : tenant, changed };
}

function mergeSectors(
  tenant: Tenant,
  settings: readonly SectorSetting[],
): { ok: true; sectors: string[]; added: Tenant['addedSectors'] & object } | Refusal {
  const added = new Map((tenant.addedSectors ?? []).map((sector) => [sector.id, sector]));
  const enabled = new Set(tenant.sectors);
  for (const [index, setting] of settings.entries()) {
    const field = `sectors.${index}`;
    if (isDefault(setting.id)) {
      if (setting.label || setting.description || setting.tasks) {
        return refuse('request.invalid', field, sayDefaultFixed);
      }
    } else {
      const before = added.get(setting.id);
      const label = setting.label ?? before?.label;
      if (!label) return refuse('sector.unknown', `${field}.id`, unknownSector(setting.id, tenant));
      added.set(setting.id, {
        id: setting.id,
        label,
        ...((setting.description ?? before?.description)
          ? { description: setting.description ?? before?.description }
          : {}),
        ...((setting.tasks ?? before?.tasks) ? { tasks: setting.tasks ?? before?.tasks } : {}),
      });
    }
    if (setting.enabled) enabled.add(setting.id);
    else enabled.delete(setting.id);
  }
  const order = [...defaultSectors, ...added.keys()];
  const sectors = order.filter((id) => enabled.has(id));
  if (sectors.length === 0) return refuse('tenant.no_sector', 'sectors', sayNoSector);
  return { ok: true, sectors, added: [...added.values()] };
}

const sayDefaultFixed = fieldMessages['sector.default_fixed'];
/** Provisions name their provider, and the month report pays by the table's providers: none may go. */
const sayProviderKept = fieldMessages['provider.kept'];
const droppedProvider = (before: Compensation | undefined, after: Compensation) =>
  before?.providers.find((provider) => !after.providers.some((kept) => kept.id === provider.id));
/** A sector neither default nor added: name it to add it, or pick one the tenant has. */
const unknownSector = (id: string, tenant: Tenant) => {
  const known = tenantSectorList(tenant)
    .map((sector) => sector.id)
    .join(', ');
  return {
    sv: `Okänd bransch "${id}". Ge den ett namn på svenska och engelska för att lägga till den, eller välj en av: ${known}.`,
    en: `Unknown sector "${id}". Give it a name in Swedish and English to add it, or choose one of: ${known}.`,
  };
};
const sayNoSector = fieldMessages['employer.sectors'];
