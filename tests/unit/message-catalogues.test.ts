import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldMessages, sayField } from '#shared/messages/field-messages';
import { describeIssue, issueMessage } from '#shared/messages/issue-messages';
import { languages } from '#shared/messages/language';
import { problemCatalogue } from '#shared/messages/problems';
import { ParticipantCreate } from '#shared/schemas/participant';

const swedishLetters = /[åäöÅÄÖ]/;

describe('the problem catalogue', () => {
  it('gives every code a status and its title and detail in Swedish and English', () => {
    for (const [code, { status, title, detail }] of Object.entries(problemCatalogue)) {
      expect(code, code).toMatch(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/);
      expect(status >= 400 && status < 600, code).toBe(true);
      for (const words of [title, detail]) {
        expect(Object.keys(words).sort(), code).toEqual([...languages].sort());
        expect(words.sv.trim().length > 0 && words.en.trim().length > 0, code).toBe(true);
        expect(words.en, code).not.toMatch(swedishLetters);
        expect(words.en, code).not.toBe(words.sv);
      }
    }
  });

  it('gives every field message both languages, the English one without Swedish', () => {
    for (const [key, words] of Object.entries(fieldMessages)) {
      expect(words.sv.length > 0 && words.en.length > 0, key).toBe(true);
      expect(words.en, key).not.toMatch(swedishLetters);
      expect(words.en, key).not.toBe(words.sv);
    }
  });
});

describe('field messages', () => {
  it('says a schema message in the reader’s language and leaves words that are not a key alone', () => {
    const refused = ParticipantCreate.safeParse({ firstName: '' });
    const firstName = refused.error?.issues.find((issue) => issue.path[0] === 'firstName');
    expect(firstName?.message).toBe('person.first_name');
    expect(sayField(firstName?.message ?? '', 'sv')).toBe('Skriv förnamnet.');
    expect(sayField(firstName?.message ?? '', 'en')).toBe('Enter the first name.');
    expect(sayField('Already words.', 'en')).toBe('Already words.');
  });

  it('puts plain words on every check the schemas leave to zod, in both languages', () => {
    const schema = z
      .object({
        name: z.string().max(3),
        short: z.string().min(2),
        list: z.array(z.string()).max(1),
        few: z.array(z.string()).min(2),
        count: z.number().int().max(5),
        least: z.number().min(2),
        whole: z.number().int(),
        day: z.iso.date(),
        at: z.iso.datetime(),
        mail: z.email(),
        kind: z.enum(['a', 'b']),
        flag: z.boolean(),
        missing: z.string(),
      })
      .strict();
    const input = {
      name: 'long',
      short: 'x',
      list: ['a', 'b'],
      few: [],
      count: 9,
      least: 1,
      whole: 1.5,
      day: '2027-13-01',
      at: 'soon',
      mail: 'nope',
      kind: 'c',
      flag: 'yes',
      extra: 1,
    };
    const issues = schema.safeParse(input).error?.issues ?? [];
    expect(issues.length).toBeGreaterThanOrEqual(13);
    for (const issue of issues) {
      const missing = issue.path[0] === 'missing';
      const words = issueMessage(issue, missing);
      expect(words.en, String(issue.path)).not.toMatch(swedishLetters);
      expect(words.en).not.toBe(words.sv);
      // Never zod's own wording, which would leak its English into a Swedish answer.
      expect(words.sv).not.toBe(issue.message);
      expect(words.sv).not.toMatch(/Invalid|expected/);
    }
    expect(describeIssue(issues.find((issue) => issue.path[0] === 'kind')!).sv).toBe('Välj ett av: a, b.');
    expect(describeIssue(issues.find((issue) => issue.path[0] === 'name')!).en).toBe(
      'Write at most 3 characters.',
    );
  });
});

/** Every .ts file under a folder. */
const sources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

describe('no sentence outside the catalogues', () => {
  it('leaves no Swedish sentence in the API’s code: words come from shared/messages or a domain rule', () => {
    const offenders = sources('functions/api').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({
          line: line.replace(/\/\/.*$|^\s*\*.*$/, ''),
          where: `${file}:${index + 1}`,
        }))
        .filter(({ line }) => /['"`][^'"`]*[åäöÅÄÖ][^'"`]*['"`]/.test(line))
        .filter(({ line }) => !/\ben:/.test(line) && !/\bsv:/.test(line))
        .map(({ where }) => where),
    );
    expect(offenders).toEqual([]);
  });
});

describe('docs/api.md', () => {
  it('lists every problem code', () => {
    const docs = readFileSync('docs/api.md', 'utf8');
    const missing = Object.keys(problemCatalogue).filter((code) => !docs.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
