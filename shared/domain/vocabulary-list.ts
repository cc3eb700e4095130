import { MatchOutcome } from '../schemas/match.ts';
import { EnvironmentNeed } from '../schemas/participant.ts';
import type { Tenant } from '../schemas/tenant.ts';
import { environmentTags, stages, tasks, taskTraits, traits } from '../schemas/vocabulary.ts';
import type { Vocabulary } from '../schemas/vocabulary-list.ts';
import { stageLabels } from './pathway.ts';
import { tenantSectorList } from './tenant-settings.ts';
import { vocabularyDescriptions } from './vocabulary-descriptions.ts';
import { vocabularyWords, type Words } from './vocabulary-labels.ts';

const capitalise = (words: Words): Words => ({
  sv: words.sv.charAt(0).toUpperCase() + words.sv.slice(1),
  en: words.en.charAt(0).toUpperCase() + words.en.slice(1),
});

const term = <K extends string | number>(id: K, label: Words, description: Words | undefined) => ({
  id,
  label: { sv: label.sv, en: label.en },
  // A term added without its line yet shows its name (the unit test asks for the line).
  description: description ?? { sv: label.sv, en: label.en },
});

/** The whole vocabulary for one tenant: its sectors (default and added), and the shared lists. */
export function vocabularyFor(tenant: Tenant | undefined): Vocabulary {
  const d = vocabularyDescriptions;
  return {
    sectors: tenantSectorList(tenant),
    tasks: tasks.map((id) => ({
      ...term(id, vocabularyWords.tasks[id], d.tasks[id]),
      traits: [...taskTraits[id]],
    })),
    traits: traits.map((id) => term(id, vocabularyWords.traits[id], d.traits[id])),
    environmentTags: environmentTags.map((id) =>
      term(id, vocabularyWords.environmentTags[id], d.environmentTags[id]),
    ),
    environmentNeeds: EnvironmentNeed.options.map((id) =>
      term(id, vocabularyWords.environmentNeeds[id], d.environmentNeeds[id]),
    ),
    stages: stages.map((id) => term(id, capitalise(stageLabels[id]), d.stages[id])),
    outcomes: MatchOutcome.options.map((id) => term(id, vocabularyWords.matchOutcomes[id], d.outcomes[id])),
    supportLevels: ([1, 2, 3, 4] as const).map((level) => {
      const words = vocabularyWords.supportLevels[level];
      return term(
        level,
        { sv: words.sv.title, en: words.en.title },
        { sv: words.sv.text, en: words.en.text },
      );
    }),
  };
}
