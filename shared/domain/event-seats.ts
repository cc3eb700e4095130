import type { SeatKind } from '../schemas/event.ts';

// The seat ledger of one event: per kind of attendee, the seats there are, the
// seats held, and the sign-ups waiting. The repository keeps it as one item that
// every sign-up, cancellation and promotion rewrites in the same transaction as
// the sign-ups it concerns (conditional on `rev`), so no interleaving can give a
// seat twice or lose one. These functions decide; they do not store.

export type PerKind = Record<SeatKind, number>;

export interface SeatLedger {
  capacity: PerKind;
  taken: PerKind;
  /** Waitlisted sign-ups (not seats) per kind. */
  waiting: PerKind;
  /** Arrival counter: the last sequence number given. */
  seq: number;
  rev: number;
}

export const emptyLedger = (capacity: Partial<PerKind>): SeatLedger => ({
  capacity: { participant: capacity.participant ?? 0, employer: capacity.employer ?? 0 },
  taken: { participant: 0, employer: 0 },
  waiting: { participant: 0, employer: 0 },
  seq: 0,
  rev: 0,
});

const withKind = (values: PerKind, kind: SeatKind, value: number): PerKind => ({ ...values, [kind]: value });

export interface Placed {
  status: 'confirmed' | 'waitlisted';
  /** The place in the waitlist of its kind (1 is next), when waitlisted. */
  position?: number;
  seq: number;
  ledger: SeatLedger;
}

/**
 * Where a new sign-up that needs `need` seats goes: confirmed while seats of its
 * kind remain and nobody of its kind is waiting (first come, first served),
 * otherwise last on the waitlist.
 */
export function placeSignup(ledger: SeatLedger, kind: SeatKind, need: number): Placed {
  const seq = ledger.seq + 1;
  const fits = ledger.waiting[kind] === 0 && ledger.taken[kind] + need <= ledger.capacity[kind];
  if (fits) {
    return {
      status: 'confirmed',
      seq,
      ledger: {
        ...ledger,
        seq,
        rev: ledger.rev + 1,
        taken: withKind(ledger.taken, kind, ledger.taken[kind] + need),
      },
    };
  }
  const position = ledger.waiting[kind] + 1;
  return {
    status: 'waitlisted',
    position,
    seq,
    ledger: { ...ledger, seq, rev: ledger.rev + 1, waiting: withKind(ledger.waiting, kind, position) },
  };
}

export interface Waiting {
  signupId: string;
  need: number;
}

/**
 * Promotes from the head of the waitlist (`heads`, in waitlist order) while the
 * first one fits the free seats; a head that does not fit stops the line, so no
 * one is passed over.
 */
export function promote(
  ledger: SeatLedger,
  kind: SeatKind,
  heads: readonly Waiting[],
): { promoted: Waiting[]; ledger: SeatLedger } {
  const promoted: Waiting[] = [];
  let taken = ledger.taken[kind];
  for (const head of heads) {
    if (taken + head.need > ledger.capacity[kind]) break;
    taken += head.need;
    promoted.push(head);
  }
  return {
    promoted,
    ledger: {
      ...ledger,
      taken: withKind(ledger.taken, kind, taken),
      waiting: withKind(ledger.waiting, kind, ledger.waiting[kind] - promoted.length),
    },
  };
}

/** The ledger after a sign-up leaves: its seats are freed, or its place in the waitlist. */
export function release(
  ledger: SeatLedger,
  kind: SeatKind,
  need: number,
  held: 'seat' | 'waitlist' | 'nothing',
): SeatLedger {
  const next = { ...ledger, rev: ledger.rev + 1 };
  if (held === 'seat') return { ...next, taken: withKind(ledger.taken, kind, ledger.taken[kind] - need) };
  if (held === 'waitlist')
    return { ...next, waiting: withKind(ledger.waiting, kind, ledger.waiting[kind] - 1) };
  return next;
}

/** New seat numbers: never below the seats held (undefined then), and promotions follow a rise. */
export function resize(ledger: SeatLedger, capacity: Partial<PerKind>): SeatLedger | undefined {
  const next: PerKind = {
    participant: capacity.participant ?? 0,
    employer: capacity.employer ?? 0,
  };
  if (next.participant < ledger.taken.participant || next.employer < ledger.taken.employer) return undefined;
  return { ...ledger, capacity: next, rev: ledger.rev + 1 };
}
