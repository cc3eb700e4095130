import { useI18n } from '../i18n/I18nProvider.tsx';

// The words of the report page, Swedish first; the figures' own labels (the CSV's rows)
// come from shared/messages/indicator-words.ts, so the page and the file say the same.

const sv = {
  title: 'Uppföljning',
  intro:
    'Siffror för kommunen under en period, räknade från det som har hänt: steg på vägen mot arbete, matchningar, evenemang och stödsamtal.',
  periodLegend: 'Period',
  from: 'Från och med',
  to: 'Till och med',
  show: 'Visa',
  download: 'Ladda ner som CSV (för Excel)',
  smallCounts: (threshold: number) =>
    `Färre än ${threshold} personer visas som "< ${threshold}", så att ingen kan kännas igen.`,
  peopleTitle: 'Deltagare',
  stepsTitle: 'Steg under perioden',
  durationsTitle: 'Tid före nästa steg',
  employersTitle: 'Arbetsgivare och matchningar',
  retentionTitle: 'Kvar i arbete',
  eventsTitle: 'Evenemang',
  noEvents: 'Inga evenemang under perioden.',
  supportTitle: 'Stöd',
  figure: 'Uppgift',
  days: 'dagar',
  count: 'Antal',
  chartByGender: 'Steg under perioden, per kön',
  chartByGenderNote: (threshold: number) =>
    `Grupper med färre än ${threshold} personer ritas inte. Tabellen under diagrammet har alla siffror.`,
  chartTrend: 'Steg till arbete per månad',
  chartTable: 'Diagrammet som tabell',
  month: 'Månad',
  toWork: 'Till arbete',
  toStudies: 'Till studier',
  compensationTitle: 'Ersättning till utförare',
  compensationIntro:
    'Vad kommunen betalar varje utförare av daglig verksamhet för en månad. En ändring mitt i månaden räknas per dag.',
  monthLabel: 'Månad',
  showMonth: 'Visa månaden',
  noCompensation: 'Kommunen har ingen ersättningstabell för utförare.',
  participant: 'Deltagare',
  periodDays: 'Dagar',
  level: 'Nivå',
  paidLevel: 'Betalas som nivå',
  schedule: 'Omfattning',
  fullDay: 'Heldag',
  halfDay: 'Halvdag',
  extended: 'förlängt stöd',
  rate: 'Belopp per månad',
  amount: 'Belopp',
  goalTitle: 'Målstyrd ersättning',
  goalReason: { employed: 'Arbete', studies: 'Studier' },
  dueDate: 'Förfaller',
  total: 'Summa',
  grandTotal: 'Summa för alla utförare',
  noLines: 'Inga deltagare den här månaden.',
  sek: (amount: number) =>
    `${new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2 }).format(amount)} kr`,
  loadFailed: 'Det gick inte att hämta rapporten. Försök igen.',
};

export type ReportWords = typeof sv;

const en: ReportWords = {
  title: 'Reports',
  intro:
    'Figures for the municipality over a period, counted from what happened: steps towards work, matches, events and support calls.',
  periodLegend: 'Period',
  from: 'From',
  to: 'To and including',
  show: 'Show',
  download: 'Download as CSV (for Excel)',
  smallCounts: (threshold: number) =>
    `Fewer than ${threshold} people are shown as "< ${threshold}", so nobody can be recognised.`,
  peopleTitle: 'Participants',
  stepsTitle: 'Steps in the period',
  durationsTitle: 'Time before the next step',
  employersTitle: 'Employers and matches',
  retentionTitle: 'Still in work',
  eventsTitle: 'Events',
  noEvents: 'No events in the period.',
  supportTitle: 'Support',
  figure: 'Figure',
  days: 'days',
  count: 'Number',
  chartByGender: 'Steps in the period, by gender',
  chartByGenderNote: (threshold: number) =>
    `Groups of fewer than ${threshold} people are not drawn. The table below the chart has every figure.`,
  chartTrend: 'Steps into work per month',
  chartTable: 'The chart as a table',
  month: 'Month',
  toWork: 'Into work',
  toStudies: 'Into studies',
  compensationTitle: 'Payments to providers',
  compensationIntro:
    'What the municipality pays each provider of daily activity for a month. A change in the middle of a month is counted by day.',
  monthLabel: 'Month',
  showMonth: 'Show the month',
  noCompensation: 'The municipality has no compensation table for providers.',
  participant: 'Participant',
  periodDays: 'Days',
  level: 'Level',
  paidLevel: 'Paid as level',
  schedule: 'Schedule',
  fullDay: 'Full day',
  halfDay: 'Half day',
  extended: 'extended support',
  rate: 'Amount a month',
  amount: 'Amount',
  goalTitle: 'Goal-based payment',
  goalReason: { employed: 'Work', studies: 'Studies' },
  dueDate: 'Due',
  total: 'Total',
  grandTotal: 'Total for all providers',
  noLines: 'No participants this month.',
  sek: (amount: number) =>
    `SEK ${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(amount)}`,
  loadFailed: 'The report could not be fetched. Try again.',
};

export function useReportWords() {
  const { lang } = useI18n();
  return { w: lang === 'en' ? en : sv, lang };
}
