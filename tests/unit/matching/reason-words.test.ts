import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSentence, fitWords } from '#shared/domain/matching/fit';
import { evaluatePair } from '#shared/domain/matching/index';
import { participantArbitrary, placementArbitrary } from './arbitraries';
import { aParticipant, aPlacement, idFor } from './fixtures';

// Reasons are read aloud to the participant: sentences, never the algorithm's arithmetic.
const arithmetic = [
  /\d[.,]\d/, // decimals
  /poäng|points?\b/i,
  /\bav \d+ (saker|poäng)/, // "0 av 3 saker"
  /väger|halva|weighs|half the/i, // how the score is computed
];

function expectPlainWords(text: string) {
  for (const pattern of arithmetic) expect(text).not.toMatch(pattern);
}

describe('what matching says to the participant', () => {
  it('is plain sentences for every pair, excluded or scored, in both languages', () => {
    fc.assert(
      fc.property(
        participantArbitrary(idFor('PART', 1)),
        placementArbitrary(idFor('PLAC', 1)),
        (person, place) => {
          const evaluation = evaluatePair(person, place);
          for (const reason of evaluation.reasons) {
            expectPlainWords(reason.sv);
            expectPlainWords(reason.en);
            expect(reason.sv).toMatch(/[.!]$/);
          }
          if (!evaluation.excluded) {
            expectPlainWords(fitSentence(evaluation.score).sv);
            expectPlainWords(fitSentence(evaluation.score).en);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('says a score as a band of words and a whole number', () => {
    expect(fitSentence(96.34)).toEqual({
      sv: 'Passar mycket bra, 96 av 100',
      en: 'Fits very well, 96 of 100',
    });
    expect(fitSentence(79.6).sv).toBe('Passar mycket bra, 80 av 100');
    expect(fitSentence(60).sv).toBe('Passar bra, 60 av 100');
    expect(fitSentence(41.2).sv).toBe('Passar delvis, 41 av 100');
    expect(fitSentence(12).sv).toBe('Passar inte så bra, 12 av 100');
    expect(fitWords(0).en).toBe('Does not fit so well');
  });

  it('says what is not known yet for an empty profile, instead of listing deficits', () => {
    const empty = aParticipant({ interests: [], preferredTasks: [], capabilities: [], environmentNeeds: [] });
    const evaluation = evaluatePair(empty, aPlacement({ traits: ['reading', 'lifting', 'counting'] }));
    if (evaluation.excluded) throw new Error('expected a score');
    const said = Object.fromEntries(evaluation.reasons.map((reason) => [reason.factor, reason.sv]));
    expect(said.interest).toBe('Vi vet inte än vilka branscher du vill arbeta i.');
    expect(said.tasks).toBe('Vi vet inte än vilka arbetsuppgifter du gillar.');
    expect(said.capabilities).toBe(
      'Arbetet kräver att man kan lyfta, läsa och räkna. Prata om det, för det står inte än vad du klarar.',
    );
    expect(Object.values(said).join(' ')).not.toMatch(/\b0 av\b/);
  });
});
