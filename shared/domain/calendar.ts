// Days that mean a day in Sweden (a step's date, "today" in a rule) are Stockholm
// days: between midnight and 01:00/02:00 Swedish time the UTC date is still yesterday.
// Made on first use: the first time-zone formatter loads ICU's zone data (10–20 ms),
// which a cold start should not pay for the many requests that never ask for a day.
/** A formatter for Swedish time, made by its first call and kept. */
export const stockholmFormat = (options: Intl.DateTimeFormatOptions) => {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', ...options }));
};
const stockholmDay = stockholmFormat({ year: 'numeric', month: '2-digit', day: '2-digit' });
const stockholmTime = stockholmFormat({
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hourCycle: 'h23',
});

/** The calendar date (YYYY-MM-DD) in Sweden at `now`. */
export function swedishDate(now: Date): string {
  return stockholmDay().format(now);
}

/**
 * A date (YYYY-MM-DD, a Swedish day) as it is, or an instant as Swedish wall-clock time
 * (YYYY-MM-DDTHH:mm:ss.sss), so that the two order together: a UTC instant at 23:30 on
 * the 3rd is on the Swedish 4th, after a step dated the 4th.
 */
export function swedishMoment(at: string): string {
  if (at.length <= 10) return at;
  const part = Object.fromEntries(
    stockholmTime()
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}.${part.fractionalSecond}`;
}

/** `date` (YYYY-MM-DD) moved by whole days; calendar arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
