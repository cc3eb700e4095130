// Days that mean a day in Sweden (a step's date, "today" in a rule) are Stockholm
// days: between midnight and 01:00/02:00 Swedish time the UTC date is still yesterday.
// Made on first use: the first time-zone formatter loads ICU's zone data (10–20 ms),
// which a cold start should not pay for the many requests that never ask for a day.
let stockholmDay: Intl.DateTimeFormat | undefined;

/** The calendar date (YYYY-MM-DD) in Sweden at `now`. */
export function swedishDate(now: Date): string {
  stockholmDay ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return stockholmDay.format(now);
}

/** `date` (YYYY-MM-DD) moved by whole days; calendar arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
