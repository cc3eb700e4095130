import { z } from 'zod';
import { ExclusionReason, ScoreReason } from './matching.ts';
import { Participant } from './participant.ts';
import { Placement } from './placement.ts';

// What the ranking routes answer: ranked items with their reasons, and the excluded ones when asked.

export const PlacementRanking = z.object({
  items: z.array(z.object({ placement: Placement, score: z.number(), reasons: z.array(ScoreReason) })),
  eligibleCount: z.number().int(),
  excluded: z.array(z.object({ placement: Placement, reasons: z.array(ExclusionReason) })).optional(),
});
export type PlacementRanking = z.infer<typeof PlacementRanking>;

/** A candidate as a ranking shows it: enough to recognise the person, not the profile. */
export const CandidatePerson = Participant.pick({
  id: true,
  firstName: true,
  lastName: true,
  stage: true,
  supportLevel: true,
  coachId: true,
});
export type CandidatePerson = z.infer<typeof CandidatePerson>;

export const CandidateRanking = z.object({
  items: z.array(
    z.object({ participant: CandidatePerson, score: z.number(), reasons: z.array(ScoreReason) }),
  ),
  eligibleCount: z.number().int(),
  excluded: z.array(z.object({ participant: CandidatePerson, reasons: z.array(ExclusionReason) })).optional(),
});
export type CandidateRanking = z.infer<typeof CandidateRanking>;
