// Days that mean a day in Sweden (a step's date, "today" in a rule) are Stockholm
// days: between midnight and 01:00/02:00 Swedish time the UTC date is still yesterday.
const stockholmDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Sweden at `now`. */
export function swedishDate(now: Date): string {
  return stockholmDay.format(now);
}

/** `date` (YYYY-MM-DD) moved by whole days; calendar arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
