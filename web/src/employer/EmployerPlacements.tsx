import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { isSignedOut, isStale, readBody } from '../api/problem.ts';
import type { Employer, Placement } from '../api/types.ts';
import { usePaged } from '../api/usePaged.ts';
import { Notice } from '../components/Notice.tsx';
import { PagedList } from '../components/PagedList.tsx';
import { PlacementFacts } from '../components/PlacementFacts.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { problemText } from '../forms/server-problems.ts';
import { type ActionMessage, useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { type ChosenStatus, changePlacementStatus, nextStatuses } from './change-placement-status.ts';

/** The employer's own placements, with seats taken and buttons to publish or close them. */
export function EmployerPlacements({ employer }: { employer: Employer }) {
  const { t, lang } = useI18n();
  const list = usePaged<Placement>('own-placements', (cursor) =>
    readBody(api.v1.placements.$get({ query: cursor ? { limit: '50', cursor } : { limit: '50' } })),
  );
  const [message, setMessage] = useState<ActionMessage>();
  const [busyId, setBusyId] = useState<string>();
  // A 412: the placement changed after the list was read, and nothing was saved.
  const [stale, setStale] = useState(false);
  // Closing stops new proposals, so it is asked once more; the question and then the
  // result take the keyboard focus, since the button pressed goes away.
  const [closing, setClosing] = useState<string>();
  const messageRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message || stale) messageRef.current?.focus();
  }, [message, stale]);
  useEffect(() => {
    if (closing) questionRef.current?.focus();
  }, [closing]);

  const change = async (placement: Placement, status: ChosenStatus) => {
    setBusyId(placement.id);
    setClosing(undefined);
    setMessage(undefined);
    setStale(false);
    try {
      const saved = await changePlacementStatus(placement, status);
      list.replaceItem(saved);
      setMessage({
        kind: 'success',
        text: (t) => t.placement.statusChanged(saved.title, t.placementStatus[saved.status]),
      });
    } catch (error) {
      if (isSignedOut(error)) return;
      if (isStale(error)) {
        setStale(true);
        return;
      }
      setMessage({ kind: 'error', text: (t, lang) => problemText(error, t, lang) });
    } finally {
      setBusyId(undefined);
    }
  };

  const reloadLatest = () => {
    setStale(false);
    list.reload();
  };

  const label = { open: t.placement.publish, closed: t.placement.close, draft: t.placement.publish };

  return (
    <section aria-labelledby="placements-title" className="section">
      <div className="section__header">
        <h2 id="placements-title">{t.company.placementsTitle}</h2>
        <Link to="/company/placements/new" className="button">
          {t.company.newPlacement}
        </Link>
      </div>
      <div aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message && <Notice kind={message.kind}>{message.text(t, lang)}</Notice>}
        {stale && (
          <Notice kind="error">
            <p>{t.placement.stale}</p>
            <button type="button" className="button button--secondary" onClick={reloadLatest}>
              {t.form.reload}
            </button>
          </Notice>
        )}
      </div>
      <PagedList list={list} none={t.company.noPlacements} itemClassName="card">
        {(placement) => (
          <>
            <div className="card__header">
              <h3>{placement.title}</h3>
              <StatusBadge status={placement.status} label={t.placementStatus[placement.status]} />
            </div>
            <PlacementFacts placement={placement} />
            <div className="actions">
              <Link to={`/company/placements/${placement.id}`} className="button button--secondary">
                {t.placement.edit}
                <span className="visually-hidden"> {placement.title}</span>
              </Link>
              {nextStatuses(placement.status, employer.status === 'active').map((status) => (
                <button
                  key={status}
                  id={status === 'closed' ? `close-${placement.id}` : undefined}
                  type="button"
                  className="button button--secondary"
                  disabled={busyId === placement.id}
                  onClick={() => (status === 'closed' ? setClosing(placement.id) : change(placement, status))}
                >
                  {placement.status === 'closed' && status === 'open' ? t.placement.reopen : label[status]}
                  <span className="visually-hidden"> {placement.title}</span>
                </button>
              ))}
            </div>
            {closing === placement.id && (
              <div className="notice notice--warning">
                <p ref={questionRef} tabIndex={-1}>
                  {t.placement.closeQuestion(placement.title)}
                </p>
                <div className="actions">
                  <button type="button" className="button" onClick={() => change(placement, 'closed')}>
                    {t.placement.closeConfirm}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setClosing(undefined);
                      requestAnimationFrame(() => document.getElementById(`close-${placement.id}`)?.focus());
                    }}
                  >
                    {t.placement.closeKeep}
                  </button>
                </div>
              </div>
            )}
          </>
        )}
      </PagedList>
    </section>
  );
}
