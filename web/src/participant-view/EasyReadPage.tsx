import { api } from '../api/client.ts';
import { ApiError, readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { Link } from '../router/router.tsx';
import { EasyReadCard } from './EasyReadCard.tsx';
import { useSpeech } from './useSpeech.ts';
import { useEasyReadWords } from './words.ts';
import './easy-read.css';

/** The participant's own view; undefined when there is no such participant. */
async function loadView(participantId: string) {
  try {
    return await readBody(api.v1.participants[':id']['easy-read'].$get({ param: { id: participantId } }));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return undefined;
    throw error;
  }
}

/**
 * "Visa för deltagaren (lättläst)": the page a coach opens together with the participant.
 * The placements that fit, in easy Swedish, large, one idea per line, each with a picture,
 * "Läs upp" and "Jag vill veta mer". The API sends no scores, so none can show.
 */
export function EasyReadPage({ participantId }: { participantId: string }) {
  const { w } = useEasyReadWords();
  const speech = useSpeech();
  const { state, reload, replace } = useLoad(`easy-read-${participantId}`, () => loadView(participantId));
  if (state.status === 'ready' && !state.data) return <NotFoundPage />;
  const view = state.status === 'ready' ? state.data : undefined;

  return (
    <div className="easy-read">
      <PageHeading title={view ? w.title(view.participant.firstName) : w.plainTitle} />
      <LoadState state={state} reload={reload}>
        {(data) => {
          if (!data) return null;
          return (
            <>
              <p className="easy-read__coach">{w.forCoach}</p>
              <div className="easy-read__lines">
                {(data.items.length > 0 ? w.intro : w.none).map((line) => (
                  <p key={line}>{line}</p>
                ))}
                {data.items.length > 0 && !speech.supported && <p>{w.noSpeech}</p>}
              </div>
              <ol className="easy-read__cards">
                {data.items.map((item) => (
                  <EasyReadCard
                    key={item.placementId}
                    participantId={data.participant.id}
                    item={item}
                    speech={speech}
                    onInterest={(interested) =>
                      replace({
                        ...data,
                        items: data.items.map((other) =>
                          other.placementId === item.placementId ? { ...other, interested } : other,
                        ),
                      })
                    }
                  />
                ))}
              </ol>
              <p>
                <Link to={`/participants/${data.participant.id}`}>{w.backToProfile}</Link>
              </p>
            </>
          );
        }}
      </LoadState>
    </div>
  );
}
