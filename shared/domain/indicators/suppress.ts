import type { ByGender, Cell, DurationByGender, IndicatorReport } from '../../schemas/indicators.ts';
import type { Counts, DurationStats, ExactIndicators } from './compute.ts';

// The small-count rule: a count of 1 to threshold - 1 people is shown as "< threshold"
// (zero is shown: it identifies nobody). Both exports, JSON and CSV, carry only the
// suppressed report, so the web never receives a number it must not show. A mean or
// median of fewer steps than the threshold is withheld too (null): it would describe
// one or two people. Counts of organisations (employers, placements, requests) are not
// people and are shown as they are.

/** The default when a tenant has not set its own (`smallCountThreshold`). */
export const defaultSmallCountThreshold = 5;

export const suppressCount = (value: number, threshold: number): Cell =>
  value > 0 && value < threshold ? `< ${threshold}` : value;

const suppressCounts = (counts: Counts, threshold: number): ByGender => ({
  woman: suppressCount(counts.woman, threshold),
  man: suppressCount(counts.man, threshold),
  other: suppressCount(counts.other, threshold),
  unspecified: suppressCount(counts.unspecified, threshold),
  total: suppressCount(counts.total, threshold),
});

const suppressDurations = (stats: DurationStats, threshold: number): DurationByGender => {
  const one = (stat: DurationStats['total']) => {
    const hidden = stat.steps > 0 && stat.steps < threshold;
    return {
      steps: suppressCount(stat.steps, threshold),
      meanDays: hidden ? null : stat.meanDays,
      medianDays: hidden ? null : stat.medianDays,
    };
  };
  return {
    woman: one(stats.woman),
    man: one(stats.man),
    other: one(stats.other),
    unspecified: one(stats.unspecified),
    total: one(stats.total),
  };
};

export function suppressSmall(exact: ExactIndicators, threshold: number): IndicatorReport {
  const s = (counts: Counts) => suppressCounts(counts, threshold);
  const retention = (part: { hires: Counts; stillEmployed: Counts }) => ({
    hires: s(part.hires),
    stillEmployed: s(part.stillEmployed),
  });
  return {
    from: exact.from,
    to: exact.to,
    threshold,
    prework: { inPeriod: s(exact.prework.inPeriod), entered: s(exact.prework.entered) },
    transitions: {
      employed: s(exact.transitions.employed),
      studies: s(exact.transitions.studies),
      reinforced_cooperation: s(exact.transitions.reinforced_cooperation),
      exited: s(exact.transitions.exited),
      group_to_individual: s(exact.transitions.group_to_individual),
    },
    durations: {
      prework: suppressDurations(exact.durations.prework, threshold),
      learning_placement: suppressDurations(exact.durations.learning_placement, threshold),
    },
    employers: exact.employers,
    matches: {
      started: s(exact.matches.started),
      completed: {
        employed: s(exact.matches.completed.employed),
        studies: s(exact.matches.completed.studies),
        reinforced_cooperation: s(exact.matches.completed.reinforced_cooperation),
        returned: s(exact.matches.completed.returned),
        other: s(exact.matches.completed.other),
      },
    },
    retention: {
      sixMonths: retention(exact.retention.sixMonths),
      twelveMonths: retention(exact.retention.twelveMonths),
    },
    events: exact.events.map((event) => ({
      kind: event.kind,
      signups: s(event.signups),
      attended: s(event.attended),
    })),
    support: {
      calls: s(exact.support.calls),
      requests: exact.support.requests,
      followUpsOnTime: s(exact.support.followUpsOnTime),
      followUpsLate: s(exact.support.followUpsLate),
    },
    monthly: exact.monthly.map((month) => ({
      month: month.month,
      employed: s(month.employed),
      studies: s(month.studies),
    })),
  };
}
