import type { ReactNode } from 'react';
import type { usePaged } from '../api/usePaged.ts';
import { LoadMore } from './LoadMore.tsx';
import { LoadState } from './LoadState.tsx';

interface PagedListProps<T extends { id: string }> {
  list: ReturnType<typeof usePaged<T>>;
  /** The list's accessible name, where the page has more than one list. */
  label?: string | undefined;
  /** Said when the list is empty. */
  none: string;
  /** A live count above the list ("3 lärandeplatser"); without it only an empty list is mentioned. */
  count?: ((count: number) => string) | undefined;
  /** A class for each item (`card` where the item is the card). */
  itemClassName?: string | undefined;
  children: (item: T) => ReactNode;
}

/** The skeleton of a list page: loading and failure, the count, the items and "show more". */
export function PagedList<T extends { id: string }>({
  list,
  label,
  none,
  count,
  itemClassName,
  children,
}: PagedListProps<T>) {
  return (
    <LoadState state={list.state} reload={list.reload}>
      {({ items, cursor }) => (
        <>
          {count ? (
            <p role="status" className="result-count">
              {items.length === 0 ? none : count(items.length)}
            </p>
          ) : (
            items.length === 0 && <p>{none}</p>
          )}
          <ul className="card-list" aria-label={label}>
            {items.map((item) => (
              <li key={item.id} className={itemClassName}>
                {children(item)}
              </li>
            ))}
          </ul>
          <LoadMore
            hasMore={Boolean(cursor)}
            loading={list.loadingMore}
            failed={list.moreFailed}
            onLoadMore={list.loadMore}
          />
        </>
      )}
    </LoadState>
  );
}
