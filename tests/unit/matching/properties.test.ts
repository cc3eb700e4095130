import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePair, rankCandidates, rankPlacements } from '#shared/domain/matching/index';
import {
  participantArbitrary,
  participantsArbitrary,
  placementArbitrary,
  placementsArbitrary,
  weightsArbitrary,
} from './arbitraries';
import { idFor } from './fixtures';

describe('matching properties', () => {
  it('keeps every score within 0–100 and every reason within its maximum, whatever the weights', () => {
    fc.assert(
      fc.property(
        participantArbitrary(idFor('PART', 1)),
        placementArbitrary(idFor('PLAC', 1)),
        weightsArbitrary,
        (participant, placement, weights) => {
          const evaluation = evaluatePair(participant, placement, { weights });
          if (evaluation.excluded) {
            expect(evaluation.reasons.length).toBeGreaterThan(0);
            return;
          }
          expect(evaluation.score).toBeGreaterThanOrEqual(0);
          expect(evaluation.score).toBeLessThanOrEqual(100);
          let maxSum = 0;
          for (const reason of evaluation.reasons) {
            expect(reason.points).toBeGreaterThanOrEqual(0);
            expect(reason.points).toBeLessThanOrEqual(reason.maxPoints);
            expect(reason.sv).not.toBe('');
            maxSum += reason.maxPoints;
          }
          expect(Math.abs(maxSum - 100)).toBeLessThanOrEqual(0.5);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('ranks exactly the placements that are not excluded, best first, ties by id', () => {
    fc.assert(
      fc.property(
        participantArbitrary(idFor('PART', 1)),
        placementsArbitrary(12),
        (participant, placements) => {
          const { ranked, excluded } = rankPlacements(participant, placements, { includeExcluded: true });
          const excludedIds = new Set(
            placements.filter((placement) => evaluatePair(participant, placement).excluded).map((p) => p.id),
          );
          expect(new Set(excluded.map((e) => e.placement.id))).toEqual(excludedIds);
          for (const result of ranked) expect(excludedIds.has(result.placement.id)).toBe(false);
          expect(ranked.length + excluded.length).toBe(placements.length);
          for (let i = 1; i < ranked.length; i++) {
            const before = ranked[i - 1]!;
            const after = ranked[i]!;
            expect(
              before.score > after.score ||
                (before.score === after.score && before.placement.id < after.placement.id),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ranks the same way whatever order the placements arrive in', () => {
    fc.assert(
      fc.property(
        participantArbitrary(idFor('PART', 1)),
        placementsArbitrary(10).chain((placements) =>
          fc.tuple(
            fc.constant(placements),
            fc.shuffledSubarray(placements, { minLength: placements.length }),
          ),
        ),
        (participant, [placements, shuffled]) => {
          const a = rankPlacements(participant, placements).ranked.map((r) => [r.placement.id, r.score]);
          const b = rankPlacements(participant, shuffled).ranked.map((r) => [r.placement.id, r.score]);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never ranks an excluded participant as a candidate', () => {
    fc.assert(
      fc.property(
        placementArbitrary(idFor('PLAC', 1)),
        participantsArbitrary(10),
        (placement, participants) => {
          const { ranked } = rankCandidates(placement, participants);
          for (const result of ranked)
            expect(evaluatePair(result.participant, placement).excluded).toBe(false);
          const eligible = participants.filter(
            (participant) => !evaluatePair(participant, placement).excluded,
          );
          expect(ranked.length).toBe(eligible.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
