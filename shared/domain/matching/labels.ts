import type { EnvironmentNeed } from '../../schemas/participant.ts';
import type { EnvironmentTag, Task, Trait, Weekday } from '../../schemas/vocabulary.ts';
import { inSentence, type Term, vocabularyWords } from '../vocabulary-labels.ts';

// Plain words for the reasons a coach reads aloud. Swedish first; English for logs and docs.
export interface Label {
  sv: string;
  en: string;
}

// No names here: every term's name is in the vocabulary (vocabulary-labels.ts), and a
// reason puts it inside a sentence with `inSentence` — the name with a small first letter,
// or the entry's own `inText` where the sentence needs another form ("Du kan stå länge",
// "Platsen är bullrig", "du behöver en lugn miljö").

const inText = <K extends string>(terms: Record<K, Term>): Record<K, Label> =>
  Object.fromEntries(Object.entries<Term>(terms).map(([key, term]) => [key, inSentence(term)])) as Record<
    K,
    Label
  >;

const sectorLabels: Record<string, Label> = inText(vocabularyWords.sectors);

/**
 * A sector inside a sentence: a default one from the vocabulary, a tenant's own from the
 * names it was given (`added`), else its slug in words.
 */
export function sectorLabel(sector: string, added?: Readonly<Record<string, Term>>): Label {
  const known = sectorLabels[sector] ?? (added?.[sector] ? inSentence(added[sector]) : undefined);
  if (known) return known;
  const words = sector.replace(/_/g, ' ');
  return { sv: words, en: words };
}

export const taskLabels: Record<Task, Label> = inText(vocabularyWords.tasks);

// Phrased to follow "kan" / "can": "Du kan stå länge".
export const traitLabels: Record<Trait, Label> = inText(vocabularyWords.traits);

// Phrased to follow "Platsen" / "The placement": "Platsen är bullrig".
export const environmentTagLabels: Record<EnvironmentTag, Label> = inText(vocabularyWords.environmentTags);

// Phrased to follow "du" / "you": "du behöver en lugn miljö".
export const environmentNeedLabels: Record<EnvironmentNeed, Label> = inText(vocabularyWords.environmentNeeds);

export const weekdayLabels: Record<Weekday, Label> = vocabularyWords.weekdaysInText;

/** "a, b och c" / "a, b and c". */
export function listLabels(labels: readonly Label[]): Label {
  return {
    sv: joinWords(
      labels.map((l) => l.sv),
      'och',
    ),
    en: joinWords(
      labels.map((l) => l.en),
      'and',
    ),
  };
}

function joinWords(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

const ordinalsSv = ['förstahandsval', 'andrahandsval', 'tredjehandsval'];
const ordinalsEn = ['first', 'second', 'third'];

/** The participant's nth choice, from a zero-based rank. */
export function choiceLabel(rank: number): Label {
  const sv = ordinalsSv[rank];
  const en = ordinalsEn[rank];
  if (sv && en) return { sv: `ditt ${sv}`, en: `your ${en} choice` };
  return { sv: `nummer ${rank + 1} på din lista`, en: `number ${rank + 1} on your list` };
}
