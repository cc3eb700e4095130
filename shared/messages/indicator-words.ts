import type { Said } from './language.ts';

// The words of the indicator and compensation reports: CSV headers and row labels,
// and the web page's headings for the same figures. Swedish first.

export const genderColumns = {
  woman: { sv: 'Kvinnor', en: 'Women' },
  man: { sv: 'Män', en: 'Men' },
  other: { sv: 'Annat', en: 'Other' },
  unspecified: { sv: 'Ej angivet', en: 'Not given' },
  total: { sv: 'Totalt', en: 'Total' },
} as const satisfies Record<string, Said>;

export const indicatorWords = {
  indicator: { sv: 'Indikator', en: 'Indicator' },
  period: { sv: 'Period', en: 'Period' },
  preworkInPeriod: {
    sv: 'Deltagare i förarbetet under perioden',
    en: 'Participants in prework in the period',
  },
  preworkEntered: { sv: 'Började förarbetet under perioden', en: 'Entered prework in the period' },
  toEmployed: { sv: 'Gick till arbete', en: 'Moved to paid work' },
  toStudies: { sv: 'Gick till studier', en: 'Moved to studies' },
  toReinforced: {
    sv: 'Gick till förstärkt samverkan (AF/FK)',
    en: 'Moved to reinforced cooperation (AF/FK)',
  },
  toExited: { sv: 'Avslutade', en: 'Exited' },
  groupToIndividual: {
    sv: 'Steg från gruppverksamhet till enskild plats',
    en: 'Steps from group activity to individual placement',
  },
  preworkDays: { sv: 'Dagar i förarbetet före nästa steg', en: 'Days in prework before the next step' },
  learningDays: {
    sv: 'Dagar på lärandeplats före nästa steg',
    en: 'Days in a learning placement before the next step',
  },
  steps: { sv: 'steg', en: 'steps' },
  mean: { sv: 'medel', en: 'mean' },
  median: { sv: 'median', en: 'median' },
  employersInvolved: { sv: 'Arbetsgivare som deltagit', en: 'Employers involved' },
  placementsOpen: { sv: 'Öppna platser', en: 'Open placements' },
  matchesStarted: { sv: 'Matchningar som startat', en: 'Matches started' },
  matchesCompleted: { sv: 'Matchningar avslutade', en: 'Matches completed' },
  hires6: { sv: 'Anställda som nått 6 månader', en: 'Hires reaching 6 months' },
  kept6: { sv: 'Fortfarande anställda efter 6 månader', en: 'Still employed after 6 months' },
  hires12: { sv: 'Anställda som nått 12 månader', en: 'Hires reaching 12 months' },
  kept12: { sv: 'Fortfarande anställda efter 12 månader', en: 'Still employed after 12 months' },
  eventSignups: { sv: 'Anmälda till evenemang', en: 'Event sign-ups' },
  eventAttended: { sv: 'Deltog i evenemang', en: 'Event attendance' },
  supportCalls: { sv: 'Stödsamtal', en: 'Support calls' },
  supportRequests: { sv: 'Ring mig-förfrågningar', en: '“Ring me” requests' },
  followUpsOnTime: { sv: 'Uppföljningar i tid', en: 'Follow-ups on time' },
  followUpsLate: { sv: 'Uppföljningar sent', en: 'Follow-ups late' },
} as const satisfies Record<string, Said>;

export const outcomeWords = {
  employed: { sv: 'arbete', en: 'work' },
  studies: { sv: 'studier', en: 'studies' },
  reinforced_cooperation: { sv: 'förstärkt samverkan', en: 'reinforced cooperation' },
  returned: { sv: 'tillbaka till daglig verksamhet', en: 'back to daily activity' },
  other: { sv: 'annat', en: 'other' },
} as const satisfies Record<string, Said>;
