import { expect } from 'vitest';
import { fieldMessages } from '#shared/messages/field-messages';
import type { Language } from '#shared/messages/language';
import { isProblemCode, problemCatalogue, problemTypeBase } from '#shared/messages/problems';

// Every Swedish sentence Bryggan's catalogues hold, to catch one in an English answer.
const swedishSentences = new Set([
  ...Object.values(problemCatalogue).flatMap(({ title, detail }) => [title.sv, detail.sv]),
  ...Object.values(fieldMessages).map((message) => message.sv),
]);
const swedishLetters = /[åäöÅÄÖ]/;

let sent = 0;
/** The language a test call asks for when the test names none: Swedish and English in turn. */
export const nextLanguage = (): Language => (sent++ % 2 === 0 ? 'sv' : 'en');

interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

/**
 * A problem answer is a catalogued code whose title and detail are the catalogue's
 * words in the language asked for; in English, no sentence of it is Swedish.
 */
export function expectProblemInLanguage(answer: Answer, language: Language, label: string): void {
  if (answer.status < 400 || !answer.headers.get('content-type')?.includes('problem+json')) return;
  const problem = answer.json as {
    type: string;
    title: string;
    detail: string;
    errors?: { message: string }[];
  };
  const code = problem.type.slice(problemTypeBase.length);
  expect(problem.type.startsWith(problemTypeBase) && isProblemCode(code), `${label}: ${problem.type}`).toBe(
    true,
  );
  if (!isProblemCode(code)) return;
  expect(answer.headers.get('content-language'), label).toBe(language);
  expect({ title: problem.title, detail: problem.detail }, label).toEqual({
    title: problemCatalogue[code].title[language],
    detail: problemCatalogue[code].detail[language],
  });
  if (language !== 'en') return;
  for (const text of [
    problem.title,
    problem.detail,
    ...(problem.errors ?? []).map(({ message }) => message),
  ]) {
    // A quoted name or value is the caller's own data, which may well be Swedish.
    const words = text.replace(/“[^”]*”|"[^"]*"/g, '');
    expect(
      swedishSentences.has(text) || swedishLetters.test(words),
      `${label}: Swedish in English: ${text}`,
    ).toBe(false);
  }
}
