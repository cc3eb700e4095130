import { useI18n } from '../i18n/I18nProvider.tsx';

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onLoadMore: () => void;
}

export function LoadMore({ hasMore, loading, failed, onLoadMore }: LoadMoreProps) {
  const { t } = useI18n();
  if (!hasMore) return null;
  return (
    <div className="load-more">
      {failed && (
        <p className="field-error" role="alert">
          {t.app.loadFailed}
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={onLoadMore} disabled={loading}>
        {loading ? t.app.loading : t.app.loadMore}
      </button>
    </div>
  );
}
