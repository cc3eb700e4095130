import type { ReactNode } from 'react';
import { useAuth } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Navigation } from './Navigation.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session, signOut } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__top">
          <Link to="/" className="brand">
            <span className="brand__name">{t.app.name}</span>
            <span className="brand__tagline">{t.app.tagline}</span>
          </Link>
          <div className="account">
            {session && (
              <span className="account__who">{t.nav.signedInAs(session.name, t.roles[session.role])}</span>
            )}
            <LanguageSwitch />
            {session && (
              <button type="button" className="button button--quiet" onClick={signOut}>
                {t.nav.signOut}
              </button>
            )}
          </div>
        </div>
        {session && <Navigation session={session} />}
      </header>
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.app.footer}</p>
      </footer>
    </>
  );
}
