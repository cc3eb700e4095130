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

export type PairEvaluation =
  | { excluded: true; reasons: ExclusionReason[] }
  | { excluded: false; score: number; reasons: ScoreReason[] };

/** One participant against one placement: hard constraints first, then the score with its reasons. */
export function evaluatePair(
  participant: MatchParticipant,
  placement: MatchPlacement,
  context: MatchingContext = {},
): PairEvaluation {
  return evaluatePrepared(
    prepareParticipant(participant, context.weights, context.sectorNames),
    preparePlacement(placement),
  );
}

export function evaluatePrepared(
  participant: PreparedParticipant,
  placement: PreparedPlacement,
): PairEvaluation {
  const minutes = pairTravelMinutes(participant, placement);
  const failed = failedConstraints(participant, placement, minutes);
  if (failed !== 0) {
    return { excluded: true, reasons: exclusionReasons(participant, placement, failed, minutes) };
  }
  return {
    excluded: false,
    score: scoreTenths(participant, placement, minutes) / 10,
    reasons: scoreReasons(participant, placement, minutes),
  };
}

/** The score in tenths of a point, or -1 when a hard constraint fails; no reasons, no allocation. */
export function pairScoreTenths(participant: PreparedParticipant, placement: PreparedPlacement): number {
  const minutes = pairTravelMinutes(participant, placement);
  if (failedConstraints(participant, placement, minutes) !== 0) return -1;
  return scoreTenths(participant, placement, minutes);
}
