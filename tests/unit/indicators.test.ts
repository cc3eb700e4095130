import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  hireWindow,
  type IndicatorFacts,
  monthsOf,
} from '#shared/domain/indicators/compute';
import { indicatorCsv } from '#shared/domain/indicators/report-csv';
import { suppressSmall } from '#shared/domain/indicators/suppress';
import { IndicatorReport } from '#shared/schemas/indicators';

const empty: IndicatorFacts = {
  transitions: [],
  spells: [],
  matches: [],
  signups: [],
  supportCalls: [],
  supportRequests: [],
  followUps: [],
  hires: [],
  placements: [],
};

// Anna entered prework before the period and left for work in it; Bo is still in prework
// since before; Cecilia entered prework in the period; David left prework before the period.
const facts: IndicatorFacts = {
  ...empty,
  transitions: [
    {
      participantId: 'anna',
      gender: 'woman',
      from: 'prework',
      fromDate: '2026-01-10',
      to: 'employed',
      date: '2026-03-05',
    },
    {
      participantId: 'cecilia',
      gender: 'woman',
      from: 'individual_placement',
      fromDate: '2025-06-01',
      to: 'prework',
      date: '2026-03-20',
    },
    {
      participantId: 'erik',
      gender: 'man',
      from: 'group_activity',
      fromDate: '2025-01-01',
      to: 'individual_placement',
      date: '2026-03-02',
    },
    {
      participantId: 'fia',
      gender: 'other',
      from: 'learning_placement',
      fromDate: '2026-01-01',
      to: 'studies',
      date: '2026-03-31',
    },
  ],
  spells: [
    { participantId: 'anna', gender: 'woman', stage: 'prework', start: '2026-01-10', end: '2026-03-05' },
    { participantId: 'bo', gender: 'man', stage: 'prework', start: '2025-11-01' },
    { participantId: 'cecilia', gender: 'woman', stage: 'prework', start: '2026-03-20' },
    { participantId: 'david', gender: 'man', stage: 'prework', start: '2025-09-01', end: '2026-02-27' },
  ],
};

describe('indicators for a period', () => {
  const march = { from: '2026-03-01', to: '2026-03-31' };

  it('counts people in prework at any time in the period, including those who entered before', () => {
    const result = computeIndicators(march, facts);
    expect(result.prework.inPeriod).toEqual({ woman: 2, man: 1, other: 0, unspecified: 0, total: 3 });
    expect(result.prework.entered).toEqual({ woman: 1, man: 0, other: 0, unspecified: 0, total: 1 });
  });

  it('counts transitions by gender and the step within daily activity', () => {
    const result = computeIndicators(march, facts);
    expect(result.transitions.employed.woman).toBe(1);
    expect(result.transitions.studies).toEqual({ woman: 0, man: 0, other: 1, unspecified: 0, total: 1 });
    expect(result.transitions.group_to_individual.man).toBe(1);
    expect(result.monthly).toEqual([expect.objectContaining({ month: '2026-03' })]);
  });

  it('gives mean and median days in a stage before the next step', () => {
    const result = computeIndicators(march, {
      ...facts,
      transitions: [
        ...facts.transitions,
        {
          participantId: 'g',
          gender: 'woman',
          from: 'prework',
          fromDate: '2026-02-01',
          to: 'exited',
          date: '2026-03-03',
        },
        {
          participantId: 'h',
          gender: 'man',
          from: 'prework',
          fromDate: '2026-02-25',
          to: 'learning_placement',
          date: '2026-03-07',
        },
      ],
    });
    // Anna 54 days, g 30 days, h 10 days.
    expect(result.durations.prework.total).toEqual({ steps: 3, meanDays: 31.3, medianDays: 30 });
    expect(result.durations.prework.woman).toEqual({ steps: 2, meanDays: 42, medianDays: 42 });
    expect(result.durations.learning_placement.total.medianDays).toBe(89);
  });

  it('leaves out what happened outside the period', () => {
    const result = computeIndicators({ from: '2026-04-01', to: '2026-04-30' }, facts);
    expect(result.prework.inPeriod).toEqual({ woman: 1, man: 1, other: 0, unspecified: 0, total: 2 });
    expect(result.transitions.employed.total).toBe(0);
  });

  it('counts hires whose 6- and 12-month marks fall in the period, and who kept the job', () => {
    const result = computeIndicators(march, {
      ...empty,
      hires: [
        { participantId: 'a', gender: 'woman', hireDate: '2025-09-15' },
        { participantId: 'b', gender: 'man', hireDate: '2025-09-01', endDate: '2025-12-01' },
        { participantId: 'c', gender: 'man', hireDate: '2025-03-10' },
        { participantId: 'd', gender: 'man', hireDate: '2025-10-01' },
      ],
    });
    expect(result.retention.sixMonths.hires.total).toBe(2);
    expect(result.retention.sixMonths.stillEmployed).toEqual({
      woman: 1,
      man: 0,
      other: 0,
      unspecified: 0,
      total: 1,
    });
    expect(result.retention.twelveMonths.stillEmployed.man).toBe(1);
  });

  it('counts employers involved once, events by kind, follow-ups on time and late', () => {
    const result = computeIndicators(march, {
      ...empty,
      matches: [{ matchId: 'm1', employerId: 'e1', gender: 'woman', step: 'started', date: '2026-03-02' }],
      supportCalls: [{ employerId: 'e1', gender: 'unspecified', date: '2026-03-03' }],
      signups: [
        {
          eventKind: 'forum',
          eventDate: '2026-03-10',
          gender: 'unspecified',
          employerId: 'e2',
          attended: true,
          cancelled: false,
        },
        { eventKind: 'forum', eventDate: '2026-03-10', gender: 'woman', attended: false, cancelled: true },
      ],
      placements: [{ employerId: 'e3', open: true }],
      followUps: [
        { gender: 'man', dueDate: '2026-03-05', doneDate: '2026-03-05' },
        { gender: 'man', dueDate: '2026-03-05', doneDate: '2026-03-09' },
      ],
    });
    expect(result.employers).toEqual({ involved: 3, placementsOpen: 1 });
    expect(result.events).toEqual([
      {
        kind: 'forum',
        signups: { woman: 0, man: 0, other: 0, unspecified: 1, total: 1 },
        attended: { woman: 0, man: 0, other: 0, unspecified: 1, total: 1 },
      },
    ]);
    expect(result.support.followUpsOnTime.man).toBe(1);
    expect(result.support.followUpsLate.man).toBe(1);
  });

  it('reads months and the hire window without the whole history', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(hireWindow(march)).toEqual({ from: '2025-02-26', to: '2025-10-03' });
  });
});

describe('the small-count rule', () => {
  it('shows 1..threshold-1 as "< threshold", keeps zero and larger counts, and withholds small means', () => {
    const report = suppressSmall(computeIndicators({ from: '2026-03-01', to: '2026-03-31' }, facts), 5);
    expect(IndicatorReport.parse(report)).toEqual(report);
    expect(report.prework.inPeriod).toEqual({
      woman: '< 5',
      man: '< 5',
      other: 0,
      unspecified: 0,
      total: '< 5',
    });
    expect(report.durations.prework.total).toEqual({ steps: '< 5', meanDays: null, medianDays: null });
    const low = suppressSmall(computeIndicators({ from: '2026-03-01', to: '2026-03-31' }, facts), 2);
    expect(low.prework.inPeriod).toEqual({ woman: 2, man: '< 2', other: 0, unspecified: 0, total: 3 });
  });

  it('writes the same suppressed figures to a CSV with Swedish headers and a BOM', () => {
    const report = suppressSmall(computeIndicators({ from: '2026-03-01', to: '2026-03-31' }, facts), 2);
    const csv = indicatorCsv(report, 'sv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['Indikator', 'Kvinnor', 'Män', 'Annat', 'Ej angivet', 'Totalt']);
    const row = parsed.data.find((line) => line[0] === 'Deltagare i förarbetet under perioden');
    expect(row).toEqual(['Deltagare i förarbetet under perioden', '2', '< 2', '0', '0', '3']);
  });
});
