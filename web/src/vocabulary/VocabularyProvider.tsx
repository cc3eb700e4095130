import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { MatchOutcome } from '#shared/schemas/match';
import type { EnvironmentNeed } from '#shared/schemas/participant';
import type { EnvironmentTag, Task, Trait } from '#shared/schemas/vocabulary';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import type { Vocabulary } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { type Lang, useI18n } from '../i18n/I18nProvider.tsx';

// The domain's words come from GET /v1/vocabulary, loaded once after sign-in and kept
// here: the web keeps no copy of a sector, task, trait or environment label.

type Labels<K extends string | number = string> = Record<K, string>;

/** The vocabulary in the chosen language, as pages look words up: `words.sectors[id]`. */
export interface VocabularyWords {
  /** Also a tenant's own sectors; a slug it does not know shows as it is. */
  sectors: Labels;
  tasks: Labels<Task>;
  traits: Labels<Trait>;
  environment: Labels<EnvironmentTag>;
  environmentNeeds: Labels<EnvironmentNeed>;
  matchOutcomes: Labels<MatchOutcome>;
  supportLevels: Record<1 | 2 | 3 | 4, { title: string; text: string }>;
}

interface VocabularyContext {
  vocabulary: Vocabulary;
  words: VocabularyWords;
  /** The sectors new records may use (turned-off ones stay on the records that have them). */
  enabledSectors: string[];
  /** Read it again without leaving the page, e.g. after an admin changed the tenant's sectors. */
  refresh: () => Promise<void>;
}

const Context = createContext<VocabularyContext | undefined>(undefined);

// The server and the web are built from the same schemas, so each list has every term.
const labelsOf = <K extends string>(terms: { id: K; label: { sv: string; en: string } }[], lang: Lang) =>
  Object.fromEntries(terms.map((term) => [term.id, term.label[lang]])) as Labels<K>;

export function wordsIn(vocabulary: Vocabulary, lang: Lang): VocabularyWords {
  return {
    sectors: labelsOf(vocabulary.sectors, lang),
    tasks: labelsOf(vocabulary.tasks, lang),
    traits: labelsOf(vocabulary.traits, lang),
    environment: labelsOf(vocabulary.environmentTags, lang),
    environmentNeeds: labelsOf(vocabulary.environmentNeeds, lang),
    matchOutcomes: labelsOf(vocabulary.outcomes, lang),
    supportLevels: Object.fromEntries(
      vocabulary.supportLevels.map((level) => [
        level.id,
        { title: level.label[lang], text: level.description[lang] },
      ]),
    ) as VocabularyWords['supportLevels'],
  };
}

/** Loads the vocabulary for a signed-in user before the page shows; pages without a session need none. */
export function VocabularyProvider({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  if (!session) return <>{children}</>;
  return <SignedInVocabulary key={`${session.tenant}-${session.userId}`}>{children}</SignedInVocabulary>;
}

function SignedInVocabulary({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const { state, reload, replace } = useLoad('vocabulary', () => readBody(api.v1.vocabulary.$get()));
  const vocabulary = state.status === 'ready' ? state.data : undefined;
  const refresh = useCallback(async () => replace(await readBody(api.v1.vocabulary.$get())), [replace]);
  const value = useMemo(
    () =>
      vocabulary && {
        vocabulary,
        words: wordsIn(vocabulary, lang),
        enabledSectors: vocabulary.sectors.filter((sector) => sector.enabled).map((sector) => sector.id),
        refresh,
      },
    [vocabulary, lang, refresh],
  );
  return (
    <LoadState state={state} reload={reload}>
      {() => <Context.Provider value={value}>{children}</Context.Provider>}
    </LoadState>
  );
}

export function useVocabulary(): VocabularyContext {
  const context = useContext(Context);
  if (!context) throw new Error('useVocabulary needs a signed-in VocabularyProvider');
  return context;
}
