import type { Session } from '../auth/session.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';

interface NavItem {
  to: string;
  label: string;
}

function itemsFor(session: Session, t: ReturnType<typeof useI18n>['t']): NavItem[] {
  if (session.role === 'employer') {
    return [
      { to: '/company', label: t.nav.company },
      { to: '/company/proposals', label: t.nav.proposals },
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
  ];
}

export function Navigation({ session }: { session: Session }) {
  const { t } = useI18n();
  const { path } = useRouter();
  return (
    <nav aria-label={t.nav.label} className="site-nav">
      <ul>
        {itemsFor(session, t).map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={path === item.to ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
