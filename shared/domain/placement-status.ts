import type { Placement, PlacementPatch, PlacementStatus } from '../schemas/placement.ts';
import { swedishDate } from './calendar.ts';
import { type Refusal, refuse } from './refusal.ts';

/** A time a placement was published, from its first to its last day, for the indicators. */
export interface Publication {
  start: string;
  end: string;
}

export type PlacementChange =
  | {
      ok: true;
      placement: Placement;
      /** Set when the change takes the placement out of publication: the time it ends. */
      endedPublication?: Publication;
    }
  | Refusal;

// Who may ask for which status: `full` is never asked for, it follows from the seats.
const allowedMoves: Record<PlacementStatus, PlacementStatus[]> = {
  draft: ['draft', 'open', 'closed'],
  open: ['open', 'closed'],
  full: ['open', 'closed'],
  closed: ['closed', 'open'],
};

/** A published placement: open to matching, with or without a free seat. */
export const isPublished = (status: PlacementStatus) => status === 'open' || status === 'full';

/**
 * The statuses an employer may ask for next, leaving out the one the placement has
 * (a full placement is open: asking for `open` again changes nothing).
 */
export function placementMovesFrom(status: PlacementStatus): Exclude<PlacementStatus, 'full'>[] {
  const chosen = status === 'full' ? 'open' : status;
  return allowedMoves[status].filter((to) => to !== chosen && to !== 'full') as Exclude<
    PlacementStatus,
    'full'
  >[];
}

/** A placement that is open but has no free seat is full, and back again. */
export function statusForSeats(status: PlacementStatus, seats: number, seatsTaken: number): PlacementStatus {
  if ((status === 'open' || status === 'full') && seatsTaken >= seats) return 'full';
  if (status === 'full' && seatsTaken < seats) return 'open';
  return status;
}

export function applyPlacementPatch(current: Placement, patch: PlacementPatch, now: Date): PlacementChange {
  const seats = patch.seats ?? current.seats;
  if (seats < current.seatsTaken) {
    return refuse('placement.seats_below_taken', 'seats', {
      sv: `${current.seatsTaken} platser är tagna, så det kan inte bli färre platser.`,
      en: `${current.seatsTaken} seats are taken; seats cannot be fewer.`,
    });
  }
  const requested = patch.status ?? current.status;
  if (!allowedMoves[current.status].includes(requested)) {
    return refuse('placement.status_move_not_allowed', 'status', {
      sv: `En plats med status ${current.status} kan inte bli ${requested}.`,
      en: `A ${current.status} placement cannot become ${requested}.`,
    });
  }
  const next: Placement = { ...current, ...patch, seats, updatedAt: now.toISOString() };
  next.status = statusForSeats(requested, seats, current.seatsTaken);
  return { ok: true, ...publicationStep(current, next, now) };
}

/** The day a published placement was opened; one published before this was kept, the day it was created. */
export const publishedSince = (placement: Pick<Placement, 'publishedSince' | 'createdAt'>) =>
  placement.publishedSince ?? swedishDate(new Date(placement.createdAt));

/**
 * Keeps the day a placement was last published, so "placements open in a period" can be
 * counted for a past period: publishing starts the time, closing (or back to draft) ends
 * it and hands it over to be stored. A placement published before this was kept starts
 * on the day it was created.
 */
function publicationStep(
  current: Placement,
  next: Placement,
  now: Date,
): { placement: Placement; endedPublication?: Publication } {
  const was = isPublished(current.status);
  const is = isPublished(next.status);
  if (!was && is) return { placement: { ...next, publishedSince: swedishDate(now) } };
  if (was && !is) {
    const { publishedSince: _ended, ...unpublished } = next;
    return {
      placement: unpublished,
      endedPublication: { start: publishedSince(current), end: swedishDate(now) },
    };
  }
  return { placement: next };
}
