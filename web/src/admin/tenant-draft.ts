import { defaultWeights, type MatchFactor, matchFactors } from '#shared/schemas/matching';
import type { TenantPatch } from '#shared/schemas/tenant';
import type { TenantSettings } from '../api/types.ts';
import type { Messages } from '../i18n/sv.ts';

/** The settings as the form edits them: numbers as typed, a new sector as two names. */
export interface TenantDraft {
  enabled: string[];
  newSectorSv: string;
  newSectorEn: string;
  weights: Record<MatchFactor, string>;
  supportSv: string;
  supportEn: string;
  months: string;
  renewableOnce: boolean;
  maxMonths: string;
  defaultTravelMinutes: string;
  smallCountThreshold: string;
  retentionYears: string;
}

export const weightsAsText = (weights: Record<MatchFactor, number>) =>
  Object.fromEntries(matchFactors.map((factor) => [factor, String(weights[factor])])) as Record<
    MatchFactor,
    string
  >;

export const defaultWeightsText = weightsAsText(defaultWeights);

export function draftOf(settings: TenantSettings): TenantDraft {
  const support = settings.supportAfterHire;
  return {
    enabled: settings.sectors.filter((sector) => sector.enabled).map((sector) => sector.id),
    newSectorSv: '',
    newSectorEn: '',
    weights: weightsAsText(settings.matchingWeights),
    supportSv: support.name.sv,
    supportEn: support.name.en,
    months: String(support.months),
    renewableOnce: support.renewableOnce,
    maxMonths: support.maxMonths === undefined ? '' : String(support.maxMonths),
    defaultTravelMinutes: String(settings.defaultTravelMinutes),
    smallCountThreshold: String(settings.smallCountThreshold),
    retentionYears: String(settings.retentionYears),
  };
}

/** A slug for a new sector from its Swedish name: "Återbruk & café" → "aterbruk_cafe". */
export const sectorSlug = (name: string) =>
  name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);

const number = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The field the form shows a new sector's Swedish and English names in, as the API names them. */
export const newSectorField = (settings: TenantSettings) => `sectors.${settings.sectors.length}.label`;

export function toTenantInput(settings: TenantSettings, draft: TenantDraft): TenantPatch {
  const adding = draft.newSectorSv.trim() !== '' || draft.newSectorEn.trim() !== '';
  return {
    sectors: [
      ...settings.sectors.map((sector) => ({ id: sector.id, enabled: draft.enabled.includes(sector.id) })),
      ...(adding
        ? [
            {
              id: sectorSlug(draft.newSectorSv || draft.newSectorEn) || 'x',
              enabled: true,
              label: { sv: draft.newSectorSv, en: draft.newSectorEn },
            },
          ]
        : []),
    ],
    matchingWeights: Object.fromEntries(
      matchFactors.map((factor) => [factor, number(draft.weights[factor])]),
    ) as TenantPatch['matchingWeights'],
    supportAfterHire: {
      name: { sv: draft.supportSv, en: draft.supportEn },
      months: number(draft.months),
      renewableOnce: draft.renewableOnce,
      ...(draft.renewableOnce ? { maxMonths: number(draft.maxMonths) } : {}),
    } as TenantPatch['supportAfterHire'],
    defaultTravelMinutes: number(draft.defaultTravelMinutes),
    smallCountThreshold: number(draft.smallCountThreshold),
    retentionYears: number(draft.retentionYears),
  };
}

/** Field labels in the order the fields appear, for the error summary. */
export function tenantLabels(t: Messages, settings: TenantSettings): Record<string, string> {
  const words = t.tenantSettings;
  const added = newSectorField(settings);
  return {
    sectors: words.sectors,
    [`${added}.sv`]: words.newSectorSv,
    [`${added}.en`]: words.newSectorEn,
    [added]: words.newSectorSv,
    [added.replace(/\.label$/, '')]: words.newSectorSv,
    [added.replace(/\.label$/, '.id')]: words.newSectorSv,
    ...Object.fromEntries(matchFactors.map((factor) => [`matchingWeights.${factor}`, t.factors[factor]])),
    matchingWeights: words.weightsSection,
    'supportAfterHire.name.sv': words.supportNameSv,
    'supportAfterHire.name.en': words.supportNameEn,
    'supportAfterHire.months': words.months,
    'supportAfterHire.renewableOnce': words.renewableOnce,
    'supportAfterHire.maxMonths': words.maxMonths,
    defaultTravelMinutes: words.defaultTravel,
    smallCountThreshold: words.smallCount,
    retentionYears: words.retentionYears,
  };
}
