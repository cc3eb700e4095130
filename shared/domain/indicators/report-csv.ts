import { genderColumns, outcomeWords, indicatorWords as w } from '../../messages/indicator-words.ts';
import type { Language } from '../../messages/language.ts';
import type { ByGender, DurationByGender, IndicatorReport } from '../../schemas/indicators.ts';
import { toCsv } from '../csv.ts';

// The indicator report as one CSV table: a row per indicator, a column per gender and
// the total, in the reader's language (Swedish by default). It is built from the
// suppressed report, so "< 5" is what the file says for a small group.

const columns = ['woman', 'man', 'other', 'unspecified', 'total'] as const;

type Row = (string | number | null)[];

export function indicatorRows(
  report: IndicatorReport,
  language: Language,
): { headers: string[]; rows: Row[] } {
  const say = (words: { sv: string; en: string }) => words[language];
  const counts = (label: string, byGender: ByGender): Row => [label, ...columns.map((c) => byGender[c])];
  const total = (label: string, value: number): Row => [label, '', '', '', '', value];
  const durations = (label: { sv: string; en: string }, stats: DurationByGender): Row[] => [
    [`${say(label)} (${say(w.steps)})`, ...columns.map((c) => stats[c].steps)],
    [`${say(label)} (${say(w.mean)})`, ...columns.map((c) => stats[c].meanDays)],
    [`${say(label)} (${say(w.median)})`, ...columns.map((c) => stats[c].medianDays)],
  ];
  const rows: Row[] = [
    counts(say(w.preworkInPeriod), report.prework.inPeriod),
    counts(say(w.preworkEntered), report.prework.entered),
    counts(say(w.toEmployed), report.transitions.employed),
    counts(say(w.toStudies), report.transitions.studies),
    counts(say(w.toReinforced), report.transitions.reinforced_cooperation),
    counts(say(w.toExited), report.transitions.exited),
    counts(say(w.groupToIndividual), report.transitions.group_to_individual),
    ...durations(w.preworkDays, report.durations.prework),
    ...durations(w.learningDays, report.durations.learning_placement),
    total(say(w.employersInvolved), report.employers.involved),
    total(say(w.placementsOpen), report.employers.placementsOpen),
    counts(say(w.matchesStarted), report.matches.started),
    ...Object.entries(report.matches.completed).map(([outcome, byGender]) =>
      counts(
        `${say(w.matchesCompleted)}: ${say(outcomeWords[outcome as keyof typeof outcomeWords])}`,
        byGender,
      ),
    ),
    counts(say(w.hires6), report.retention.sixMonths.hires),
    counts(say(w.kept6), report.retention.sixMonths.stillEmployed),
    counts(say(w.hires12), report.retention.twelveMonths.hires),
    counts(say(w.kept12), report.retention.twelveMonths.stillEmployed),
    ...report.events.flatMap((event) => [
      counts(`${say(w.eventSignups)}: ${event.kind}`, event.signups),
      counts(`${say(w.eventAttended)}: ${event.kind}`, event.attended),
    ]),
    counts(say(w.supportCalls), report.support.calls),
    total(say(w.supportRequests), report.support.requests),
    counts(say(w.followUpsOnTime), report.support.followUpsOnTime),
    counts(say(w.followUpsLate), report.support.followUpsLate),
    ...report.monthly.flatMap((month) => [
      counts(`${say(w.toEmployed)} ${month.month}`, month.employed),
      counts(`${say(w.toStudies)} ${month.month}`, month.studies),
    ]),
  ];
  return { headers: [say(w.indicator), ...columns.map((c) => say(genderColumns[c]))], rows };
}

export const indicatorCsv = (report: IndicatorReport, language: Language): string => {
  const { headers, rows } = indicatorRows(report, language);
  return toCsv(headers, rows);
};
