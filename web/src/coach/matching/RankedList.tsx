import { type ReactNode, useState } from 'react';
import type { ExclusionReason, Match, ScoreReason } from '../../api/types.ts';
import { ExclusionReasons, ScoreReasons } from '../../components/Reasons.tsx';
import { ScoreBar } from '../../components/ScoreBar.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ExcludedToggle } from './ExcludedToggle.tsx';
import { ProposePanel, type ProposeTarget } from './ProposePanel.tsx';

/** The words of a ranked list: `t.matching` (placements for a person) or `t.candidates` (people for a placement). */
export interface RankedListWords {
  count: (count: number) => string;
  none: string;
  showExcluded: (count: number) => string;
  hideExcluded: string;
  excludedTitle: string;
  excludedIntro: string;
}

type Ranked = { score: number; reasons: ScoreReason[] };
type LeftOut = { reasons: ExclusionReason[] };

interface RankedListProps<R extends Ranked, E extends LeftOut> {
  words: RankedListWords;
  label: string;
  ranked: readonly R[];
  excluded: readonly E[];
  /** The open proposals, by the id of the other side of each pair. */
  proposals: Map<string, Match>;
  /** Prefixes the id of a ranked card's heading. */
  idPrefix: string;
  idOf: (entry: R | E) => string;
  heading: (entry: R | E) => ReactNode;
  /** What a ranked card shows around its score (facts before, after), and the pair it may propose. */
  ranks: (entry: R) => { before?: ReactNode; after?: ReactNode; target: ProposeTarget; context: string };
  /** What a left-out card shows between its heading and why it is left out. */
  excludedFacts: (entry: E) => ReactNode;
}

/**
 * Matching's ranking as cards, best first, each with its score, reasons and a way to propose
 * the pair; then, on request, the pairs left out and why.
 */
export function RankedList<R extends Ranked, E extends LeftOut>({
  words,
  label,
  ranked,
  excluded,
  proposals,
  idPrefix,
  idOf,
  heading,
  ranks,
  excludedFacts,
}: RankedListProps<R, E>) {
  const { t } = useI18n();
  const [proposed, setProposed] = useState(new Map<string, Match>());
  const existing = (id: string) => {
    const open = proposals.get(id);
    return open && !proposed.has(id) ? t.matchStatus[open.status] : undefined;
  };
  return (
    <>
      <p role="status" className="result-count">
        {words.count(ranked.length)}
      </p>
      {ranked.length === 0 && <p>{words.none}</p>}
      <ol className="card-list" aria-label={label}>
        {ranked.map((entry) => {
          const id = idOf(entry);
          const parts = ranks(entry);
          return (
            <li key={id}>
              <article className="card" aria-labelledby={`${idPrefix}-${id}`}>
                <div className="card__header">
                  <h2 id={`${idPrefix}-${id}`}>{heading(entry)}</h2>
                </div>
                {parts.before}
                <ScoreBar score={entry.score} />
                {parts.after}
                <ScoreReasons reasons={entry.reasons} level={3} />
                <ProposePanel
                  target={parts.target}
                  context={parts.context}
                  existing={existing(id)}
                  level={3}
                  onProposed={(match) => setProposed(new Map(proposed).set(id, match))}
                />
              </article>
            </li>
          );
        })}
      </ol>
      <ExcludedToggle
        count={excluded.length}
        showLabel={words.showExcluded(excluded.length)}
        hideLabel={words.hideExcluded}
        title={words.excludedTitle}
        intro={words.excludedIntro}
      >
        <ul className="card-list">
          {excluded.map((entry) => {
            const id = idOf(entry);
            return (
              <li key={id}>
                <article className="card card--muted" aria-labelledby={`excluded-${id}`}>
                  <h3 id={`excluded-${id}`}>{heading(entry)}</h3>
                  {excludedFacts(entry)}
                  <ExclusionReasons reasons={entry.reasons} level={4} />
                </article>
              </li>
            );
          })}
        </ul>
      </ExcludedToggle>
    </>
  );
}
