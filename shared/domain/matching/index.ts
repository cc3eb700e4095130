// The matching module's public face; the API imports from here.
export type { AssignedPair, AssignmentSuggestion, BatchOptions } from './batch.ts';
export { batchSize, batchTooLarge, defaultThreshold, maxBatchSize, suggestAssignment } from './batch.ts';
export { needRules } from './environment.ts';
export type { PairEvaluation } from './evaluate.ts';
export { evaluatePair } from './evaluate.ts';
export { environmentNeedLabels, sectorLabel, taskLabels, traitLabels } from './labels.ts';
export type {
  CandidateRanking,
  ExcludedCandidate,
  ExcludedPlacement,
  PlacementRanking,
  RankedCandidate,
  RankedPlacement,
  RankOptions,
} from './rank.ts';
export { rankCandidates, rankPlacements } from './rank.ts';
export type { MatchingContext, MatchParticipant, MatchPlacement } from './types.ts';
