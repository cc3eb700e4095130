import type { z } from 'zod';
import { fieldMessages, isFieldMessageKey } from './field-messages.ts';
import type { Said } from './language.ts';

type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

const said = (sv: string, en: string): Said => ({ sv, en });

/**
 * Plain words for the checks the schemas leave to zod's own messages (lengths,
 * types, formats, choices), so neither the API nor the web shows zod's English
 * defaults. `missing` is a field left out of the request.
 */
export function describeIssue(issue: Issue, missing = false): Said {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return said(`Skriv högst ${max} tecken.`, `Write at most ${max} characters.`);
      if (issue.origin === 'array') return said(`Välj högst ${max}.`, `Choose at most ${max}.`);
      return said(`Skriv ett tal som är högst ${max}.`, `Enter a number no bigger than ${max}.`);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return said(`Skriv minst ${min} tecken.`, `Write at least ${min} characters.`);
      if (issue.origin === 'array') return said(`Välj minst ${min}.`, `Choose at least ${min}.`);
      return said(`Skriv ett tal som är minst ${min}.`, `Enter a number of at least ${min}.`);
    }
    case 'invalid_type':
      if (missing) return said('Fyll i det här fältet.', 'Fill in this field.');
      if (issue.expected === 'int') return said('Skriv ett helt tal.', 'Enter a whole number.');
      if (issue.expected === 'number')
        return said('Skriv ett tal med siffror.', 'Enter a number using digits.');
      if (issue.expected === 'string') return said('Skriv en text här.', 'Write a text here.');
      if (issue.expected === 'boolean')
        return said('Svara ja eller nej (true/false).', 'Answer yes or no (true/false).');
      if (issue.expected === 'array') return said('Skicka en lista här.', 'Send a list here.');
      if (issue.expected === 'object')
        return said('Skicka ett objekt med fält här.', 'Send an object with fields here.');
      return said('Kontrollera det här fältet.', 'Check this field.');
    case 'invalid_format':
      if (issue.format === 'date')
        return said('Skriv ett datum, till exempel 2027-01-11.', 'Enter a date, for example 2027-01-11.');
      if (issue.format === 'datetime') {
        return said('Skriv tiden som 2027-01-11T09:00:00Z.', 'Write the time like 2027-01-11T09:00:00Z.');
      }
      if (issue.format === 'email') return fieldMessages['contact.email'];
      return said('Kontrollera det här fältet.', 'Check this field.');
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return said(`Välj ett av: ${values}.`, `Choose one of: ${values}.`);
    }
    case 'unrecognized_keys':
      return fieldMessages['field.unknown'];
    default:
      return said('Kontrollera det här fältet.', 'Check this field.');
  }
}

/**
 * An issue's words: the schema's own message when it is a catalogue key,
 * otherwise plain words for zod's check.
 */
export const issueMessage = (issue: Issue, missing = false): Said =>
  issue.message !== undefined && isFieldMessageKey(issue.message)
    ? fieldMessages[issue.message]
    : describeIssue(issue, missing);
