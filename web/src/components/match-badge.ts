import type { MatchStatus } from '#shared/schemas/match';
import type { Lang } from '../i18n/I18nProvider.tsx';
import type { Messages } from '../i18n/sv.ts';
import { formatDate, today } from './format.ts';

/** A match's badge: its status, except that a placement recorded as started on a later day says when it starts. */
export function matchBadgeLabel(
  match: { status: MatchStatus; startDate?: string | undefined },
  t: Messages,
  lang: Lang,
): string {
  if (match.status === 'started' && match.startDate && match.startDate > today())
    return t.matches.startsOnBadge(formatDate(match.startDate, lang));
  return t.matchStatus[match.status];
}
