import type { Lang } from '../i18n/I18nProvider.tsx';

const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A calendar date (YYYY-MM-DD) the way people write it in the chosen language. */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString(locales[lang], { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Monday, Tuesday and Friday" in the chosen language. */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(locales[lang], { style: 'long', type: 'conjunction' }).format(items);
}
