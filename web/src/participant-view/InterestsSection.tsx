import { useState } from 'react';
import type { PlacementInterestView } from '#shared/schemas/easy-read';
import { api } from '../api/client.ts';
import { expectNoContent, readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { formatTimestamp } from '../components/format.ts';
import { LoadState } from '../components/LoadState.tsx';
import { problemText } from '../forms/server-problems.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useEasyReadWords } from './words.ts';
import './easy-read.css';

/**
 * On the profile: "Vill veta mer om: <placement> (<employer>)", marked with the participant
 * on their own view, newest first, each with the date and the placement's state now.
 */
export function InterestsSection({ participantId }: { participantId: string }) {
  const { t } = useI18n();
  const { w, lang } = useEasyReadWords();
  const [failure, setFailure] = useState('');
  const { state, reload, replace } = useLoad(`interests-${participantId}`, () =>
    readBody(api.v1.participants[':id'].interests.$get({ param: { id: participantId } })),
  );

  const remove = async (interest: PlacementInterestView) => {
    if (state.status !== 'ready') return;
    try {
      await expectNoContent(
        api.v1.participants[':id'].interests[':placementId'].$delete({
          param: { id: participantId, placementId: interest.placementId },
        }),
      );
      setFailure('');
      replace({ items: state.data.items.filter((item) => item.placementId !== interest.placementId) });
    } catch (error) {
      setFailure(problemText(error, t, lang));
    }
  };

  return (
    <section aria-labelledby="interests-heading" className="interests">
      <h2 id="interests-heading">{w.profile.heading}</h2>
      <p>{w.profile.intro}</p>
      <LoadState state={state} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{w.profile.none}</p>
          ) : (
            <ul className="interest-list">
              {items.map((interest) => (
                <li key={interest.placementId}>
                  <p>
                    <strong>{w.profile.item(interest.title, interest.employerName)}</strong>
                  </p>
                  <p>{w.profile.markedOn(formatTimestamp(interest.markedAt, lang))}</p>
                  {w.profile.state[interest.placementState] && (
                    <p>{w.profile.state[interest.placementState]}</p>
                  )}
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={w.profile.removeLabel(interest.title)}
                    onClick={() => remove(interest)}
                  >
                    {w.profile.remove}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
