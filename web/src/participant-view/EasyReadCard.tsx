import { Heart, Square, Volume2 } from 'lucide-react';
import { useState } from 'react';
import { sentencesOf } from '#shared/domain/easy-read';
import type { EasyReadPlacement } from '#shared/schemas/easy-read';
import { api } from '../api/client.ts';
import { expectNoContent, readBody } from '../api/problem.ts';
import { formatDate, today } from '../components/format.ts';
import { problemText } from '../forms/server-problems.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';
import { sectorIcon, taskIcon } from './icons.ts';
import { speechText } from './speech.ts';
import type { useSpeech } from './useSpeech.ts';
import { useEasyReadWords } from './words.ts';

interface EasyReadCardProps {
  participantId: string;
  item: EasyReadPlacement;
  speech: ReturnType<typeof useSpeech>;
  onInterest: (interested: boolean) => void;
}

/** One placement in easy Swedish: a picture, short lines, "Läs upp" and "Jag vill veta mer". */
export function EasyReadCard({ participantId, item, speech, onInterest }: EasyReadCardProps) {
  const { t } = useI18n();
  const { w, lang } = useEasyReadWords();
  const { words } = useVocabulary();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const headingId = `easy-${item.placementId}`;
  const SectorIcon = sectorIcon(item.sector);
  const speaking = speech.speaking === item.placementId;

  const toggleInterest = async () => {
    if (busy) return;
    setBusy(true);
    const param = { id: participantId, placementId: item.placementId };
    const interests = api.v1.participants[':id'].interests[':placementId'];
    try {
      if (item.interested) await expectNoContent(interests.$delete({ param }));
      else await readBody(interests.$put({ param }));
      onInterest(!item.interested);
      setMessage(item.interested ? w.unmarked : w.marked);
    } catch (error) {
      setMessage(problemText(error, t, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="easy-card">
      <div className="easy-card__top">
        <SectorIcon aria-hidden="true" focusable="false" className="easy-card__picture" />
        <div>
          <h2 id={headingId}>{item.title}</h2>
          <p className="easy-card__sector">{words.sectors[item.sector] ?? item.sector}</p>
        </div>
      </div>
      <div className="easy-card__lines">
        <p>{w.at(item.employerName)}</p>
        <p>{w.where(item.area)}</p>
        <p>{item.startDate > today() ? w.starts(formatDate(item.startDate, lang)) : w.startsNow}</p>
      </div>
      <h3>{w.fitHeading}</h3>
      <p className="easy-card__fit">{item.fit[lang]}.</p>
      <h3>{w.tasksHeading}</h3>
      <ul className="easy-card__tasks">
        {item.tasks.map((task) => {
          const TaskIcon = taskIcon(task);
          return (
            <li key={task}>
              <TaskIcon aria-hidden="true" focusable="false" className="easy-card__task-picture" />
              <span>{words.tasks[task] ?? task}</span>
            </li>
          );
        })}
      </ul>
      <h3>{w.aboutHeading}</h3>
      <div className="easy-card__lines" lang="sv">
        {sentencesOf(item.description).map((sentence, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a sentence may repeat; its place is its identity.
          <p key={index}>{sentence}</p>
        ))}
      </div>
      {item.reasons.length > 0 && (
        <>
          <h3>{w.whyHeading}</h3>
          <div className="easy-card__lines">
            {item.reasons
              .flatMap((reason) => sentencesOf(reason[lang]))
              .map((sentence, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                <p key={index}>{sentence}</p>
              ))}
          </div>
        </>
      )}
      <div className="easy-card__actions">
        {speech.supported && (
          <button
            type="button"
            className="button easy-button"
            aria-label={speaking ? w.stopReadingLabel(item.title) : w.readAloudLabel(item.title)}
            onClick={() => (speaking ? speech.stop() : speech.speak(item.placementId, speechText(item)))}
          >
            {speaking ? (
              <Square aria-hidden="true" focusable="false" className="easy-button__icon" />
            ) : (
              <Volume2 aria-hidden="true" focusable="false" className="easy-button__icon" />
            )}
            {speaking ? w.stopReading : w.readAloud}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary easy-button easy-button--interest"
          aria-pressed={item.interested}
          aria-label={w.wantToKnowMoreLabel(item.title)}
          aria-busy={busy}
          onClick={toggleInterest}
        >
          <Heart aria-hidden="true" focusable="false" className="easy-button__icon" />
          {w.wantToKnowMore}
        </button>
      </div>
      <p className="easy-card__status" role="status">
        {message}
      </p>
    </li>
  );
}
