import { stockholmFormat } from './calendar.ts';

// Event times are stored in UTC and shown, and typed, in Swedish time.

// Made on first use, like calendar.ts's: a time-zone formatter costs a cold start ICU's zone data.
const parts = stockholmFormat({
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Swedish wall-clock date and time of an instant: `['2027-03-28', '10:00']`. */
export function stockholmWallTime(instant: string | Date): [string, string] {
  const got = Object.fromEntries(
    parts()
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return [`${got.year}-${got.month}-${got.day}`, `${got.hour}:${got.minute}`];
}

/**
 * The UTC instant of a Swedish wall-clock time (`2027-03-28`, `10:00`), whichever
 * side of a change to or from summer time it is on. (A time skipped in spring reads
 * as the hour after; the repeated hour in autumn as its first occurrence.)
 */
export function stockholmToUtc(date: string, time: string): string {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let guess = wanted - 3_600_000;
  for (let i = 0; i < 3; i++) {
    const [d, t] = stockholmWallTime(new Date(guess));
    const shown = Date.parse(`${d}T${t}:00Z`);
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess).toISOString();
}
