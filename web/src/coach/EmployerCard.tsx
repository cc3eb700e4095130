import type { Employer } from '../api/types.ts';
import { Fact } from '../components/Fact.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TagList } from '../components/TagList.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';

interface EmployerCardProps {
  employer: Employer;
  verifying: boolean;
  onVerify: () => void;
}

/** What a coach checks before verifying: org number, sectors, address and contact. */
export function EmployerCard({ employer, verifying, onVerify }: EmployerCardProps) {
  const { t } = useI18n();
  const { words } = useVocabulary();
  const { address, contact } = employer;
  return (
    <article className="card" aria-labelledby={`employer-${employer.id}`}>
      <div className="card__header">
        <h2 id={`employer-${employer.id}`}>{employer.name}</h2>
        <StatusBadge status={employer.status} label={t.employerStatus[employer.status]} />
      </div>
      <dl className="facts">
        <Fact label={t.employers.orgNumber}>{employer.orgNumber}</Fact>
        <Fact label={t.employers.sectors}>
          <TagList items={employer.sectors.map((sector) => words.sectors[sector] ?? sector)} />
        </Fact>
        <Fact label={t.employers.address}>
          {address.street}, {address.postcode} {address.city} ({address.area})
        </Fact>
        <Fact label={t.employers.contact}>
          {contact.name}, {contact.phone}, <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </Fact>
      </dl>
      {employer.status === 'pending' && (
        <div className="actions">
          <button type="button" className="button" onClick={onVerify} disabled={verifying}>
            {t.employers.verify}
            <span className="visually-hidden"> {employer.name}</span>
          </button>
        </div>
      )}
    </article>
  );
}
