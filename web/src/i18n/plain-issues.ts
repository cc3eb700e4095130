import type { z } from 'zod';
import { describeIssue } from '#shared/messages/issue-messages';
import type { Lang } from './I18nProvider.tsx';
import type { Messages } from './sv.ts';

/**
 * Words for the checks the schemas leave to zod's defaults (the schemas' own
 * messages take precedence), the same words the API uses; in a form, a value
 * that is not there at all means no choice has been made yet.
 */
export const plainIssues =
  (t: Messages, lang: Lang): z.core.$ZodErrorMap =>
  (issue) =>
    issue.input === undefined ? t.issues.choose : describeIssue(issue)[lang];
