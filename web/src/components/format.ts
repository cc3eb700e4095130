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

/** Today's date in the person's own time zone, as YYYY-MM-DD (what date fields expect). */
export function today(): string {
  const now = new Date();
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A timestamp's calendar date in the person's own time zone, written out. */
export function formatTimestamp(timestamp: string, lang: Lang): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return date.toLocaleDateString(locales[lang], { day: 'numeric', month: 'long', year: 'numeric' });
}
