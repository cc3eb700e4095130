import type { z } from 'zod';
import type { Messages } from './sv.ts';

/**
 * Plain-words messages for the checks the schemas leave to zod's defaults
 * (lengths, number types); the schemas' own messages take precedence over these.
 */
export function plainIssues(t: Messages): z.core.$ZodErrorMap {
  return (issue) => {
    switch (issue.code) {
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string') return t.issues.tooLong(max);
        if (issue.origin === 'array') return t.issues.tooMany(max);
        return t.issues.tooBig(max);
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string') return t.issues.tooShort(min);
        if (issue.origin === 'array') return t.issues.tooFew(min);
        return t.issues.tooSmall(min);
      }
      case 'invalid_type':
        // Nothing at all: a set of radios or a list with no choice made yet.
        if (issue.input === undefined) return t.issues.choose;
        if (issue.expected === 'int') return t.issues.notWhole;
        return issue.expected === 'number' ? t.issues.notANumber : t.issues.invalid;
      case 'invalid_format':
        return issue.format === 'date' ? t.issues.date : t.issues.invalid;
      case 'invalid_value':
        return t.issues.choose;
      default:
        return t.issues.invalid;
    }
  };
}
