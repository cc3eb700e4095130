import { useState } from 'react';
import type { MatchPatch } from '#shared/schemas/match';
import { api } from '../api/client.ts';
import { loadAll } from '../api/load-all.ts';
import { changeMatch, isNoSeat } from '../api/matches.ts';
import { ApiError, isSignedOut, readBody } from '../api/problem.ts';
import { type EmployerMatch, isEmployerMatch, type Placement } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { ActionNotice } from '../components/ActionNotice.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { problemText } from '../forms/server-problems.ts';
import { type ActionMessage, useI18n } from '../i18n/I18nProvider.tsx';
import { proposalAnswered } from './new-proposals.ts';
import { awaitsAnswer, ProposalCard } from './ProposalCard.tsx';

async function loadProposals() {
  const [matches, placements] = await Promise.all([
    loadAll((cursor) =>
      readBody(api.v1.matches.$get({ query: { limit: '100', ...(cursor ? { cursor } : {}) } })),
    ),
    loadAll((cursor) =>
      readBody(api.v1.placements.$get({ query: { limit: '100', ...(cursor ? { cursor } : {}) } })),
    ),
  ]);
  return {
    matches: matches.filter(isEmployerMatch).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    placements: new Map<string, Placement>(placements.map((placement) => [placement.id, placement])),
  };
}

type Failure = { matchId: string; text: ActionMessage['text'] };

/** "Förslag": the proposals for the employer's placements, to accept or decline. */
export function ProposalsPage() {
  const { t, lang } = useI18n();
  const { state, reload, replace } = useLoad('employer-proposals', loadProposals);
  const [busyId, setBusyId] = useState<string>();
  const [message, setMessage] = useState<ActionMessage>();
  const [failure, setFailure] = useState<Failure>();

  const answer = async (match: EmployerMatch, patch: MatchPatch) => {
    if (state.status !== 'ready') return;
    setBusyId(match.id);
    setMessage(undefined);
    setFailure(undefined);
    try {
      const saved = await changeMatch(match, patch);
      if (!isEmployerMatch(saved)) throw new Error('Expected the employer’s view of the match');
      // Accepting takes a seat: read the placement again to show the seats as they are.
      const placement = await readBody(
        api.v1.placements[':id'].$get({ param: { id: saved.placementId } }),
      ).catch(() => state.data.placements.get(saved.placementId));
      const placements = new Map(state.data.placements);
      if (placement) placements.set(saved.placementId, placement);
      replace({ matches: state.data.matches.map((old) => (old.id === saved.id ? saved : old)), placements });
      proposalAnswered();
      const title = saved.placementTitle;
      setMessage({
        kind: 'success',
        text: (t) =>
          saved.status === 'accepted' ? t.proposals.accepted(title) : t.proposals.declined(title),
      });
    } catch (error) {
      if (isSignedOut(error)) return;
      if (error instanceof ApiError && error.status === 412) {
        setMessage({ kind: 'error', text: (t) => t.proposals.stale });
        reload();
      } else if (isNoSeat(error)) {
        setFailure({ matchId: match.id, text: (t) => t.proposals.full });
      } else {
        setFailure({ matchId: match.id, text: (t, lang) => problemText(error, t, lang) });
      }
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <>
      <PageHeading title={t.proposals.title} />
      <p className="lead">{t.proposals.intro}</p>
      <div aria-live="polite">
        <ActionNotice message={message} />
      </div>
      <LoadState state={state} reload={reload}>
        {({ matches, placements }) => {
          if (matches.length === 0) return <p>{t.proposals.none}</p>;
          const fresh = matches.filter((match) => awaitsAnswer(match.status));
          const earlier = matches.filter((match) => !awaitsAnswer(match.status));
          const card = (match: EmployerMatch) => (
            <li key={match.id}>
              <ProposalCard
                match={match}
                placement={placements.get(match.placementId)}
                busy={busyId === match.id}
                error={failure?.matchId === match.id ? failure.text(t, lang) : undefined}
                onAnswer={(patch) => answer(match, patch)}
              />
            </li>
          );
          return (
            <>
              <section aria-labelledby="proposals-new" className="section">
                <h2 id="proposals-new">{t.proposals.newTitle}</h2>
                {fresh.length === 0 ? (
                  <p>{t.proposals.noNew}</p>
                ) : (
                  <ul className="card-list" aria-labelledby="proposals-new">
                    {fresh.map(card)}
                  </ul>
                )}
              </section>
              {earlier.length > 0 && (
                <section aria-labelledby="proposals-earlier" className="section">
                  <h2 id="proposals-earlier">{t.proposals.earlierTitle}</h2>
                  <ul className="card-list" aria-labelledby="proposals-earlier">
                    {earlier.map(card)}
                  </ul>
                </section>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
