import { stageLabels } from '#shared/domain/pathway';
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
