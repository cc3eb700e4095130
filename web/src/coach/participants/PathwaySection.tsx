import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { readBody } from '../../api/problem.ts';
import type { Participant } from '../../api/types.ts';
import { useLoad } from '../../api/useLoad.ts';
import { formatDate } from '../../components/format.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { StepForm } from './StepForm.tsx';

interface PathwaySectionProps {
  participant: Participant;
  onChanged: (participant: Participant, etag: string) => void;
}

/** The steps so far, oldest first, and the form for the next one. */
export function PathwaySection({ participant, onChanged }: PathwaySectionProps) {
  const { t, lang } = useI18n();
  // A new version means a new step: read the timeline again.
  const timeline = useLoad(`transitions-${participant.id}-${participant.version}`, async () => {
    const { items } = await readBody(
      api.v1.participants[':id'].transitions.$get({ param: { id: participant.id } }),
    );
    return [...items].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  });
  const [recorded, setRecorded] = useState<Participant['stage']>();
  const recordedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (recorded) recordedRef.current?.focus();
  }, [recorded]);

  return (
    <section aria-labelledby="pathway-title" className="section">
      <h2 id="pathway-title">{t.pathway.title}</h2>
      {recorded && (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={recordedRef}>
          <p>{t.pathway.saved(t.stagesInText[recorded])}</p>
        </div>
      )}
      <h3>{t.pathway.timeline}</h3>
      <LoadState state={timeline.state} reload={timeline.reload}>
        {(items) => (
          <ol className="timeline">
            {items.map((transition, index) => (
              <li
                key={transition.id}
                className={index === items.length - 1 ? 'timeline__current' : undefined}
              >
                <time className="timeline__date" dateTime={transition.date}>
                  {formatDate(transition.date, lang)}
                </time>
                <p className="timeline__step">
                  {transition.from
                    ? t.pathway.moved(t.stagesInText[transition.from], t.stagesInText[transition.to])
                    : t.pathway.started(t.stagesInText[transition.to])}
                  {index === items.length - 1 && (
                    <span className="badge badge--stage">{t.pathway.current}</span>
                  )}
                </p>
                {transition.note && <p className="timeline__note">{transition.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </LoadState>
      <StepForm
        key={participant.version}
        participant={participant}
        onRecorded={(next, etag) => {
          setRecorded(next.stage);
          onChanged(next, etag);
        }}
      />
    </section>
  );
}
