import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatNumber } from './format.ts';

/** A 0–100 score as words and a bar; the bar only repeats the number, for those who see it. */
export function ScoreBar({ score }: { score: number }) {
  const { t, lang } = useI18n();
  const width = Math.max(0, Math.min(100, score));
  return (
    <div className="score">
      <p className="score__value">
        {t.score.label}: <strong>{t.score.value(formatNumber(score, lang))}</strong>
      </p>
      <div className="score__bar" aria-hidden="true">
        <div className="score__fill" style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
