import { isPublished } from '#shared/domain/placement-status';
import type { Placement } from '../api/types.ts';
import { PlacementFacts } from '../components/PlacementFacts.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';

export function PlacementCard({ placement }: { placement: Placement }) {
  const { t } = useI18n();
  return (
    <article className="card" aria-labelledby={`placement-${placement.id}`}>
      <div className="card__header">
        <h2 id={`placement-${placement.id}`}>{placement.title}</h2>
        <StatusBadge status={placement.status} label={t.placementStatus[placement.status]} />
      </div>
      <p className="card__description">{placement.description}</p>
      <PlacementFacts placement={placement} showEmployer />
      {isPublished(placement.status) && (
        <div className="actions">
          <Link to={`/placements/${placement.id}/candidates`} className="button button--secondary">
            {t.candidates.link}
            <span className="visually-hidden"> {placement.title}</span>
          </Link>
        </div>
      )}
    </article>
  );
}
