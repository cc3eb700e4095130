import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id } from './common.ts';

// The scored factors, in the order their reasons are shown.
export const matchFactors = [
  'interest',
  'tasks',
  'capabilities',
  'environment',
  'travel',
  'support',
] as const;
export const MatchFactor = z.enum(matchFactors);
export type MatchFactor = z.infer<typeof MatchFactor>;

// The hard constraints; any one failing excludes the pair.
export const hardConstraints = [
  'status',
  'seats',
  'stage',
  'profile',
  'supportLevel',
  'schedule',
  'environment',
  'travel',
] as const;
export const HardConstraint = z.enum(hardConstraints);
export type HardConstraint = z.infer<typeof HardConstraint>;

const weight = z.number().min(0, fieldMessage('weight.min')).max(100, fieldMessage('weight.max'));

// Relative weights: only their proportions matter, the score is always 0–100.
export const MatchingWeights = z
  .object({
    interest: weight,
    tasks: weight,
    capabilities: weight,
    environment: weight,
    travel: weight,
    support: weight,
  })
  .strict()
  .refine((weights) => Object.values(weights).some((value) => value > 0), fieldMessage('weights.none'));
export type MatchingWeights = z.infer<typeof MatchingWeights>;

export const defaultWeights: MatchingWeights = Object.freeze({
  interest: 30,
  tasks: 15,
  capabilities: 20,
  environment: 10,
  travel: 15,
  support: 10,
});

export const ScoreReason = z.object({
  factor: MatchFactor,
  points: z.number().min(0).max(100),
  maxPoints: z.number().min(0).max(100),
  sv: z.string(),
  en: z.string(),
});
export type ScoreReason = z.infer<typeof ScoreReason>;

export const ExclusionReason = z.object({
  constraint: HardConstraint,
  sv: z.string(),
  en: z.string(),
});
export type ExclusionReason = z.infer<typeof ExclusionReason>;

const Score = z.number().min(0).max(100).describe('0–100, one decimal');

export const BatchRequest = z
  .object({
    threshold: z
      .number()
      .min(0, fieldMessage('score.min'))
      .max(100, fieldMessage('score.max'))
      .default(40)
      .describe('Pairs scoring below this are never proposed'),
    participantIds: z.array(Id).max(2000).optional().describe('Default: all waiting participants'),
    placementIds: z.array(Id).max(2000).optional().describe('Default: all open placements'),
  })
  .strict();
export type BatchRequest = z.infer<typeof BatchRequest>;

export const BatchSuggestion = z.object({
  pairs: z.array(
    z.object({ participantId: Id, placementId: Id, score: Score, reasons: z.array(ScoreReason) }),
  ),
  totalScore: z.number().min(0),
  unassignedParticipantIds: z.array(Id),
});
export type BatchSuggestion = z.infer<typeof BatchSuggestion>;

export const RankQuery = z.object({
  includeExcluded: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Also list the excluded pairs with the reasons'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
