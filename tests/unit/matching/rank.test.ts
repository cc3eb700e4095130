import { describe, expect, it } from 'vitest';
import { evaluatePair, rankCandidates, rankPlacements } from '#shared/domain/matching/index';
import { defaultWeights } from '#shared/schemas/matching';
import { aParticipant, aPlacement, idFor } from './fixtures';

const ids = (items: readonly { placement: { id: string } }[]) => items.map((item) => item.placement.id);

describe('rankPlacements', () => {
  it('orders by score, best first', () => {
    const participant = aParticipant({ interests: ['retail', 'logistics'] });
    const placements = [
      aPlacement({ id: idFor('PLAC', 1), sector: 'office_admin' }),
      aPlacement({ id: idFor('PLAC', 2), sector: 'retail' }),
      aPlacement({ id: idFor('PLAC', 3), sector: 'logistics' }),
    ];
    const { ranked } = rankPlacements(participant, placements);
    expect(ids(ranked)).toEqual([idFor('PLAC', 2), idFor('PLAC', 3), idFor('PLAC', 1)]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('breaks ties by placement id, whatever order the placements come in', () => {
    const twins = [5, 1, 4, 2, 3].map((n) => aPlacement({ id: idFor('PLAC', n) }));
    const forward = rankPlacements(aParticipant(), twins);
    const backward = rankPlacements(aParticipant(), [...twins].reverse());
    const expected = [1, 2, 3, 4, 5].map((n) => idFor('PLAC', n));
    expect(ids(forward.ranked)).toEqual(expected);
    expect(ids(backward.ranked)).toEqual(expected);
    expect(new Set(forward.ranked.map((r) => r.score)).size).toBe(1);
  });

  it('leaves excluded placements out, and lists them with reasons only when asked', () => {
    const placements = [
      aPlacement({ id: idFor('PLAC', 1) }),
      aPlacement({ id: idFor('PLAC', 3), status: 'closed' }),
      aPlacement({ id: idFor('PLAC', 2), seatsTaken: 2 }),
    ];
    const quiet = rankPlacements(aParticipant(), placements);
    expect(ids(quiet.ranked)).toEqual([idFor('PLAC', 1)]);
    expect(quiet.excluded).toEqual([]);

    const told = rankPlacements(aParticipant(), placements, { includeExcluded: true });
    expect(ids(told.excluded)).toEqual([idFor('PLAC', 2), idFor('PLAC', 3)]);
    expect(told.excluded.map((e) => e.reasons[0]?.constraint)).toEqual(['seats', 'status']);
  });

  it('explains only the best `limit` results but counts every eligible one', () => {
    const placements = [1, 2, 3, 4].map((n) => aPlacement({ id: idFor('PLAC', n) }));
    const { ranked, eligibleCount } = rankPlacements(aParticipant(), placements, { limit: 2 });
    expect(ids(ranked)).toEqual([idFor('PLAC', 1), idFor('PLAC', 2)]);
    expect(eligibleCount).toBe(4);
  });

  it('gives the same scores and reasons as evaluating each pair alone', () => {
    const participant = aParticipant({
      environmentNeeds: ['needs_quiet'],
      capabilities: ['crowd_tolerance'],
    });
    const placements = [
      aPlacement({ id: idFor('PLAC', 1), environment: ['quiet', 'many_people'] }),
      aPlacement({ id: idFor('PLAC', 2), sector: 'logistics', tasks: ['sorting'], supervisorOnSite: false }),
    ];
    for (const result of rankPlacements(participant, placements).ranked) {
      const alone = evaluatePair(participant, result.placement);
      expect(alone).toEqual({ excluded: false, score: result.score, reasons: result.reasons });
    }
  });
});

describe('tuning the weights', () => {
  // A is the participant's first-choice sector but far away; B is close but outside their interests.
  const participant = aParticipant({ interests: ['retail'], maxTravelMinutes: 60 });
  const firstChoiceFar = aPlacement({
    id: idFor('PLAC', 1),
    sector: 'retail',
    location: { postcode: '21845', area: 'B' },
  });
  const otherNear = aPlacement({
    id: idFor('PLAC', 2),
    sector: 'cleaning_facility',
    location: { postcode: '21120', area: 'C' },
  });

  it('puts the first-choice sector first with the default weights', () => {
    expect(ids(rankPlacements(participant, [otherNear, firstChoiceFar]).ranked)).toEqual([
      idFor('PLAC', 1),
      idFor('PLAC', 2),
    ]);
  });

  it('puts the nearer placement first when travel outweighs interest', () => {
    const weights = { ...defaultWeights, interest: 5, travel: 60 };
    expect(ids(rankPlacements(participant, [otherNear, firstChoiceFar], { weights }).ranked)).toEqual([
      idFor('PLAC', 2),
      idFor('PLAC', 1),
    ]);
  });

  it('ties the two on everything but id when only a factor they share counts', () => {
    const weights = { interest: 0, tasks: 0, capabilities: 1, environment: 0, travel: 0, support: 0 };
    const { ranked } = rankPlacements(participant, [otherNear, firstChoiceFar], { weights });
    expect(ranked.map((r) => r.score)).toEqual([100, 100]);
    expect(ids(ranked)).toEqual([idFor('PLAC', 1), idFor('PLAC', 2)]);
  });
});

describe('rankCandidates', () => {
  it('ranks participants for one placement, excluding those who do not fit, ties by id', () => {
    const placement = aPlacement({ sector: 'retail', maxSupportLevel: 2 });
    const first = aParticipant({ id: idFor('PART', 3), interests: ['retail'] });
    const second = aParticipant({ id: idFor('PART', 1), interests: ['logistics', 'retail'] });
    const twinOfSecond = aParticipant({ id: idFor('PART', 2), interests: ['logistics', 'retail'] });
    const tooMuchSupport = aParticipant({ id: idFor('PART', 4), supportLevel: 4 });
    const result = rankCandidates(placement, [tooMuchSupport, twinOfSecond, second, first], {
      includeExcluded: true,
    });
    expect(result.ranked.map((r) => r.participant.id)).toEqual([
      idFor('PART', 3),
      idFor('PART', 1),
      idFor('PART', 2),
    ]);
    expect(result.excluded.map((e) => [e.participant.id, e.reasons[0]?.constraint])).toEqual([
      [idFor('PART', 4), 'supportLevel'],
    ]);
    expect(result.ranked[0]!.reasons[0]!.sv).toBe(
      'Platsen är inom butik och handel, som är ditt förstahandsval.',
    );
  });
});
