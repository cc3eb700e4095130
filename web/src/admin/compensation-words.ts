import { useI18n } from '../i18n/I18nProvider.tsx';

// The words of the compensation table page, Swedish first.

const sv = {
  title: 'Ersättning till utförare',
  intro:
    'Utförare av daglig verksamhet och vad kommunen betalar dem i månaden, efter stödnivå och omfattning. Rapporten "Ersättning till utförare" räknar med det här.',
  none: 'Kommunen har ingen ersättningstabell än. Fyll i den om kommunen betalar utförare efter stödnivå (LOV).',
  back: 'Tillbaka till inställningarna',
  link: 'Ersättning till utförare (LOV)',
  linkHint: 'Utförare, belopp per stödnivå och målstyrd ersättning.',
  providersSection: 'Utförare',
  providersHint:
    'En utförare som redan finns kan byta namn men inte tas bort, eftersom deltagare kan vara knutna till den.',
  providerName: (n: number) => `Utförare ${n}, namn`,
  providerKind: (n: number) => `Utförare ${n}, drivs av`,
  kinds: { municipal: 'Kommunen', private: 'Privat utförare' },
  addProvider: 'Lägg till en utförare',
  removeProvider: (name: string) => `Ta bort ${name || 'den nya utföraren'}`,
  ratesSection: 'Belopp per månad',
  ratesHint: 'Kronor i månaden för en deltagare. Förlängt stöd betalas som nivå 1.',
  rateGroup: (kind: string, schedule: string) => `${kind}, ${schedule}`,
  rateKinds: { municipal: 'Kommunal utförare', private: 'Privat utförare' },
  schedules: { fullDay: 'heldag', halfDay: 'halvdag' },
  level: (level: number) => `Nivå ${level}`,
  goalSection: 'Målstyrd ersättning',
  goalPayment: 'Belopp, i kronor',
  goalPaymentHint: 'Betalas en gång när ett arbete eller studier har varat så länge som anges nedan.',
  goalMonths: 'Antal månader efter att stödet slutade',
  save: 'Spara ersättningen',
  saved: 'Ersättningen är sparad.',
};

const en: typeof sv = {
  title: 'Compensation to providers',
  intro:
    'Providers of daily activity and what the municipality pays them a month, by support level and hours. The "Compensation to providers" report uses this.',
  none: 'The municipality has no compensation table yet. Fill it in if the municipality pays providers by support level (LOV).',
  back: 'Back to the settings',
  link: 'Compensation to providers (LOV)',
  linkHint: 'Providers, amounts per support level and the goal-based sum.',
  providersSection: 'Providers',
  providersHint:
    'A provider that already exists can be renamed but not removed, since participants may be linked to it.',
  providerName: (n: number) => `Provider ${n}, name`,
  providerKind: (n: number) => `Provider ${n}, run by`,
  kinds: { municipal: 'The municipality', private: 'A private provider' },
  addProvider: 'Add a provider',
  removeProvider: (name: string) => `Remove ${name || 'the new provider'}`,
  ratesSection: 'Amounts a month',
  ratesHint: 'Kronor a month for one participant. Extended support is paid as level 1.',
  rateGroup: (kind: string, schedule: string) => `${kind}, ${schedule}`,
  rateKinds: { municipal: 'Municipal provider', private: 'Private provider' },
  schedules: { fullDay: 'full day', halfDay: 'half day' },
  level: (level: number) => `Level ${level}`,
  goalSection: 'Goal-based sum',
  goalPayment: 'Amount, in kronor',
  goalPaymentHint: 'Paid once when a job or studies have lasted as long as set below.',
  goalMonths: 'Months after support ended',
  save: 'Save the compensation',
  saved: 'The compensation is saved.',
};

export type CompensationWords = typeof sv;

export function useCompensationWords() {
  const { lang } = useI18n();
  return lang === 'en' ? en : sv;
}
