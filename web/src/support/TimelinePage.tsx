import { useState } from 'react';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { formatDate } from '../components/format.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';

type Page = Awaited<ReturnType<typeof loadPage>>;
type Entry = Page['items'][number];

const loadPage = (of: 'employers' | 'participants', id: string, cursor?: string) => {
  const query = { limit: '25', ...(cursor ? { cursor } : {}) };
  return readBody(
    of === 'employers'
      ? api.v1.employers[':id'].timeline.$get({ param: { id }, query })
      : api.v1.participants[':id'].timeline.$get({ param: { id }, query }),
  );
};

/** An employer's or a participant's history, newest first, a page at a time. */
export function TimelinePage({ of, id }: { of: 'employers' | 'participants'; id: string }) {
  const { t, lang } = useI18n();
  const words = t.support;
  const { state, reload, replace } = useLoad(`timeline-${of}-${id}`, () => loadPage(of, id));
  const [more, setMore] = useState(false);

  const detail = (entry: Entry) => {
    if (entry.kind === 'support_call') {
      const kind = words.kinds[entry.status as keyof typeof words.kinds] ?? entry.status;
      const topics = (entry.topics ?? []).map(
        (topic) => words.topicNames[topic as keyof typeof words.topicNames] ?? topic,
      );
      return [kind, ...topics].join(', ');
    }
    if (entry.kind === 'stage') return t.stages[entry.status as keyof typeof t.stages] ?? entry.status;
    if (entry.kind === 'support_request')
      return words.requestState[entry.status as keyof typeof words.requestState] ?? entry.status;
    return [entry.title, entry.status].filter(Boolean).join(' · ');
  };

  return (
    <>
      <PageHeading title={words.timeline} />
      <p>
        <Link to={`/${of}/${id}`}>←</Link>
      </p>
      <LoadState state={state} reload={reload}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{words.timelineEmpty}</p>
          ) : (
            <>
              <ol className="plain-list timeline">
                {page.items.map((entry) => (
                  <li key={`${entry.kind}-${entry.id}-${entry.at}-${entry.status ?? ''}`}>
                    <strong>{words.entries[entry.kind]}</strong> {formatDate(entry.at.slice(0, 10), lang)}:{' '}
                    {detail(entry)}
                  </li>
                ))}
              </ol>
              {page.cursor && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={more}
                  onClick={async () => {
                    setMore(true);
                    try {
                      const next = await loadPage(of, id, page.cursor);
                      replace({
                        items: [...page.items, ...next.items],
                        ...(next.cursor ? { cursor: next.cursor } : {}),
                      });
                    } catch (error) {
                      if (!isSignedOut(error)) reload();
                    } finally {
                      setMore(false);
                    }
                  }}
                >
                  {t.app.loadMore}
                </button>
              )}
            </>
          )
        }
      </LoadState>
    </>
  );
}
