import type { CoachDay } from '../schemas/follow-up.ts';

// The coach's daily digest: plain words, Swedish first with English below, and no
// personal data about participants beyond what a coach's list shows (no names, no notes).

const lines = (title: string, items: string[], none: string) => [
  title,
  ...(items.length ? items : [none]),
  '',
];

/** The digest's subject and text for one coach and day. */
export function digestMail(day: CoachDay, link: string) {
  const requests = day.requests.map(
    (request) =>
      `- ${request.employerName}: ring senast ${request.dueDate}${request.urgent ? ' (brådskande)' : ''}`,
  );
  const calls = day.calls.map(
    (call) => `- ${call.employerName}: uppföljning ${call.followUp?.dueDate ?? ''}`,
  );
  const checkIns = day.checkIns.map(
    (entry) => `- ${entry.employerName}: avstämning efter ${entry.month} mån (${entry.dueDate})`,
  );
  const periods = day.periodsEnding.map(
    (period) => `- ${period.employerName}: stödet slutar ${period.endDate}`,
  );
  const requestsEn = day.requests.map(
    (request) => `- ${request.employerName}: call by ${request.dueDate}${request.urgent ? ' (urgent)' : ''}`,
  );
  const callsEn = day.calls.map(
    (call) => `- ${call.employerName}: follow-up ${call.followUp?.dueDate ?? ''}`,
  );
  const checkInsEn = day.checkIns.map(
    (entry) => `- ${entry.employerName}: check-in after ${entry.month} months (${entry.dueDate})`,
  );
  const periodsEn = day.periodsEnding.map(
    (period) => `- ${period.employerName}: support ends ${period.endDate}`,
  );
  return {
    subject: `Bryggan ${day.date}: att göra i dag / to do today`,
    text: [
      `Det här behöver du göra ${day.date}.`,
      '',
      ...lines('Arbetsgivare som vill bli uppringda:', requests, '- Inga.'),
      ...lines('Uppföljningar som är försenade eller ska göras i dag:', calls, '- Inga.'),
      ...lines('Avstämningar efter anställning:', checkIns, '- Inga.'),
      ...lines('Stöd som slutar inom 30 dagar:', periods, '- Inget.'),
      `Se din dag i Bryggan: ${link}`,
      '',
      '---',
      '',
      `What you need to do on ${day.date}.`,
      '',
      ...lines('Employers who asked to be called:', requestsEn, '- None.'),
      ...lines('Follow-ups overdue or due today:', callsEn, '- None.'),
      ...lines('Check-ins after hire:', checkInsEn, '- None.'),
      ...lines('Support ending within 30 days:', periodsEn, '- None.'),
      `See your day in Bryggan: ${link}`,
    ].join('\n'),
  };
}
