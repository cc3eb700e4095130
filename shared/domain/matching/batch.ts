import type { ScoreReason } from '../../schemas/matching.ts';
import { maxWeightAssignment } from './assignment.ts';
import { pairScoreTenths } from './evaluate.ts';
import { scoreReasons } from './explain.ts';
import { pairTravelMinutes, prepareParticipant, preparePlacement } from './prepare.ts';
import { compareIds } from './rank.ts';
import type { MatchingContext, MatchParticipant, MatchPlacement } from './types.ts';

export interface BatchOptions extends MatchingContext {
  /** Pairs scoring below this (0–100) are never proposed. */
  threshold?: number;
}

export const defaultThreshold = 40;

/**
 * The largest batch one request solves: participants, and seat columns (a placement's free
 * seats, at most one per participant). The work grows with participants² × seats and the
 * weight matrix with participants × seats (8 bytes a cell), so 1,000 × 1,000 (under two
 * seconds and 8 MB, docs/performance.md) is where a Lambda stops being the place for it.
 */
export const maxBatchSize = { participants: 1_000, seats: 1_000 } as const;

/** How large the batch is that `suggestAssignment` would solve for these sets. */
export function batchSize(
  participants: readonly MatchParticipant[],
  placements: readonly MatchPlacement[],
): { participants: number; seats: number } {
  let seats = 0;
  for (const placement of placements) {
    if (placement.status !== 'open') continue;
    seats += Math.min(Math.max(0, placement.seats - placement.seatsTaken), participants.length);
  }
  return { participants: participants.length, seats };
}

export const batchTooLarge = (size: { participants: number; seats: number }) =>
  size.participants > maxBatchSize.participants || size.seats > maxBatchSize.seats;

export interface AssignedPair<Pa, Pl> {
  participant: Pa;
  placement: Pl;
  score: number;
  reasons: ScoreReason[];
}

export interface AssignmentSuggestion<Pa, Pl> {
  /** Best score first, then participant id. */
  pairs: AssignedPair<Pa, Pl>[];
  totalScore: number;
  /** In id order. */
  unassigned: Pa[];
}

/**
 * The assignment of participants to free seats with the highest total score, for a coach
 * to review. Each participant gets at most one placement, each placement at most its free
 * seats, and only pairs that pass every hard constraint and reach the threshold are used.
 * Seats are expanded into slots and solved as a rectangular assignment problem.
 */
export function suggestAssignment<Pa extends MatchParticipant, Pl extends MatchPlacement>(
  participants: readonly Pa[],
  placements: readonly Pl[],
  options: BatchOptions = {},
): AssignmentSuggestion<Pa, Pl> {
  const minimumTenths = (options.threshold ?? defaultThreshold) * 10;
  // Sorting first makes the suggestion independent of the order the repository returned.
  const people = [...participants]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((participant) => prepareParticipant(participant, options.weights, options.sectorNames));
  const places = [...placements]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((placement) => preparePlacement(placement))
    .filter((place) => place.open && place.seatsFree > 0);

  const scores = new Float64Array(people.length * places.length);
  people.forEach((person, i) => {
    places.forEach((place, k) => {
      const tenths = pairScoreTenths(person, place);
      scores[i * places.length + k] = tenths >= 0 && tenths >= minimumTenths ? tenths : 0;
    });
  });

  // One column per free seat; no placement needs more columns than there are participants.
  const slotPlace: number[] = [];
  places.forEach((place, k) => {
    for (let seat = 0; seat < Math.min(place.seatsFree, people.length); seat++) slotPlace.push(k);
  });
  const weights = new Float64Array(people.length * slotPlace.length);
  for (let i = 0; i < people.length; i++) {
    for (let s = 0; s < slotPlace.length; s++) {
      weights[i * slotPlace.length + s] = scores[i * places.length + slotPlace[s]!]!;
    }
  }
  const slotOfPerson = maxWeightAssignment(weights, people.length, slotPlace.length);

  const pairs: AssignedPair<Pa, Pl>[] = [];
  const unassigned: Pa[] = [];
  let totalTenths = 0;
  people.forEach((person, i) => {
    const slot = slotOfPerson[i]!;
    if (slot < 0) {
      unassigned.push(person.source);
      return;
    }
    const place = places[slotPlace[slot]!]!;
    const tenths = scores[i * places.length + slotPlace[slot]!]!;
    totalTenths += tenths;
    pairs.push({
      participant: person.source,
      placement: place.source,
      score: tenths / 10,
      reasons: scoreReasons(person, place, pairTravelMinutes(person, place)),
    });
  });
  pairs.sort((a, b) => b.score - a.score || compareIds(a.participant.id, b.participant.id));
  return { pairs, totalScore: totalTenths / 10, unassigned };
}
