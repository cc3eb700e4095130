import { employerDisplayName } from '#shared/domain/employer-unit';
import type { Employer } from '../api/types.ts';
import { Fact } from '../components/Fact.tsx';
import { PhoneLink } from '../components/PhoneLink.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TagList } from '../components/TagList.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';

interface EmployerCardProps {
  employer: Employer;
  verifying: boolean;
  onVerify: () => void;
  /** In the list: a link to the employer's own page, where its users are. */
  linkToPage?: boolean;
}

/** What a coach checks before verifying: org number, sectors, address and contact. */
export function EmployerCard({ employer, verifying, onVerify, linkToPage = false }: EmployerCardProps) {
  const { t } = useI18n();
  const { words } = useVocabulary();
  const { address, contact } = employer;
  const name = employerDisplayName(employer);
  return (
    <article className="card" aria-labelledby={`employer-${employer.id}`}>
      <div className="card__header">
        <h2 id={`employer-${employer.id}`}>{name}</h2>
        <StatusBadge status={employer.status} label={t.employerStatus[employer.status]} />
      </div>
      <dl className="facts">
        <Fact label={t.employers.orgNumber}>{employer.orgNumber}</Fact>
        {employer.unit && <Fact label={t.employers.unit}>{employer.unit}</Fact>}
        <Fact label={t.employers.sectors}>
          <TagList items={employer.sectors.map((sector) => words.sectors[sector] ?? sector)} />
        </Fact>
        <Fact label={t.employers.address}>
          {address.street}, {address.postcode} {address.city} ({address.area})
        </Fact>
        <Fact label={t.employers.contact}>
          {contact.name}, <PhoneLink phone={contact.phone} />,{' '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </Fact>
      </dl>
      <div className="actions">
        {employer.status === 'pending' && (
          <button type="button" className="button" onClick={onVerify} disabled={verifying}>
            {t.employers.verify}
            <span className="visually-hidden"> {name}</span>
          </button>
        )}
        {linkToPage && <Link to={`/employers/${employer.id}`}>{t.employers.people(name)}</Link>}
      </div>
    </article>
  );
}
