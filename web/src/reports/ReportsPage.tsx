import { type FormEvent, useState } from 'react';
import { indicatorWords as iw, outcomeWords } from '#shared/messages/indicator-words';
import type { CompensationReport } from '#shared/schemas/compensation';
import type { IndicatorReport } from '#shared/schemas/indicators';
import { api } from '../api/client.ts';
import { type JsonResponse, readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { today } from '../components/format.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { GenderBars, TrendBars } from './charts.tsx';
import { ByGenderTable, genderKeys, ScrollTable } from './ReportTables.tsx';
import { type ReportWords, useReportWords } from './words.ts';
import './reports.css';

/** The first day of the month eleven months back: a year of months up to today. */
function yearBack(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - 11;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

// The route answers JSON or CSV; asked for JSON, the body is the report.
const loadIndicators = (from: string, to: string): Promise<IndicatorReport> =>
  readBody(
    api.v1.reports.indicators.$get({ query: { from, to, format: 'json' } }) as unknown as Promise<
      JsonResponse<IndicatorReport>
    >,
  );

const loadCompensation = (month: string): Promise<CompensationReport> =>
  readBody(api.v1.reports.compensation.$get({ query: { month } }));

/** `/reports`: the indicators for a period as figures, charts with tables, a CSV; the month's compensation. */
export function ReportsPage() {
  const { w } = useReportWords();
  const [period, setPeriod] = useState(() => ({ from: yearBack(today()), to: today() }));
  const [draft, setDraft] = useState(period);
  const { state, reload } = useLoad(`indicators:${period.from}:${period.to}`, () =>
    loadIndicators(period.from, period.to),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from <= draft.to) setPeriod(draft);
  };

  const download = async () => {
    const response = await api.v1.reports.indicators.$get({ query: { ...period, format: 'csv' } });
    const blob = new Blob([await response.arrayBuffer()], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `indikatorer-${period.from}-${period.to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <>
      <PageHeading title={w.title} />
      <p>{w.intro}</p>
      <form onSubmit={submit} className="form" noValidate>
        <fieldset className="field">
          <legend>{w.periodLegend}</legend>
          <div className="report-period">
            <div className="field">
              <label htmlFor="report-from">{w.from}</label>
              <input
                id="report-from"
                className="input"
                type="date"
                value={draft.from}
                onChange={(event) => setDraft({ ...draft, from: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="report-to">{w.to}</label>
              <input
                id="report-to"
                className="input"
                type="date"
                value={draft.to}
                min={draft.from}
                onChange={(event) => setDraft({ ...draft, to: event.target.value })}
              />
            </div>
            <div className="actions">
              <button type="submit" className="button">
                {w.show}
              </button>
            </div>
          </div>
        </fieldset>
      </form>
      <LoadState state={state} reload={reload}>
        {(report) => (
          <>
            <p>{w.smallCounts(report.threshold)}</p>
            <p>
              <button type="button" className="button button--secondary" onClick={download}>
                {w.download}
              </button>
            </p>
            <Indicators report={report} w={w} />
          </>
        )}
      </LoadState>
      <Compensation />
    </>
  );
}

function Indicators({ report, w }: { report: IndicatorReport; w: ReportWords }) {
  const { lang } = useReportWords();
  const say = (words: { sv: string; en: string }) => words[lang];
  const steps = [
    { label: say(iw.toEmployed), counts: report.transitions.employed },
    { label: say(iw.toStudies), counts: report.transitions.studies },
    { label: say(iw.toReinforced), counts: report.transitions.reinforced_cooperation },
    { label: say(iw.toExited), counts: report.transitions.exited },
    { label: say(iw.groupToIndividual), counts: report.transitions.group_to_individual },
  ];
  const duration = (label: { sv: string; en: string }, stats: IndicatorReport['durations']['prework']) => [
    { label: `${say(label)} (${say(iw.steps)})`, counts: mapStats(stats, (s) => s.steps) },
    { label: `${say(label)} (${say(iw.mean)})`, counts: mapStats(stats, (s) => s.meanDays ?? '–') },
    { label: `${say(label)} (${say(iw.median)})`, counts: mapStats(stats, (s) => s.medianDays ?? '–') },
  ];
  return (
    <>
      <section aria-labelledby="people-title">
        <h2 id="people-title">{w.peopleTitle}</h2>
        <ByGenderTable
          id="people-table"
          caption={w.peopleTitle}
          rows={[
            { label: say(iw.preworkInPeriod), counts: report.prework.inPeriod },
            { label: say(iw.preworkEntered), counts: report.prework.entered },
          ]}
        />
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{w.stepsTitle}</h2>
        <figure className="card">
          <figcaption>
            <strong>{w.chartByGender}</strong> {w.chartByGenderNote(report.threshold)}
          </figcaption>
          <GenderBars groups={steps.slice(0, 4)} />
          <ByGenderTable id="steps-table" caption={w.chartTable} rows={steps} />
        </figure>
        <figure className="card">
          <figcaption>
            <strong>{w.chartTrend}</strong>
          </figcaption>
          <TrendBars
            name={w.toWork}
            months={report.monthly.map((month) => ({ month: month.month, value: month.employed.total }))}
          />
          <ScrollTable id="trend-table" caption={w.chartTable}>
            <thead>
              <tr>
                <th scope="col">{w.month}</th>
                <th scope="col">{w.toWork}</th>
                <th scope="col">{w.toStudies}</th>
              </tr>
            </thead>
            <tbody>
              {report.monthly.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{month.month}</th>
                  <td>{month.employed.total}</td>
                  <td>{month.studies.total}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </figure>
      </section>

      <section aria-labelledby="durations-title">
        <h2 id="durations-title">{w.durationsTitle}</h2>
        <ByGenderTable
          id="durations-table"
          caption={`${w.durationsTitle} (${w.days})`}
          rows={[
            ...duration(iw.preworkDays, report.durations.prework),
            ...duration(iw.learningDays, report.durations.learning_placement),
          ]}
        />
      </section>

      <section aria-labelledby="employers-title">
        <h2 id="employers-title">{w.employersTitle}</h2>
        <dl className="facts">
          <dt>{say(iw.employersInvolved)}</dt>
          <dd>{report.employers.involved}</dd>
          <dt>{say(iw.placementsOpen)}</dt>
          <dd>{report.employers.placementsOpen}</dd>
        </dl>
        <ByGenderTable
          id="matches-table"
          caption={w.employersTitle}
          rows={[
            { label: say(iw.matchesStarted), counts: report.matches.started },
            ...Object.entries(report.matches.completed).map(([outcome, counts]) => ({
              label: `${say(iw.matchesCompleted)}: ${say(outcomeWords[outcome as keyof typeof outcomeWords])}`,
              counts,
            })),
          ]}
        />
      </section>

      <section aria-labelledby="retention-title">
        <h2 id="retention-title">{w.retentionTitle}</h2>
        <ByGenderTable
          id="retention-table"
          caption={w.retentionTitle}
          rows={[
            { label: say(iw.hires6), counts: report.retention.sixMonths.hires },
            { label: say(iw.kept6), counts: report.retention.sixMonths.stillEmployed },
            { label: say(iw.hires12), counts: report.retention.twelveMonths.hires },
            { label: say(iw.kept12), counts: report.retention.twelveMonths.stillEmployed },
          ]}
        />
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">{w.eventsTitle}</h2>
        {report.events.length === 0 ? (
          <p>{w.noEvents}</p>
        ) : (
          <ByGenderTable
            id="events-table"
            caption={w.eventsTitle}
            rows={report.events.flatMap((event) => [
              { label: `${say(iw.eventSignups)}: ${event.kind}`, counts: event.signups },
              { label: `${say(iw.eventAttended)}: ${event.kind}`, counts: event.attended },
            ])}
          />
        )}
      </section>

      <section aria-labelledby="support-title">
        <h2 id="support-title">{w.supportTitle}</h2>
        <dl className="facts">
          <dt>{say(iw.supportRequests)}</dt>
          <dd>{report.support.requests}</dd>
        </dl>
        <ByGenderTable
          id="support-table"
          caption={w.supportTitle}
          rows={[
            { label: say(iw.supportCalls), counts: report.support.calls },
            { label: say(iw.followUpsOnTime), counts: report.support.followUpsOnTime },
            { label: say(iw.followUpsLate), counts: report.support.followUpsLate },
          ]}
        />
      </section>
    </>
  );
}

const mapStats = (
  stats: IndicatorReport['durations']['prework'],
  pick: (stat: IndicatorReport['durations']['prework']['total']) => number | string,
) =>
  Object.fromEntries(genderKeys.map((key) => [key, pick(stats[key])])) as Record<
    (typeof genderKeys)[number],
    number | string
  >;

function Compensation() {
  const { w } = useReportWords();
  const [month, setMonth] = useState(() => today().slice(0, 7));
  const [draft, setDraft] = useState(month);
  const { state, reload } = useLoad(`compensation:${month}`, () => loadCompensation(month));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{4}-\d{2}$/.test(draft)) setMonth(draft);
  };
  return (
    <section aria-labelledby="compensation-title">
      <h2 id="compensation-title">{w.compensationTitle}</h2>
      <p>{w.compensationIntro}</p>
      <form onSubmit={submit} className="form report-period" noValidate>
        <div className="field">
          <label htmlFor="compensation-month">{w.monthLabel}</label>
          <input
            id="compensation-month"
            className="input"
            type="month"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {w.showMonth}
          </button>
        </div>
      </form>
      <LoadState state={state} reload={reload}>
        {(report) =>
          report.providers.length === 0 ? (
            <p>{w.noCompensation}</p>
          ) : (
            <>
              {report.providers.map((entry) => (
                <div className="card" key={entry.provider.id}>
                  <h3>{entry.provider.name}</h3>
                  {entry.lines.length === 0 && entry.goalPayments.length === 0 ? (
                    <p>{w.noLines}</p>
                  ) : (
                    <ScrollTable
                      id={`provider-${entry.provider.id}`}
                      caption={`${entry.provider.name}, ${report.month}`}
                    >
                      <thead>
                        <tr>
                          <th scope="col">{w.participant}</th>
                          <th scope="col">{w.periodDays}</th>
                          <th scope="col">{w.level}</th>
                          <th scope="col">{w.schedule}</th>
                          <th scope="col">{w.rate}</th>
                          <th scope="col">{w.amount}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {entry.lines.map((line) => (
                          <tr key={`${line.participantId}-${line.from}`}>
                            <th scope="row">{line.name}</th>
                            <td>
                              {line.from.slice(8)}–{line.to.slice(8)} ({line.days})
                            </td>
                            <td>
                              {line.paidLevel}
                              {line.kind === 'extended_support' ? ` (${w.extended})` : ''}
                            </td>
                            <td>{line.schedule === 'fullDay' ? w.fullDay : w.halfDay}</td>
                            <td>{w.sek(line.monthlyRate)}</td>
                            <td>{w.sek(line.amount)}</td>
                          </tr>
                        ))}
                        {entry.goalPayments.map((goal) => (
                          <tr key={`goal-${goal.participantId}`}>
                            <th scope="row">{goal.name}</th>
                            <td colSpan={3}>
                              {w.goalTitle}: {w.goalReason[goal.reason]}, {w.dueDate} {goal.dueDate}
                            </td>
                            <td />
                            <td>{w.sek(goal.amount)}</td>
                          </tr>
                        ))}
                      </tbody>
                      <tfoot>
                        <tr>
                          <th scope="row" colSpan={5}>
                            {w.total}
                          </th>
                          <td>{w.sek(entry.total)}</td>
                        </tr>
                      </tfoot>
                    </ScrollTable>
                  )}
                </div>
              ))}
              <p>
                <strong>
                  {w.grandTotal}: {w.sek(report.total)}
                </strong>
              </p>
            </>
          )
        }
      </LoadState>
    </section>
  );
}
