// The checks `npm run load` makes after its run, on the tenant's items as read
// from the table: pure, so tests/unit/load-core.test.ts can show they catch what
// they claim to. Each returns the broken rules in words; none is all right.

export type Item = Record<string, unknown>;

const seatHolding = new Set(['accepted', 'started']);
const holdsEventSeat = new Set(['confirmed', 'attended']);

/** No placement has more seats taken than it has, and its counter equals the matches holding a seat. */
export function placementSeatViolations(items: readonly Item[]): string[] {
  const holders = new Map<string, number>();
  for (const item of items) {
    if (item.entity === 'match' && seatHolding.has(String(item.status))) {
      const placementId = String(item.placementId);
      holders.set(placementId, (holders.get(placementId) ?? 0) + 1);
    }
  }
  return items
    .filter((item) => item.entity === 'placement')
    .flatMap((placement) => {
      const id = String(placement.id);
      const taken = Number(placement.seatsTaken);
      const problems: string[] = [];
      if (taken > Number(placement.seats))
        problems.push(`placement ${id}: ${taken} seats taken of ${placement.seats}`);
      if (taken !== (holders.get(id) ?? 0))
        problems.push(`placement ${id}: counter ${taken}, but ${holders.get(id) ?? 0} matches hold a seat`);
      return problems;
    });
}

/**
 * Per event and kind: the ledger's taken seats equal the sign-ups holding one
 * (companions included, each counted once), never above capacity; its waiting
 * count equals the waitlisted sign-ups; and the waitlist entries are exactly the
 * waitlisted main sign-ups, each once, so positions 1..n have no gaps.
 */
export function eventSeatViolations(items: readonly Item[]): string[] {
  const problems: string[] = [];
  const signups = items.filter((item) => item.entity === 'signup');
  const entries = items.filter((item) => item.entity === 'waitlistEntry');
  for (const ledger of items.filter((item) => item.entity === 'eventSeats')) {
    const eventId = String(ledger.eventId);
    const ofEvent = signups.filter((signup) => signup.eventId === eventId);
    for (const kind of ['participant', 'employer'] as const) {
      const ofKind = ofEvent.filter((signup) => signup.kind === kind);
      const taken = ofKind.filter((signup) => holdsEventSeat.has(String(signup.status))).length;
      const waiting = ofKind.filter((signup) => signup.status === 'waitlisted').length;
      const ledgerTaken = (ledger.taken as Record<string, number>)[kind] ?? 0;
      const ledgerWaiting = (ledger.waiting as Record<string, number>)[kind] ?? 0;
      const capacity = (ledger.capacity as Record<string, number>)[kind] ?? 0;
      const label = `event ${eventId} (${kind})`;
      if (ledgerTaken !== taken)
        problems.push(`${label}: ledger says ${ledgerTaken} seats taken, ${taken} sign-ups hold one`);
      if (ledgerTaken > capacity) problems.push(`${label}: ${ledgerTaken} seats taken of ${capacity}`);
      if (ledgerWaiting !== waiting)
        problems.push(`${label}: ledger says ${ledgerWaiting} waiting, ${waiting} sign-ups wait`);
      const waitlisted = ofKind
        .filter((signup) => signup.status === 'waitlisted' && signup.companionOf === undefined)
        .map((signup) => String(signup.id));
      const prefix = `WAIT#${kind}#`;
      const listed = entries
        .filter(
          (entry) => String(entry.pk).endsWith(`#EVENT#${eventId}`) && String(entry.sk).startsWith(prefix),
        )
        .map((entry) => String(entry.signupId));
      const counts = new Map<string, number>();
      for (const id of listed) counts.set(id, (counts.get(id) ?? 0) + 1);
      for (const [id, count] of counts)
        if (count > 1) problems.push(`${label}: sign-up ${id} is ${count} times on the waitlist`);
      for (const id of waitlisted)
        if (!counts.has(id)) problems.push(`${label}: waitlisted sign-up ${id} has no place in the waitlist`);
      for (const id of counts.keys())
        if (!waitlisted.includes(id))
          problems.push(`${label}: the waitlist holds ${id}, which is not waitlisted`);
    }
  }
  return problems;
}

/** No person is signed up twice for one event (the same e-mail address on two live sign-ups). */
export function duplicateSignupViolations(items: readonly Item[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const signup of items.filter((item) => item.entity === 'signup' && item.status !== 'cancelled')) {
    if (typeof signup.email !== 'string') continue;
    const key = `${signup.eventId}|${signup.email.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier)
      problems.push(`event ${signup.eventId}: sign-ups ${earlier} and ${signup.id} are the same person`);
    else seen.set(key, String(signup.id));
  }
  return problems;
}

export const invariantViolations = (items: readonly Item[]) => [
  ...placementSeatViolations(items),
  ...eventSeatViolations(items),
  ...duplicateSignupViolations(items),
];

export interface KindResult {
  kind: string;
  requests: number;
  durationSeconds: number;
  p50: number;
  p99: number;
  statusCounts: Record<string, number>;
  /** Statuses that are a right answer under this load (409: no seat left). */
  expected: readonly number[];
}

/** Answers that are neither 2xx nor an expected refusal: each is an error of the run. */
export const unexpectedAnswers = (result: KindResult) =>
  Object.entries(result.statusCounts)
    .filter(([status]) => !status.startsWith('2') && !result.expected.includes(Number(status)))
    .reduce((sum, [, count]) => sum + count, 0);

export function formatResult(result: KindResult): string {
  const statuses = Object.entries(result.statusCounts)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  const rate = result.requests / Math.max(result.durationSeconds, 0.001);
  return `${result.kind.padEnd(22)} ${String(result.requests).padStart(6)} req  ${rate.toFixed(1).padStart(7)} req/s  p50 ${String(result.p50).padStart(4)} ms  p99 ${String(result.p99).padStart(5)} ms  ${statuses}  unexpected ${unexpectedAnswers(result)}`;
}
