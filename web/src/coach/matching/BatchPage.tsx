import { type FormEvent, useEffect, useRef, useState } from 'react';
import { BatchRequest } from '#shared/schemas/matching';
import { api } from '../../api/client.ts';
import { loadAll } from '../../api/load-all.ts';
import { proposeMatch } from '../../api/matches.ts';
import { isSignedOut, readBody } from '../../api/problem.ts';
import type { BatchSuggestion, Participant, Placement } from '../../api/types.ts';
import { useSendAction } from '../../api/useSendAction.ts';
import { useSession } from '../../auth/AuthProvider.tsx';
import { formatTimestamp } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScoreReasons } from '../../components/Reasons.tsx';
import { ScoreBar } from '../../components/ScoreBar.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { CheckboxField } from '../../forms/CheckboxField.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { schemaValidator } from '../../forms/schema-validator.ts';
import { problemText } from '../../forms/server-problems.ts';
import { TextField } from '../../forms/TextField.tsx';
import { useForm } from '../../forms/useForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Messages } from '../../i18n/sv.ts';
import { Link } from '../../router/router.tsx';
import { fullName } from '../participants/load-participant.ts';
import { forgetBatch, type KeptBatch, keepBatch, named, readBatch } from './batch-store.ts';

type Pair = BatchSuggestion['pairs'][number];

interface Result {
  suggestion: BatchSuggestion;
  people: Map<string, Participant>;
  places: Map<string, Placement>;
  madeAt: string;
}

interface Choice {
  keep: boolean;
  consent: boolean;
}

interface Outcome {
  sent: number;
  failed: { pair: Pair; error: unknown }[];
}

const pairKey = (pair: Pair) => `${pair.participantId}-${pair.placementId}`;

async function suggest(threshold: number): Promise<Result> {
  const [suggestion, people, places] = await Promise.all([
    readBody(api.v1.matching.batch.$post({ json: { threshold } })),
    loadAll((cursor) =>
      readBody(api.v1.participants.$get({ query: { limit: '100', ...(cursor ? { cursor } : {}) } })),
    ),
    loadAll((cursor) =>
      readBody(
        api.v1.placements.$get({ query: { status: 'open', limit: '100', ...(cursor ? { cursor } : {}) } }),
      ),
    ),
  ]);
  return {
    suggestion,
    people: new Map(people.map((person) => [person.id, person])),
    places: new Map(places.map((place) => [place.id, place])),
    madeAt: new Date().toISOString(),
  };
}

/** The suggestion kept from before a reload, if there is one. */
function restored(kept: KeptBatch | undefined) {
  if (!kept) return undefined;
  return {
    result: {
      suggestion: kept.suggestion,
      people: new Map(kept.people.map((person) => [person.id, person])),
      places: new Map(kept.places.map((place) => [place.id, place])),
      madeAt: kept.madeAt,
    },
    choices: new Map(kept.choices),
    sent: new Set(kept.sent),
  };
}

/**
 * Batch matching: the API's optimal assignment of waiting participants to free seats, as a
 * suggestion. The coach keeps the pairs they want, asks each participant about consent,
 * and sends them as proposals, one POST /v1/matches each.
 */
export function BatchPage() {
  const { t, lang } = useI18n();
  const sendAction = useSendAction();
  const form = useForm({
    draftName: 'batch',
    initial: { threshold: '40' },
    validate: schemaValidator(
      BatchRequest,
      (draft: { threshold: string }) => ({
        threshold: draft.threshold.trim() === '' ? Number.NaN : Number(draft.threshold),
      }),
      t,
      lang,
    ),
  });
  const { userId } = useSession();
  const [earlier] = useState(() => restored(readBatch(userId)));
  const [result, setResult] = useState<Result | undefined>(earlier?.result);
  const [choices, setChoices] = useState(earlier?.choices ?? new Map<string, Choice>());
  const [sent, setSent] = useState(earlier?.sent ?? new Set<string>());
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [nothingChosen, setNothingChosen] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  useEffect(() => {
    if (!result) return forgetBatch(userId);
    keepBatch(userId, {
      suggestion: result.suggestion,
      ...named(result.suggestion, result.people, result.places),
      choices: [...choices],
      sent: [...sent],
      madeAt: result.madeAt,
    });
  }, [userId, result, choices, sent]);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      const next = await suggest(payload.threshold);
      setResult(next);
      setChoices(new Map());
      setSent(new Set());
      setOutcome(undefined);
      form.setBusy(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      form.setBusy(false);
      if (!isSignedOut(error)) form.failed(error);
    }
  };

  const choiceOf = (pair: Pair): Choice => choices.get(pairKey(pair)) ?? { keep: false, consent: false };
  const choose = (pair: Pair, change: Partial<Choice>) =>
    setChoices(new Map(choices).set(pairKey(pair), { ...choiceOf(pair), ...change }));

  const names = (pair: Pair, messages: Messages) => {
    const person = result?.people.get(pair.participantId);
    const place = result?.places.get(pair.placementId);
    return {
      person: person ? fullName(person) : messages.batch.unknownPerson,
      firstName: person?.firstName ?? messages.batch.unknownPerson,
      place: place?.title ?? messages.batch.unknownPlace,
      employer: place?.employerName ?? messages.batch.unknownPlace,
    };
  };

  const kept = result
    ? result.suggestion.pairs.filter((pair) => !sent.has(pairKey(pair)) && choiceOf(pair).keep)
    : [];

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setNothingChosen(kept.length === 0);
    if (kept.length === 0) return;
    setSending(true);
    setOutcome(undefined);
    const done = new Set(sent);
    const failed: Outcome['failed'] = [];
    // One at a time, so each answer is clear and the seats are checked in order.
    for (const pair of kept) {
      try {
        const proposal = {
          participantId: pair.participantId,
          placementId: pair.placementId,
          consentToShare: choiceOf(pair).consent,
        };
        // The same action as "Föreslå" on the pair: a second try after a failure is a retry.
        await sendAction(`propose-${pairKey(pair)}`, proposal, (key) => proposeMatch(proposal, key));
        done.add(pairKey(pair));
      } catch (error) {
        if (isSignedOut(error)) return;
        failed.push({ pair, error });
      }
    }
    setSent(done);
    setSending(false);
    setOutcome({ sent: done.size - sent.size, failed });
  };

  return (
    <>
      <PageHeading title={t.batch.title} />
      <p className="lead">{t.batch.intro}</p>
      <ErrorSummary
        errors={form.errors}
        general={form.general}
        labels={{ threshold: t.batch.threshold }}
        focusSignal={form.summaryFocus}
      />
      <form noValidate onSubmit={run} className="filters" aria-labelledby="batch-form-title">
        <h2 id="batch-form-title" className="visually-hidden">
          {t.batch.formTitle}
        </h2>
        <div className="filters__fields">
          <TextField
            name="threshold"
            label={t.batch.threshold}
            hint={t.batch.thresholdHint}
            error={form.errors.threshold}
            value={form.draft.threshold}
            onValue={(value) => form.update({ threshold: value })}
            inputMode="numeric"
            width="short"
          />
        </div>
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? t.batch.running : t.batch.run}
        </button>
      </form>
      {form.busy && (
        <p role="status" className="loading">
          {t.batch.running}
        </p>
      )}

      {result && (
        <section aria-labelledby="batch-result-title" className="section">
          <h2 id="batch-result-title" tabIndex={-1} ref={resultRef}>
            {t.batch.resultTitle}
          </h2>
          <p className="hint">{t.batch.madeAt(formatTimestamp(result.madeAt, lang))}</p>
          <p role="status" className="result-count">
            {t.batch.summary(
              result.suggestion.pairs.length,
              result.suggestion.unassignedParticipantIds.length,
            )}
          </p>
          {outcome && (
            <div
              className={`notice notice--${outcome.failed.length > 0 ? 'warning' : 'success'}`}
              role="status"
              tabIndex={-1}
              ref={outcomeRef}
            >
              {outcome.sent > 0 && <p>{t.batch.resultOk(outcome.sent)}</p>}
              {outcome.failed.length > 0 && (
                <>
                  <p>{t.batch.resultFailed(outcome.failed.length)}</p>
                  <ul>
                    {outcome.failed.map(({ pair, error }) => {
                      const pairNames = names(pair, t);
                      return (
                        <li key={pairKey(pair)}>
                          {t.batch.failedItem(
                            t.batch.pairTitle(pairNames.person, pairNames.place),
                            problemText(error, t, lang),
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </div>
          )}
          {result.suggestion.pairs.length === 0 ? (
            <p>{t.batch.none}</p>
          ) : (
            <form noValidate onSubmit={send} aria-labelledby="batch-send-title">
              <h3 id="batch-send-title" className="visually-hidden">
                {t.batch.sendTitle}
              </h3>
              <p className="hint">{t.propose.consentHint}</p>
              <ul className="card-list">
                {result.suggestion.pairs.map((pair) => {
                  const key = pairKey(pair);
                  const pairNames = names(pair, t);
                  const title = t.batch.pairTitle(pairNames.person, pairNames.place);
                  const choice = choiceOf(pair);
                  return (
                    <li key={key}>
                      <article className="card" aria-labelledby={`pair-${key}`}>
                        <div className="card__header">
                          <h3 id={`pair-${key}`}>{title}</h3>
                          {sent.has(key) && <StatusBadge status="proposed" label={t.batch.sent} />}
                        </div>
                        <p>{pairNames.employer}</p>
                        <ScoreBar score={pair.score} />
                        <ScoreReasons reasons={pair.reasons} level={4} collapsed />
                        {!sent.has(key) && (
                          <div className="pair-choices">
                            <CheckboxField
                              name={`keep-${key}`}
                              label={`${t.batch.keep}: ${title}`}
                              checked={choice.keep}
                              onChecked={(checked) => choose(pair, { keep: checked })}
                            />
                            <CheckboxField
                              name={`consent-${key}`}
                              label={t.propose.consent(pairNames.firstName, pairNames.employer)}
                              checked={choice.consent}
                              onChecked={(checked) => choose(pair, { consent: checked })}
                            />
                          </div>
                        )}
                      </article>
                    </li>
                  );
                })}
              </ul>
              {nothingChosen && kept.length === 0 && (
                <p className="field-error" role="alert">
                  {t.batch.nothingChosen}
                </p>
              )}
              <div className="actions">
                <button type="submit" className="button" disabled={sending}>
                  {sending ? t.batch.sending : t.batch.send(kept.length)}
                </button>
              </div>
            </form>
          )}
          {result.suggestion.unassignedParticipantIds.length > 0 && (
            <section aria-labelledby="batch-unassigned-title" className="section">
              <h3 id="batch-unassigned-title">{t.batch.unassignedTitle}</h3>
              <p>{t.batch.unassignedIntro}</p>
              <ul>
                {result.suggestion.unassignedParticipantIds.map((id) => {
                  const person = result.people.get(id);
                  return (
                    <li key={id}>
                      <Link to={`/participants/${id}/matching`}>
                        {person ? fullName(person) : t.batch.unknownPerson}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </section>
      )}
    </>
  );
}
