import type { ExclusionReason, ScoreReason } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

type Level = 3 | 4;

const Heading = ({ level, children }: { level: Level; children: string }) =>
  level === 3 ? (
    <h3 className="reasons__title">{children}</h3>
  ) : (
    <h4 className="reasons__title">{children}</h4>
  );

/**
 * Why a pair scores what it does, factor by factor, in the words the API wrote for the
 * participant to hear; `collapsed` puts them behind a "Därför" disclosure in long lists.
 * The points per factor are for the coach, behind their own disclosure, never in the text.
 */
export function ScoreReasons({
  reasons,
  level,
  collapsed,
}: {
  reasons: ScoreReason[];
  level: Level;
  collapsed?: boolean;
}) {
  const { t, lang } = useI18n();
  const list = (
    <ul className="reasons__list">
      {reasons.map((reason) => (
        <li key={reason.factor}>
          <span className="reasons__factor">{t.factors[reason.factor]}:</span> {reason[lang]}
        </li>
      ))}
    </ul>
  );
  const points = (
    <details className="reasons__points">
      <summary>{t.score.pointsTitle}</summary>
      <ul>
        {reasons.map((reason) => (
          <li key={reason.factor}>
            {t.factors[reason.factor]}:{' '}
            {t.score.points(Math.round(reason.points), Math.round(reason.maxPoints))}
          </li>
        ))}
      </ul>
    </details>
  );
  if (collapsed) {
    return (
      <details className="reasons">
        <summary>{t.score.reasons}</summary>
        {list}
        {points}
      </details>
    );
  }
  return (
    <div className="reasons">
      <Heading level={level}>{t.score.reasons}</Heading>
      {list}
      {points}
    </div>
  );
}

/** Why a pair cannot be proposed: each hard constraint that fails. */
export function ExclusionReasons({ reasons, level }: { reasons: ExclusionReason[]; level: Level }) {
  const { t, lang } = useI18n();
  return (
    <div className="reasons reasons--excluded">
      <Heading level={level}>{t.score.excludedReasons}</Heading>
      <ul className="reasons__list">
        {reasons.map((reason, index) => (
          // A constraint can fail for more than one reason (two schedule clashes).
          // biome-ignore lint/suspicious/noArrayIndexKey: the reasons are a fixed list from one answer.
          <li key={index}>
            <span className="reasons__factor">{t.constraints[reason.constraint]}:</span> {reason[lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}
