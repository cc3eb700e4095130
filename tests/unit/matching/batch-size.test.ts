import { describe, expect, it } from 'vitest';
import { batchSize, batchTooLarge, maxBatchSize } from '#shared/domain/matching/index';
import { aParticipant, aPlacement, idFor } from './fixtures';

const people = (count: number) =>
  Array.from({ length: count }, (_, n) => aParticipant({ id: idFor('PART', n + 1) }));

describe('the size of a batch', () => {
  it('counts the free seats of open placements, at most one per participant for each', () => {
    const placements = [
      aPlacement({ id: idFor('PLAC', 1), seats: 50, seatsTaken: 10 }),
      aPlacement({ id: idFor('PLAC', 2), seats: 3, seatsTaken: 1 }),
      aPlacement({ id: idFor('PLAC', 3), seats: 9, status: 'closed' }),
    ];
    expect(batchSize(people(5), placements)).toEqual({ participants: 5, seats: 7 });
    expect(batchSize(people(100), placements)).toEqual({ participants: 100, seats: 42 });
  });

  it('is too large past 1,000 participants or 1,000 seats, not at them', () => {
    expect(batchTooLarge(maxBatchSize)).toBe(false);
    expect(batchTooLarge({ participants: 1_001, seats: 10 })).toBe(true);
    expect(batchTooLarge({ participants: 10, seats: 1_001 })).toBe(true);
  });
});
