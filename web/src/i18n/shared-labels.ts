import { stageLabels } from '#shared/domain/pathway';
import { MatchStatus } from '#shared/schemas/match';
import type { Stage } from '#shared/schemas/vocabulary';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The pathway's stage names from the domain (`stageLabels`), as a heading or a list item writes them. */
export function stageNames(lang: 'sv' | 'en'): Record<Stage, string> {
  return Object.fromEntries(
    Object.entries(stageLabels).map(([stage, label]) => [stage, capitalise(label[lang])]),
  ) as Record<Stage, string>;
}

/** The pathway's stage names inside a sentence ("från gruppverksamhet till enskild plats"). */
export function stageNamesInText(lang: 'sv' | 'en'): Record<Stage, string> {
  return Object.fromEntries(
    Object.entries(stageLabels).map(([stage, label]) => [stage, label[lang]]),
  ) as Record<Stage, string>;
}

/**
 * The API refuses a lifecycle step it does not allow with "A proposed match cannot become
 * started." (shared/domain/match-lifecycle.ts); these are those sentences in plain Swedish.
 */
export function lifecycleMessages(labels: Record<MatchStatus, string>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const from of MatchStatus.options) {
    for (const to of MatchStatus.options) {
      messages[`A ${from} match cannot become ${to}.`] =
        `Ett förslag med status ”${labels[from]}” kan inte få status ”${labels[to]}”.`;
    }
  }
  return messages;
}
