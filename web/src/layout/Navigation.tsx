import type { Session } from '../auth/session.ts';
import { useNewProposalCount } from '../employer/new-proposals.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';

interface NavItem {
  to: string;
  label: string;
  /** A number worth a glance (new proposals), said in words to a screen reader. */
  count?: { shown: number; said: string } | undefined;
}

function itemsFor(
  session: Session,
  t: ReturnType<typeof useI18n>['t'],
  newProposals: number | undefined,
): NavItem[] {
  if (session.role === 'employer') {
    return [
      { to: '/company', label: t.nav.company },
      {
        to: '/company/proposals',
        label: t.nav.proposals,
        count: newProposals ? { shown: newProposals, said: t.proposals.newCount(newProposals) } : undefined,
      },
      { to: '/company/placements/new', label: t.nav.newPlacement },
      { to: '/company/events', label: t.nav.events },
    ];
  }
  return [
    { to: '/today', label: t.nav.today },
    { to: '/participants', label: t.nav.participants },
    { to: '/employers', label: t.nav.employers },
    { to: '/placements', label: t.nav.placements },
    { to: '/matching', label: t.nav.matching },
    { to: '/events', label: t.nav.events },
    { to: '/reports', label: t.nav.reports },
    ...(session.role === 'admin' ? [{ to: '/settings', label: t.nav.settings }] : []),
    { to: '/me', label: t.nav.myContact },
  ];
}

export function Navigation({ session }: { session: Session }) {
  const { t } = useI18n();
  const { path } = useRouter();
  const newProposals = useNewProposalCount(session.role === 'employer', path);
  return (
    <nav aria-label={t.nav.label} className="site-nav">
      <ul>
        {itemsFor(session, t, newProposals).map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={path === item.to ? 'page' : undefined}>
              {item.label}
              {item.count && (
                <>
                  {' '}
                  <span className="nav-count" aria-hidden="true">
                    {item.count.shown}
                  </span>
                  <span className="visually-hidden">, {item.count.said}</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
