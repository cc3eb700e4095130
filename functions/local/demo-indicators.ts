import { ulid } from 'ulid';
import { newEmploymentItem } from '#shared/db/repositories/employments';
import { retentionMarkItems } from '#shared/db/repositories/indicators';
import { createParticipant, recordTransition } from '#shared/db/repositories/participants';
import { startProvision } from '#shared/db/repositories/provisions';
import { createSupportCall } from '#shared/db/repositories/support-calls';
import { addDays, swedishDate } from '#shared/domain/calendar';
import { employerDisplayName } from '#shared/domain/employer-unit';
import { hire } from '#shared/domain/employment';
import { addMonths } from '#shared/domain/support-after-hire';
import { defaultSupportAfterHire } from '#shared/domain/tenant-settings';
import type { Compensation, Provision } from '#shared/schemas/compensation';
import type { Employer } from '#shared/schemas/employer';
import type { Participant } from '#shared/schemas/participant';
import type { SupportAfterHire } from '#shared/schemas/tenant';
import type { Gender, Stage } from '#shared/schemas/vocabulary';

// A year and a half of history for `npm start` to show on /reports (issue 13): people
// who moved through the pathway in Västerås, a few hires that lasted, support calls,
// and providers of daily activity paid by the tenant's table. Dates are counted back
// from the day the seed runs, so the report's default period (the last twelve months)
// always has something in it. The people end in stages matching leaves alone, their
// hires' check-ins are done, and nothing is due today: the coach's day stays as the
// other demo data makes it.

/**
 * Västerås 2021 pays a municipal or private provider of daily activity by support level,
 * full or half day, per month: level 2 full day is 10,034 (municipal) or 10,674 (private)
 * SEK, and the goal-based sum is 30,000 SEK. The other amounts are illustrative, not
 * Västerås's figures.
 */
export const demoCompensation: Record<string, Compensation> = {
  vasteras: {
    providers: [
      { id: 'vasteras-stad', name: 'Västerås stad, daglig verksamhet', kind: 'municipal' },
      { id: 'arbetsgladje', name: 'Arbetsglädje i Mälardalen AB', kind: 'private' },
      { id: 'mimer', name: 'Mimers verkstäder', kind: 'private' },
    ],
    rates: {
      municipal: { fullDay: [8_120, 10_034, 12_480, 15_210], halfDay: [4_060, 5_017, 6_240, 7_605] },
      private: { fullDay: [8_640, 10_674, 13_280, 16_180], halfDay: [4_320, 5_337, 6_640, 8_090] },
    },
    goalPayment: 30_000,
    goalMonthsAfterSupport: 6,
  },
};

type Path = { to: Stage; monthsAgo: number }[];

// Six paths the demo people follow, shifted a little each so the months differ.
const paths: Path[] = [
  [
    // Hired a year ago: six months of support, then six more months in the job; the
    // goal-based sum falls due this month.
    { to: 'prework', monthsAgo: 18 },
    { to: 'employed', monthsAgo: 12 },
  ],
  [
    { to: 'prework', monthsAgo: 13 },
    { to: 'learning_placement', monthsAgo: 8 },
    { to: 'employed', monthsAgo: 4 },
  ],
  [
    { to: 'group_activity', monthsAgo: 20 },
    { to: 'individual_placement', monthsAgo: 10 },
    { to: 'prework', monthsAgo: 6 },
    { to: 'studies', monthsAgo: 2 },
  ],
  [
    { to: 'prework', monthsAgo: 11 },
    { to: 'reinforced_cooperation', monthsAgo: 3 },
  ],
  [
    { to: 'prework', monthsAgo: 7 },
    { to: 'exited', monthsAgo: 5 },
  ],
  [
    { to: 'individual_placement', monthsAgo: 14 },
    { to: 'prework', monthsAgo: 5 },
    { to: 'learning_placement', monthsAgo: 1 },
  ],
];

const firstNames = [
  'Alva',
  'Bilal',
  'Cornelia',
  'Dawit',
  'Elin',
  'Fredrik',
  'Greta',
  'Hamid',
  'Ida',
  'Jonas',
];
const genderOf = (index: number): Gender =>
  index % 11 === 10 ? 'other' : index % 13 === 12 ? 'unspecified' : index % 2 === 0 ? 'woman' : 'man';

const at = (date: string) => new Date(`${date}T09:00:00Z`);

export async function seedDemoIndicators(
  tenant: string,
  coachId: string,
  employers: readonly Employer[],
  supportAfterHire: SupportAfterHire = defaultSupportAfterHire,
  now = new Date(),
): Promise<void> {
  const today = swedishDate(now);
  const employer = employers[0];
  if (!employer) return;
  const compensation = demoCompensation[tenant];
  for (let index = 0; index < 42; index++) {
    const path = paths[index % paths.length] as Path;
    // The 5th to the 21st of the month, so nobody's step is dated after today.
    const day = String(5 + (index % 5) * 4).padStart(2, '0');
    const dated = path.map((step) => ({
      to: step.to,
      date: `${addMonths(today, -step.monthsAgo).slice(0, 7)}-${day}`,
    }));
    const [first, ...rest] = dated;
    if (!first) continue;
    let participant: Participant = await createParticipant(
      tenant,
      {
        firstName: firstNames[index % firstNames.length] as string,
        lastName: `Exempel ${index + 1}`,
        gender: genderOf(index),
        birthYear: 1975 + (index % 25),
        interests: ['retail'],
        preferredTasks: [],
        environmentNeeds: [],
        capabilities: [],
        supportLevel: 1 + (index % 4),
        consent: { sharedSummary: false },
        stage: first.to as 'prework',
        coachId,
        maxTravelMinutes: 45,
      },
      coachId,
      at(first.date),
    );
    const provider = compensation?.providers[index % compensation.providers.length];
    // Daily activity with a provider until the day before work, studies or an exit.
    const leaves = rest.find((step) => ['employed', 'studies', 'exited'].includes(step.to));
    if (provider) {
      const provision = provisionOf(tenant, participant, provider.id, first.date, coachId);
      await startProvision(
        tenant,
        leaves ? { ...provision, to: addDays(leaves.date, -1) } : provision,
        undefined,
      );
    }
    for (const step of rest) {
      const withItems = [];
      if (step.to === 'employed') {
        const employment = hire(
          {
            id: ulid(),
            tenant,
            participantId: participant.id,
            coachId,
            employerId: employer.id,
            employerName: employerDisplayName(employer),
            kind: 'wage_subsidy',
            startDate: step.date,
            actorId: coachId,
            at: at(step.date).toISOString(),
          },
          supportAfterHire,
        );
        // The check-ins were made: nothing of the demo history is on the coach's day.
        const done = {
          ...employment,
          checkIns: employment.checkIns.map((checkIn) => ({
            ...checkIn,
            status: 'done' as const,
            doneAt: at(checkIn.dueDate).toISOString(),
          })),
        };
        withItems.push(newEmploymentItem(done), ...retentionMarkItems(done, participant.gender));
      }
      ({ participant } = await recordTransition(
        tenant,
        participant,
        { to: step.to, date: step.date, actorId: coachId },
        at(step.date),
        withItems,
      ));
    }
    // A support call about the person at the employer, a month after the last step.
    const callDay = addMonths(participant.stageSince, 1);
    if (index % 3 === 0 && callDay < today) {
      const timestamp = at(callDay).toISOString();
      await createSupportCall(
        tenant,
        {
          id: ulid(),
          tenant,
          employerId: employer.id,
          employerName: employerDisplayName(employer),
          participantId: participant.id,
          at: timestamp,
          kind: 'call_to_employer',
          topics: ['tasks'],
          durationMinutes: 15,
          createdBy: coachId,
          createdAt: timestamp,
          updatedAt: timestamp,
          version: 1,
        },
        undefined,
        participant.gender,
      );
    }
  }
  if (!compensation) return;
  // One person moves from level 2 to level 3 in the middle of this month (paid by day).
  const changing = await createParticipant(
    tenant,
    {
      firstName: 'Kim',
      lastName: 'Nivåbyte',
      gender: 'unspecified',
      birthYear: 1990,
      interests: ['logistics'],
      preferredTasks: [],
      environmentNeeds: [],
      capabilities: [],
      supportLevel: 3,
      consent: { sharedSummary: false },
      stage: 'reinforced_cooperation',
      coachId,
      maxTravelMinutes: 45,
    },
    coachId,
    at(addMonths(today, -3)),
  );
  const earlier = provisionOf(
    tenant,
    changing,
    'vasteras-stad',
    addMonths(`${today.slice(0, 7)}-01`, -2),
    coachId,
  );
  await startProvision(tenant, { ...earlier, supportLevel: 2 }, undefined);
  await startProvision(
    tenant,
    provisionOf(tenant, changing, 'vasteras-stad', `${today.slice(0, 7)}-16`, coachId),
    { ...earlier, supportLevel: 2 },
  );
}

function provisionOf(
  tenant: string,
  participant: Participant,
  providerId: string,
  from: string,
  coachId: string,
): Provision {
  return {
    id: ulid(),
    tenant,
    participantId: participant.id,
    providerId,
    from,
    supportLevel: participant.supportLevel,
    schedule: participant.id.charCodeAt(participant.id.length - 1) % 2 ? 'halfDay' : 'fullDay',
    kind: 'daily_activity',
    createdBy: coachId,
    createdAt: new Date().toISOString(),
    version: 1,
  };
}
