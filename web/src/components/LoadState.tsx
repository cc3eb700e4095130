import type { ReactNode } from 'react';
import { isSignedOut } from '../api/problem.ts';
import type { Loaded } from '../api/useLoad.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface LoadStateProps<T> {
  state: Loaded<T>;
  reload: () => void;
  children: (data: T) => ReactNode;
}

/** Loading text, a failure with a way to retry, or the page's content. */
export function LoadState<T>({ state, reload, children }: LoadStateProps<T>) {
  const { t } = useI18n();
  if (state.status === 'ready') return <>{children(state.data)}</>;
  if (state.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t.app.loading}
      </p>
    );
  }
  if (isSignedOut(state.error)) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{t.app.loadFailed}</p>
      <button type="button" className="button button--secondary" onClick={reload}>
        {t.app.retry}
      </button>
    </div>
  );
}
