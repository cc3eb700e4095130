import type { Said } from '../messages/language.ts';

/**
 * A unit is a workplace under one organisation number (a municipal library, one
 * shop of a chain). Two registrations are the same workplace when their numbers
 * match and their unit names match ignoring case and spacing; no unit at all is
 * the organisation itself.
 */
export const unitKey = (unit: string | undefined): string | undefined => {
  const words = unit?.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
  return words ? words : undefined;
};

/** What an employer is called where one name must do: the unit, then the organisation. */
export const employerDisplayName = (employer: { name: string; unit?: string | undefined }): string =>
  employer.unit ? `${employer.unit}, ${employer.name}` : employer.name;

/** Who already holds a number and unit, and how to register another workplace instead. */
export function workplaceTaken(holder: { name: string; unit?: string | undefined }): Said {
  const held = employerDisplayName(holder);
  return holder.unit
    ? {
        sv: `”${held}” har redan organisationsnumret med den enheten. Välj den arbetsgivaren, eller skriv namnet på en annan enhet.`,
        en: `“${held}” already holds this organisation number with that unit. Choose that employer, or give the name of another unit.`,
      }
    : {
        sv: `”${held}” har redan organisationsnumret. Är det en annan enhet eller ett annat arbetsställe, skriv enhetens namn.`,
        en: `“${held}” already holds this organisation number. If this is another unit or workplace, give the unit's name.`,
      };
}
