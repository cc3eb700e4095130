import { evaluatePair, pairScoreTenths } from '#shared/domain/matching/evaluate';
import type { MatchParticipant, MatchPlacement, RankedPlacement } from '#shared/domain/matching/index';
import { prepareParticipant, preparePlacement } from '#shared/domain/matching/prepare';
import { compareIds } from '#shared/domain/matching/rank';

// The straightforward implementations the optimised ones are measured against.

/** Ranking without precomputation: every pair re-derives the participant's look-ups and reasons. */
export function naiveRankPlacements<P extends MatchPlacement>(
  participant: MatchParticipant,
  placements: readonly P[],
): RankedPlacement<P>[] {
  const ranked: RankedPlacement<P>[] = [];
  for (const placement of placements) {
    const evaluation = evaluatePair(participant, placement);
    if (!evaluation.excluded)
      ranked.push({ placement, score: evaluation.score, reasons: evaluation.reasons });
  }
  return ranked.sort((a, b) => b.score - a.score || compareIds(a.placement.id, b.placement.id));
}

/** The greedy loop: best remaining pair first, until no allowed pair is left. */
export function greedyAssignment(
  participants: readonly MatchParticipant[],
  placements: readonly MatchPlacement[],
  threshold: number,
): { totalScore: number; assigned: number } {
  const people = participants.map((participant) => prepareParticipant(participant));
  const places = placements.map((placement) => preparePlacement(placement));
  const pairs: { person: number; place: number; tenths: number }[] = [];
  people.forEach((person, i) => {
    places.forEach((place, k) => {
      const tenths = pairScoreTenths(person, place);
      if (tenths >= 0 && tenths >= threshold * 10 && tenths > 0) pairs.push({ person: i, place: k, tenths });
    });
  });
  pairs.sort((a, b) => b.tenths - a.tenths || a.person - b.person || a.place - b.place);
  const taken = new Uint8Array(people.length);
  const seatsLeft = places.map((place) => place.seatsFree);
  let totalTenths = 0;
  let assigned = 0;
  for (const pair of pairs) {
    if (taken[pair.person] || seatsLeft[pair.place]! <= 0) continue;
    taken[pair.person] = 1;
    seatsLeft[pair.place]! -= 1;
    totalTenths += pair.tenths;
    assigned++;
  }
  return { totalScore: totalTenths / 10, assigned };
}
