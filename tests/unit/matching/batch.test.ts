import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from '#shared/domain/matching/assignment';
import {
  evaluatePair,
  type MatchParticipant,
  type MatchPlacement,
  suggestAssignment,
} from '#shared/domain/matching/index';
import { participantArbitrary, placementArbitrary } from './arbitraries';
import { aParticipant, aPlacement, idFor } from './fixtures';

/** Tries every way to give each participant one allowed placement or none. */
function bruteForceBest(
  participants: readonly MatchParticipant[],
  placements: readonly MatchPlacement[],
  threshold: number,
): number {
  const scores = participants.map((participant) =>
    placements.map((placement) => {
      const evaluation = evaluatePair(participant, placement);
      return evaluation.excluded || evaluation.score < threshold ? undefined : evaluation.score;
    }),
  );
  const seatsLeft = placements.map((placement) => placement.seats - placement.seatsTaken);
  const best = (i: number): number => {
    if (i === participants.length) return 0;
    let top = best(i + 1);
    scores[i]!.forEach((score, k) => {
      if (score === undefined || seatsLeft[k]! <= 0) return;
      seatsLeft[k]! -= 1;
      top = Math.max(top, score + best(i + 1));
      seatsLeft[k]! += 1;
    });
    return top;
  };
  return best(0);
}

const smallInstance = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }))
  .chain(([people, places]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: people }, (_, n) => participantArbitrary(idFor('PART', n)))),
      fc.tuple(
        ...Array.from({ length: places }, (_, n) =>
          placementArbitrary(idFor('PLAC', n)).chain((placement) =>
            // One or two free seats, as the batch is about to fill them.
            fc
              .integer({ min: 1, max: 2 })
              .map((free) => ({ ...placement, seats: placement.seatsTaken + free })),
          ),
        ),
      ),
      fc.constantFrom(0, 20, 40, 60),
    ),
  );

describe('suggestAssignment', () => {
  it('finds the same total as trying every assignment, and keeps to seats and constraints', () => {
    fc.assert(
      fc.property(smallInstance, ([participants, placements, threshold]) => {
        const suggestion = suggestAssignment(participants, placements, { threshold });
        expect(suggestion.totalScore).toBeCloseTo(bruteForceBest(participants, placements, threshold), 6);

        const perPlacement = new Map<string, number>();
        const seen = new Set<string>();
        for (const pair of suggestion.pairs) {
          const evaluation = evaluatePair(pair.participant, pair.placement);
          expect(evaluation.excluded).toBe(false);
          expect(pair.score).toBeGreaterThanOrEqual(threshold);
          expect(pair.score).toBe(evaluation.excluded ? -1 : evaluation.score);
          expect(seen.has(pair.participant.id)).toBe(false);
          seen.add(pair.participant.id);
          perPlacement.set(pair.placement.id, (perPlacement.get(pair.placement.id) ?? 0) + 1);
        }
        for (const placement of placements) {
          expect(perPlacement.get(placement.id) ?? 0).toBeLessThanOrEqual(
            placement.seats - placement.seatsTaken,
          );
        }
        const unassigned = suggestion.unassigned.map((p) => p.id);
        expect([...seen, ...unassigned].sort()).toEqual(participants.map((p) => p.id).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('gives the seat to the pair that adds most in total, not to the single best pair', () => {
    // Anna and Bo score the same for retail; Bo scores 60 for logistics, below the threshold.
    // Greedy gives Anna the retail seat (equal best pair, lower id) and leaves Bo without
    // a place; the optimum sends Anna to logistics, her second choice, and Bo to retail.
    const anna = aParticipant({ id: idFor('PART', 1), interests: ['retail', 'logistics'] });
    const bo = aParticipant({ id: idFor('PART', 2), interests: ['retail'] });
    const retail = aPlacement({ id: idFor('PLAC', 1), sector: 'retail', seats: 1 });
    const logistics = aPlacement({ id: idFor('PLAC', 2), sector: 'logistics', seats: 1 });
    const suggestion = suggestAssignment([anna, bo], [retail, logistics], { threshold: 65 });
    expect(suggestion.pairs.map((pair) => [pair.participant.id, pair.placement.id])).toEqual(
      expect.arrayContaining([
        [idFor('PART', 1), idFor('PLAC', 2)],
        [idFor('PART', 2), idFor('PLAC', 1)],
      ]),
    );
    expect(suggestion.unassigned).toEqual([]);
    expect(suggestion.pairs[0]!.reasons[0]!.factor).toBe('interest');
  });

  it('leaves a participant unassigned rather than propose a pair below the threshold', () => {
    const participant = aParticipant({ interests: ['retail'], preferredTasks: ['cleaning'] });
    const placement = aPlacement({ sector: 'office_admin' });
    const score = evaluatePair(participant, placement);
    expect(score.excluded).toBe(false);
    const below = score.excluded ? 0 : score.score + 1;
    expect(suggestAssignment([participant], [placement], { threshold: below })).toEqual({
      pairs: [],
      totalScore: 0,
      unassigned: [participant],
    });
    expect(suggestAssignment([participant], [placement], { threshold: below - 1 }).pairs).toHaveLength(1);
  });

  it('gives the same suggestion whatever order participants and placements come in', () => {
    fc.assert(
      fc.property(smallInstance, ([participants, placements]) => {
        const a = suggestAssignment(participants, placements);
        const b = suggestAssignment([...participants].reverse(), [...placements].reverse());
        const pairs = (s: typeof a) => s.pairs.map((p) => `${p.participant.id}>${p.placement.id}`);
        expect(pairs(b)).toEqual(pairs(a));
      }),
      { numRuns: 100 },
    );
  });
});

describe('maxWeightAssignment', () => {
  const bruteForce = (weights: number[], rows: number, cols: number): number => {
    const used = new Array<boolean>(cols).fill(false);
    const best = (row: number): number => {
      if (row === rows) return 0;
      let top = best(row + 1);
      for (let col = 0; col < cols; col++) {
        const weight = weights[row * cols + col]!;
        if (used[col] || weight <= 0) continue;
        used[col] = true;
        top = Math.max(top, weight + best(row + 1));
        used[col] = false;
      }
      return top;
    };
    return best(0);
  };

  it('matches brute force on random matrices, wide and tall', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
      .chain(([rows, cols]) =>
        fc.tuple(
          fc.constant(rows),
          fc.constant(cols),
          fc.array(fc.integer({ min: -5, max: 1000 }), { minLength: rows * cols, maxLength: rows * cols }),
        ),
      );
    fc.assert(
      fc.property(matrix, ([rows, cols, weights]) => {
        const assigned = maxWeightAssignment(weights, rows, cols);
        expect(assigned).toHaveLength(rows);
        const columns = [...assigned].filter((col) => col >= 0);
        expect(new Set(columns).size).toBe(columns.length);
        let total = 0;
        assigned.forEach((col, row) => {
          if (col < 0) return;
          expect(weights[row * cols + col]).toBeGreaterThan(0);
          total += weights[row * cols + col]!;
        });
        expect(total).toBe(bruteForce(weights, rows, cols));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a weight list of the wrong size', () => {
    expect(() => maxWeightAssignment([1, 2, 3], 2, 2)).toThrow(/rows × cols/);
  });
});
