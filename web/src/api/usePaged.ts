import { useCallback, useState } from 'react';
import { useLoad } from './useLoad.ts';

export interface Page<T> {
  items: T[];
  cursor?: string | undefined;
}

/** A list the API pages with `cursor`: the first page on load, more on request. */
export function usePaged<T extends { id: string }>(
  key: string,
  loadPage: (cursor: string | undefined) => Promise<Page<T>>,
) {
  const { state, reload, replace } = useLoad(key, () => loadPage(undefined));
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);

  const loadMore = async () => {
    if (state.status !== 'ready' || !state.data.cursor) return;
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      const next = await loadPage(state.data.cursor);
      replace({ items: [...state.data.items, ...next.items], cursor: next.cursor });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  const replaceItem = useCallback(
    (item: T) => {
      if (state.status !== 'ready') return;
      replace({ ...state.data, items: state.data.items.map((old) => (old.id === item.id ? item : old)) });
    },
    [state, replace],
  );

  return { state, reload, loadMore, loadingMore, moreFailed, replaceItem };
}
