import type { ExclusionReason, ScoreReason } from '../../schemas/matching.ts';
import { failedConstraints } from './constraints.ts';
import { exclusionReasons, scoreReasons } from './explain.ts';
import {
  type PreparedParticipant,
  type PreparedPlacement,
  pairTravelMinutes,
  prepareParticipant,
  preparePlacement,
} from './prepare.ts';
import { scoreTenths } from './score.ts';
import type { MatchingContext, MatchParticipant, MatchPlacement } from './types.ts';

export interface RankOptions extends MatchingContext {
  /** Also return the excluded pairs with their reasons (ordered by id). */
  includeExcluded?: boolean;
  /** Explain only the best this many; eligibleCount still counts them all. */
  limit?: number;
}

export interface RankedPlacement<P> {
  placement: P;
  score: number;
  reasons: ScoreReason[];
}
export interface ExcludedPlacement<P> {
  placement: P;
  reasons: ExclusionReason[];
}
export interface PlacementRanking<P> {
  ranked: RankedPlacement<P>[];
  excluded: ExcludedPlacement<P>[];
  eligibleCount: number;
}

export interface RankedCandidate<P> {
  participant: P;
  score: number;
  reasons: ScoreReason[];
}
export interface ExcludedCandidate<P> {
  participant: P;
  reasons: ExclusionReason[];
}
export interface CandidateRanking<P> {
  ranked: RankedCandidate<P>[];
  excluded: ExcludedCandidate<P>[];
  eligibleCount: number;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Scored {
  /** Positions of the eligible items, best first once sorted. */
  order: number[];
  /** Score in tenths per position (only eligible positions are set). */
  tenths: Int32Array;
}

/**
 * Highest score first; equal scores in id order, so the same input always ranks the same way.
 * The sort moves positions only; reasons are built afterwards, for the items shown.
 */
function sortByScoreThenId(scored: Scored, idAt: (position: number) => string): number[] {
  const { order, tenths } = scored;
  return order.sort((a, b) => tenths[b]! - tenths[a]! || compareIds(idAt(a), idAt(b)));
}

/** The placements that fit one participant, best first, each with the reasons for its score. */
export function rankPlacements<P extends MatchPlacement>(
  participant: MatchParticipant,
  placements: readonly P[],
  options: RankOptions = {},
): PlacementRanking<P> {
  const person = prepareParticipant(participant, options.weights, options.sectorNames);
  const scored: Scored = { order: [], tenths: new Int32Array(placements.length) };
  const prepared: PreparedPlacement<P>[] = new Array(placements.length);
  const excluded: ExcludedPlacement<P>[] = [];
  for (let i = 0; i < placements.length; i++) {
    const placement = placements[i]!;
    const place = preparePlacement(placement);
    const minutes = pairTravelMinutes(person, place);
    const failed = failedConstraints(person, place, minutes);
    if (failed === 0) {
      scored.tenths[i] = scoreTenths(person, place, minutes);
      scored.order.push(i);
      prepared[i] = place;
    } else if (options.includeExcluded) {
      excluded.push({ placement, reasons: exclusionReasons(person, place, failed, minutes) });
    }
  }
  const order = sortByScoreThenId(scored, (i) => placements[i]!.id);
  const shown = options.limit === undefined ? order : order.slice(0, options.limit);
  return {
    ranked: shown.map((i) => {
      const place = prepared[i]!;
      return {
        placement: place.source,
        score: scored.tenths[i]! / 10,
        reasons: scoreReasons(person, place, pairTravelMinutes(person, place)),
      };
    }),
    excluded: excluded.sort((a, b) => compareIds(a.placement.id, b.placement.id)),
    eligibleCount: order.length,
  };
}

/** The participants who fit one placement, best first, each with the reasons for their score. */
export function rankCandidates<P extends MatchParticipant>(
  placement: MatchPlacement,
  participants: readonly P[],
  options: RankOptions = {},
): CandidateRanking<P> {
  const place = preparePlacement(placement);
  const scored: Scored = { order: [], tenths: new Int32Array(participants.length) };
  const prepared: PreparedParticipant<P>[] = new Array(participants.length);
  const excluded: ExcludedCandidate<P>[] = [];
  for (let i = 0; i < participants.length; i++) {
    const participant = participants[i]!;
    const person = prepareParticipant(participant, options.weights, options.sectorNames);
    const minutes = pairTravelMinutes(person, place);
    const failed = failedConstraints(person, place, minutes);
    if (failed === 0) {
      scored.tenths[i] = scoreTenths(person, place, minutes);
      scored.order.push(i);
      prepared[i] = person;
    } else if (options.includeExcluded) {
      excluded.push({ participant, reasons: exclusionReasons(person, place, failed, minutes) });
    }
  }
  const order = sortByScoreThenId(scored, (i) => participants[i]!.id);
  const shown = options.limit === undefined ? order : order.slice(0, options.limit);
  return {
    ranked: shown.map((i) => {
      const person = prepared[i]!;
      return {
        participant: person.source,
        score: scored.tenths[i]! / 10,
        reasons: scoreReasons(person, place, pairTravelMinutes(person, place)),
      };
    }),
    excluded: excluded.sort((a, b) => compareIds(a.participant.id, b.participant.id)),
    eligibleCount: order.length,
  };
}
