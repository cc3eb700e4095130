import { Suspense, useEffect } from 'react';
import { AuthProvider, useAuth } from './auth/AuthProvider.tsx';
import type { CognitoConfig } from './auth/config.ts';
import { homeFor } from './auth/home.ts';
import { rememberReturnTo } from './auth/session.ts';
import { PageErrorBoundary } from './components/PageErrorBoundary.tsx';
import { I18nProvider, useI18n } from './i18n/I18nProvider.tsx';
import { Layout } from './layout/Layout.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { matchPath, Redirect, RouterProvider, useRouter } from './router/router.tsx';
import { routes } from './routes.tsx';
import { VocabularyProvider } from './vocabulary/VocabularyProvider.tsx';

/** Remembers where someone was going, so signing in takes them there. */
function SendToSignIn({ from }: { from: string }) {
  useEffect(() => rememberReturnTo(from), [from]);
  return <Redirect to="/sign-in" />;
}

/** What shows while a page's code loads (participants and matching load on first use). */
function PageLoading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.app.loading}
    </p>
  );
}

/** Finds the page for the address, sending people who are not signed in to sign in first. */
function CurrentPage() {
  const { path, search } = useRouter();
  const { session } = useAuth();
  if (path === '/') return <Redirect to={session ? homeFor(session.role) : '/sign-in'} />;
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (!route.roles) return route.render(params);
    if (!session) return <SendToSignIn from={`${path}${search.size > 0 ? `?${search}` : ''}`} />;
    if (!route.roles.includes(session.role)) return <Redirect to={homeFor(session.role)} />;
    return route.render(params);
  }
  return <NotFoundPage />;
}

/** The page, with a loading line while its code arrives and a way out if it does not. */
function CurrentPageWithin() {
  const { path } = useRouter();
  return (
    <PageErrorBoundary path={path}>
      <Suspense fallback={<PageLoading />}>
        <CurrentPage />
      </Suspense>
    </PageErrorBoundary>
  );
}

export function App({ cognito }: { cognito: CognitoConfig | undefined }) {
  return (
    <I18nProvider>
      <RouterProvider>
        <AuthProvider cognito={cognito}>
          <Layout>
            <VocabularyProvider>
              <CurrentPageWithin />
            </VocabularyProvider>
          </Layout>
        </AuthProvider>
      </RouterProvider>
    </I18nProvider>
  );
}
