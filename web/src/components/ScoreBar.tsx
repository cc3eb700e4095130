import { fitSentence } from '#shared/domain/matching/fit';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A 0–100 score as words a participant can hear ("Passar mycket bra, 96 av 100") and a bar that repeats it. */
export function ScoreBar({ score }: { score: number }) {
  const { t, lang } = useI18n();
  const width = Math.max(0, Math.min(100, score));
  return (
    <div className="score">
      <p className="score__value">
        {t.score.label}: <strong>{fitSentence(score)[lang]}</strong>
      </p>
      <div className="score__bar" aria-hidden="true">
        <div className="score__fill" style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
