import type { Compensation, ProviderKind } from '#shared/schemas/compensation';
import type { TenantPatch } from '#shared/schemas/tenant';
import type { TenantSettings } from '../api/types.ts';
import type { CompensationWords } from './compensation-words.ts';
import { sectorSlug } from './tenant-draft.ts';

export const providerKinds = ['municipal', 'private'] as const satisfies readonly ProviderKind[];
export const schedules = ['fullDay', 'halfDay'] as const;
export const levels = [1, 2, 3, 4] as const;

export type Schedule = (typeof schedules)[number];
type RateTexts = Record<ProviderKind, Record<Schedule, string[]>>;

/** The table as the form edits it: amounts as typed; a provider's id is kept once it exists. */
export interface CompensationDraft {
  providers: { id?: string; name: string; kind: ProviderKind }[];
  rates: RateTexts;
  goalPayment: string;
  goalMonthsAfterSupport: string;
}

const emptyRates = (): RateTexts => ({
  municipal: { fullDay: ['', '', '', ''], halfDay: ['', '', '', ''] },
  private: { fullDay: ['', '', '', ''], halfDay: ['', '', '', ''] },
});

export function compensationDraftOf(settings: TenantSettings): CompensationDraft {
  const table = settings.compensation;
  if (!table) {
    return {
      providers: [{ name: '', kind: 'municipal' }],
      rates: emptyRates(),
      goalPayment: '',
      goalMonthsAfterSupport: '6',
    };
  }
  const asText = (amounts: number[]) => amounts.map(String);
  return {
    providers: table.providers.map((provider) => ({ ...provider })),
    rates: {
      municipal: {
        fullDay: asText(table.rates.municipal.fullDay),
        halfDay: asText(table.rates.municipal.halfDay),
      },
      private: { fullDay: asText(table.rates.private.fullDay), halfDay: asText(table.rates.private.halfDay) },
    },
    goalPayment: String(table.goalPayment),
    goalMonthsAfterSupport: String(table.goalMonthsAfterSupport),
  };
}

const amount = (text: string) => (text.trim() === '' ? undefined : Number(text.replace(/\s/g, '')));

/** A new provider's id from its name, unique in the table; a nameless one gets a placeholder the name check reports. */
function newProviderIds(providers: CompensationDraft['providers']): string[] {
  const taken = new Set(providers.flatMap((provider) => (provider.id ? [provider.id] : [])));
  return providers.map((provider, index) => {
    if (provider.id) return provider.id;
    const base = sectorSlug(provider.name).replace(/_/g, '-') || `provider-${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 36)}-${n}`;
    taken.add(id);
    return id;
  });
}

export function toCompensationInput(draft: CompensationDraft): TenantPatch {
  const ids = newProviderIds(draft.providers);
  const rates = (kind: ProviderKind) =>
    Object.fromEntries(schedules.map((schedule) => [schedule, draft.rates[kind][schedule].map(amount)]));
  return {
    compensation: {
      providers: draft.providers.map((provider, index) => ({
        id: ids[index],
        name: provider.name,
        kind: provider.kind,
      })),
      rates: { municipal: rates('municipal'), private: rates('private') },
      goalPayment: amount(draft.goalPayment),
      goalMonthsAfterSupport: amount(draft.goalMonthsAfterSupport),
    } as Compensation,
  };
}

export const rateGroupField = (kind: ProviderKind, schedule: Schedule) =>
  `compensation.rates.${kind}.${schedule}`;

export const rateGroupName = (words: CompensationWords, kind: ProviderKind, schedule: Schedule) =>
  words.rateGroup(words.rateKinds[kind], words.schedules[schedule]);

/** Field labels in the order the fields appear, for the error summary. */
export function compensationLabels(
  words: CompensationWords,
  draft: CompensationDraft,
): Record<string, string> {
  return {
    'compensation.providers': words.providersSection,
    ...Object.fromEntries(
      draft.providers.flatMap((_, index) => [
        [`compensation.providers.${index}.name`, words.providerName(index + 1)],
        [`compensation.providers.${index}.id`, words.providerName(index + 1)],
        [`compensation.providers.${index}.kind`, words.providerKind(index + 1)],
      ]),
    ),
    ...Object.fromEntries(
      providerKinds.flatMap((kind) =>
        schedules.map((schedule) => [rateGroupField(kind, schedule), rateGroupName(words, kind, schedule)]),
      ),
    ),
    'compensation.goalPayment': words.goalPayment,
    'compensation.goalMonthsAfterSupport': words.goalMonths,
  };
}
