import { describe, expect, it } from 'vitest';
import { evaluatePair, type PairEvaluation } from '#shared/domain/matching/index';
import { defaultWeights, type ScoreReason } from '#shared/schemas/matching';
import { aParticipant, aPlacement } from './fixtures';

function scored(evaluation: PairEvaluation) {
  if (evaluation.excluded) throw new Error(`expected a score, got ${evaluation.reasons[0]?.sv}`);
  return evaluation;
}

function reason(evaluation: PairEvaluation, factor: ScoreReason['factor']): ScoreReason {
  const found = scored(evaluation).reasons.find((r) => r.factor === factor);
  if (!found) throw new Error(`no ${factor} reason`);
  return found;
}

describe('score and reasons', () => {
  it('gives one reason per factor, in factor order, whose points add up to the score', () => {
    const evaluation = scored(evaluatePair(aParticipant(), aPlacement()));
    expect(evaluation.reasons.map((r) => r.factor)).toEqual([
      'interest',
      'tasks',
      'capabilities',
      'environment',
      'travel',
      'support',
    ]);
    const sum = evaluation.reasons.reduce((total, r) => total + r.points, 0);
    expect(Math.abs(sum - evaluation.score)).toBeLessThanOrEqual(0.3);
    const maxSum = evaluation.reasons.reduce((total, r) => total + r.maxPoints, 0);
    expect(Math.abs(maxSum - 100)).toBeLessThanOrEqual(0.3);
    for (const r of evaluation.reasons) expect(r.points).toBeLessThanOrEqual(r.maxPoints);
  });

  it('tells the participant in plain Swedish which choice the sector is', () => {
    const participant = aParticipant({ interests: ['retail', 'logistics', 'second_hand', 'it_media'] });
    expect(reason(evaluatePair(participant, aPlacement({ sector: 'retail' })), 'interest').sv).toBe(
      'Platsen är inom butik och handel, som är ditt förstahandsval.',
    );
    expect(reason(evaluatePair(participant, aPlacement({ sector: 'logistics' })), 'interest').sv).toBe(
      'Platsen är inom lager och paketering, som är ditt andrahandsval.',
    );
    expect(reason(evaluatePair(participant, aPlacement({ sector: 'it_media' })), 'interest').sv).toBe(
      'Platsen är inom IT och media, som är nummer 4 på din lista.',
    );
    expect(reason(evaluatePair(participant, aPlacement({ sector: 'food_service' })), 'interest').sv).toBe(
      'Platsen är inom restaurang och café, som inte finns bland dina önskade branscher.',
    );
  });

  it('gives fewer interest points the further down the list the sector is, and none outside it', () => {
    const participant = aParticipant({ interests: ['retail', 'logistics', 'second_hand'] });
    const points = ['retail', 'logistics', 'second_hand', 'food_service'].map(
      (sector) => reason(evaluatePair(participant, aPlacement({ sector })), 'interest').points,
    );
    expect(points[0]).toBeGreaterThan(points[1]!);
    expect(points[1]).toBeGreaterThan(points[2]!);
    expect(points[2]).toBeGreaterThan(0);
    expect(points[3]).toBe(0);
  });

  it('gives half the interest points when the participant has not chosen sectors', () => {
    const interest = reason(evaluatePair(aParticipant({ interests: [] }), aPlacement()), 'interest');
    expect(Math.abs(interest.points - interest.maxPoints / 2)).toBeLessThanOrEqual(0.1);
    expect(interest.sv).toBe('Vi vet inte än vilka branscher du vill arbeta i.');
  });

  it('lets the first-choice sector outweigh a full task match with the default weights', () => {
    const participant = aParticipant({ interests: ['retail'], preferredTasks: ['packing', 'sorting'] });
    const firstChoiceNoTasks = aPlacement({ sector: 'retail', tasks: ['cashier'], traits: [] });
    const otherSectorAllTasks = aPlacement({
      sector: 'office_admin',
      tasks: ['packing', 'sorting'],
      traits: [],
    });
    const a = scored(evaluatePair(participant, firstChoiceNoTasks)).score;
    const b = scored(evaluatePair(participant, otherSectorAllTasks)).score;
    expect(a).toBeGreaterThan(b);
    // Support level 2 halves the support weight: the weights add up to 95.
    const total = 95;
    expect(
      Math.abs(a - b - ((defaultWeights.interest - defaultWeights.tasks) / total) * 100),
    ).toBeLessThanOrEqual(0.1);
  });

  it('counts the tasks the participant likes, naming them', () => {
    const participant = aParticipant({ preferredTasks: ['packing', 'sorting', 'cleaning'] });
    const two = reason(
      evaluatePair(participant, aPlacement({ tasks: ['packing', 'sorting', 'cashier'] })),
      'tasks',
    );
    const one = reason(evaluatePair(participant, aPlacement({ tasks: ['packing', 'cashier'] })), 'tasks');
    const none = reason(evaluatePair(participant, aPlacement({ tasks: ['cashier'] })), 'tasks');
    expect(two.points).toBeGreaterThan(one.points);
    expect(one.points).toBeGreaterThan(none.points);
    expect(none.points).toBe(0);
    expect(two.sv).toBe('Platsen har uppgifter du gärna gör: sortera saker och packa.');
  });

  it('scores capability fit as the share of demanded traits the participant manages, naming the gaps', () => {
    const participant = aParticipant({ capabilities: ['reading', 'counting'] });
    const capability = reason(
      evaluatePair(participant, aPlacement({ traits: ['reading', 'counting', 'lifting', 'writing'] })),
      'capabilities',
    );
    expect(Math.abs(capability.points - capability.maxPoints / 2)).toBeLessThanOrEqual(0.1);
    expect(capability.sv).toBe('Du kan läsa och räkna. Du kan behöva stöd för att lyfta och skriva.');
  });

  it('rewards an environment that meets a need and one whose demands the participant can handle', () => {
    const quietNeed = aParticipant({ environmentNeeds: ['needs_quiet'], capabilities: [] });
    const quiet = reason(evaluatePair(quietNeed, aPlacement({ environment: ['quiet'] })), 'environment');
    const unknown = reason(evaluatePair(quietNeed, aPlacement({ environment: [] })), 'environment');
    expect(quiet.points).toBe(quiet.maxPoints);
    expect(unknown.points).toBe(0);
    expect(quiet.sv).toBe('Platsen är lugn och tyst, som du vill.');

    const copesWithCrowds = aParticipant({ capabilities: ['crowd_tolerance'] });
    const notCoping = aParticipant({ capabilities: [] });
    const busy = aPlacement({ environment: ['many_people'], traits: [] });
    expect(reason(evaluatePair(copesWithCrowds, busy), 'environment').points).toBeGreaterThan(
      reason(evaluatePair(notCoping, busy), 'environment').points,
    );
  });

  it('gives fewer travel points for a longer trip and says how long it is', () => {
    const participant = aParticipant({ maxTravelMinutes: 60 });
    const near = reason(
      evaluatePair(participant, aPlacement({ location: { postcode: '21120', area: 'C' } })),
      'travel',
    );
    const far = reason(
      evaluatePair(participant, aPlacement({ location: { postcode: '21845', area: 'B' } })),
      'travel',
    );
    expect(near.points).toBeGreaterThan(far.points);
    expect(far.sv).toMatch(
      /^Resan tar ungefär \d+ minuter\. Du kan tänka dig att resa upp till 60 minuter\.$/,
    );
  });

  it('weighs a supervisor on site more for a participant who needs more support', () => {
    const level1 = reason(evaluatePair(aParticipant({ supportLevel: 1 }), aPlacement()), 'support');
    const level3 = reason(evaluatePair(aParticipant({ supportLevel: 3 }), aPlacement()), 'support');
    expect(level3.maxPoints).toBeGreaterThan(2 * level1.maxPoints);
    const withoutSupervisor = reason(
      evaluatePair(aParticipant({ supportLevel: 3 }), aPlacement({ supervisorOnSite: false })),
      'support',
    );
    expect(withoutSupervisor.points).toBe(0);
    expect(withoutSupervisor.sv).toContain('ingen handledare');
  });

  it('leaves out a factor whose weight is zero and rescales the rest to 100', () => {
    const weights = { ...defaultWeights, travel: 0 };
    const evaluation = scored(evaluatePair(aParticipant(), aPlacement(), { weights }));
    expect(evaluation.reasons.map((r) => r.factor)).not.toContain('travel');
    const maxSum = evaluation.reasons.reduce((total, r) => total + r.maxPoints, 0);
    expect(Math.abs(maxSum - 100)).toBeLessThanOrEqual(0.3);
  });

  it('scores a perfect pair 100 and a pair with nothing in common near 0', () => {
    const perfect = scored(
      evaluatePair(
        aParticipant({ interests: ['retail'], preferredTasks: ['packing'], supportLevel: 1 }),
        aPlacement({ sector: 'retail', tasks: ['packing'], traits: [], environment: [] }),
        { weights: { ...defaultWeights, travel: 0 } },
      ),
    );
    expect(perfect.score).toBe(100);
    const poor = scored(
      evaluatePair(
        aParticipant({ interests: ['retail'], preferredTasks: ['packing'], capabilities: [] }),
        aPlacement({
          sector: 'it_media',
          tasks: ['data_entry'],
          traits: ['computer_use'],
          supervisorOnSite: false,
        }),
        { weights: { ...defaultWeights, travel: 0, environment: 0 } },
      ),
    );
    expect(poor.score).toBe(0);
  });
});
