import type { Said } from '../../messages/language.ts';

// How a score is said aloud to a participant: a band of plain words and a whole
// number, never decimals or points ("Passar mycket bra, 96 av 100"). The bands
// follow the batch's default threshold: below 40 is seldom worth proposing.
const bands: readonly { from: number; words: Said }[] = [
  { from: 80, words: { sv: 'Passar mycket bra', en: 'Fits very well' } },
  { from: 60, words: { sv: 'Passar bra', en: 'Fits well' } },
  { from: 40, words: { sv: 'Passar delvis', en: 'Fits in part' } },
  { from: 0, words: { sv: 'Passar inte så bra', en: 'Does not fit so well' } },
];

/** The band's words for a 0–100 score. */
export function fitWords(score: number): Said {
  const whole = Math.round(score);
  return (bands.find((band) => whole >= band.from) ?? bands[bands.length - 1]!).words;
}

/** "Passar mycket bra, 96 av 100": the band and the score as a whole number. */
export function fitSentence(score: number): Said {
  const whole = Math.max(0, Math.min(100, Math.round(score)));
  const words = fitWords(score);
  return { sv: `${words.sv}, ${whole} av 100`, en: `${words.en}, ${whole} of 100` };
}
