import { addDays } from './calendar.ts';

// Swedish public holidays and the days that are not working days in practice
// (midsommarafton, julafton, nyårsafton), computed for any year from the rules
// rather than a table, so no year needs hard-coding. Our own few lines instead of
// `date-holidays`: that library ships every country's rules (about 250 kB minified
// in the Lambda bundle) for the dozen Swedish dates below.

/** Easter Sunday (Gregorian), by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 0 = Sunday … 6 = Saturday, for a YYYY-MM-DD date. */
export const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The first date from `from` (inclusive) that falls on `day` of the week. */
const firstWeekdayFrom = (from: string, day: number) => addDays(from, (day - weekday(from) + 7) % 7);

export type HolidayName =
  | 'nyarsdagen'
  | 'trettondedag_jul'
  | 'langfredagen'
  | 'paskdagen'
  | 'annandag_pask'
  | 'forsta_maj'
  | 'kristi_himmelsfardsdag'
  | 'pingstdagen'
  | 'nationaldagen'
  | 'midsommarafton'
  | 'midsommardagen'
  | 'alla_helgons_dag'
  | 'julafton'
  | 'juldagen'
  | 'annandag_jul'
  | 'nyarsafton';

/** Every day in `year` that is a public holiday or treated as one (the eves), by date. */
export function swedishHolidays(year: number): Map<string, HolidayName> {
  const easter = easterSunday(year);
  const midsummerEve = firstWeekdayFrom(`${year}-06-19`, 5);
  const entries: [string, HolidayName][] = [
    [`${year}-01-01`, 'nyarsdagen'],
    [`${year}-01-06`, 'trettondedag_jul'],
    [addDays(easter, -2), 'langfredagen'],
    [easter, 'paskdagen'],
    [addDays(easter, 1), 'annandag_pask'],
    [`${year}-05-01`, 'forsta_maj'],
    [addDays(easter, 39), 'kristi_himmelsfardsdag'],
    [addDays(easter, 49), 'pingstdagen'],
    [`${year}-06-06`, 'nationaldagen'],
    [midsummerEve, 'midsommarafton'],
    [addDays(midsummerEve, 1), 'midsommardagen'],
    [firstWeekdayFrom(`${year}-10-31`, 6), 'alla_helgons_dag'],
    [`${year}-12-24`, 'julafton'],
    [`${year}-12-25`, 'juldagen'],
    [`${year}-12-26`, 'annandag_jul'],
    [`${year}-12-31`, 'nyarsafton'],
  ];
  return new Map(entries);
}

const byYear = new Map<number, Map<string, HolidayName>>();

/** The holiday on `date`, if any. */
export function holidayOn(date: string): HolidayName | undefined {
  const year = Number(date.slice(0, 4));
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = swedishHolidays(year);
    byYear.set(year, holidays);
  }
  return holidays.get(date);
}

/** Monday to Friday and not a holiday or one of the eves. */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && holidayOn(date) === undefined;
}

/** The first working day after `date`. */
export function nextWorkingDay(date: string): string {
  let next = addDays(date, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}

/** `date` itself when it is a working day, else the next one. */
export const workingDayFrom = (date: string): string => (isWorkingDay(date) ? date : nextWorkingDay(date));
