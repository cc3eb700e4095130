import { employerDisplayName } from '#shared/domain/employer-unit';
import type { Employer } from '../api/types.ts';
import { Fact } from '../components/Fact.tsx';
import { Notice } from '../components/Notice.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TagList } from '../components/TagList.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';

/** The company as registered, and what its status means for the employer. */
export function CompanySummary({ employer }: { employer: Employer }) {
  const { t } = useI18n();
  const { words } = useVocabulary();
  return (
    <section className="card" aria-labelledby="company-name">
      <div className="card__header">
        <h2 id="company-name">{employerDisplayName(employer)}</h2>
        <StatusBadge status={employer.status} label={t.employerStatus[employer.status]} />
      </div>
      {employer.status === 'pending' && (
        <Notice kind="warning" title={t.company.pendingTitle} level={3}>
          <p>{t.company.pendingText}</p>
        </Notice>
      )}
      {employer.status === 'active' && <p>{t.company.activeText}</p>}
      {employer.status === 'paused' && (
        <Notice kind="warning">
          <p>{t.company.pausedText}</p>
        </Notice>
      )}
      <dl className="facts">
        <Fact label={t.company.orgNumber}>{employer.orgNumber}</Fact>
        {employer.unit && <Fact label={t.company.unit}>{employer.unit}</Fact>}
        <Fact label={t.company.sectors}>
          <TagList items={employer.sectors.map((sector) => words.sectors[sector] ?? sector)} />
        </Fact>
      </dl>
    </section>
  );
}
