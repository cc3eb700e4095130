import { ulid } from 'ulid';
import { changedEmploymentItem, newEmploymentItem } from '#shared/db/repositories/employments';
import { retentionMarkItems } from '#shared/db/repositories/indicators';
import { createParticipant, recordTransition } from '#shared/db/repositories/participants';
import { endEmployment, hire } from '#shared/domain/employment';
import { defaultSupportAfterHire } from '#shared/domain/tenant-settings';
import type { Employment } from '#shared/schemas/employment';
import type { Participant } from '#shared/schemas/participant';
import type { Gender, Stage } from '#shared/schemas/vocabulary';
import { participantBody } from './harness.ts';

// People with known histories, written through the repositories as the API writes them
// (each step with its transition, spell and employment items), but dated in the past:
// the API dates a new participant today, and the report must be checked across periods.

export interface History {
  gender: Gender;
  /** The first step is the entry into the pathway; later ones are transitions. */
  steps: { to: Stage; date: string }[];
}

const at = (date: string) => new Date(`${date}T10:00:00Z`);

export async function writeHistory(
  tenant: string,
  employerId: string,
  history: History,
): Promise<Participant> {
  const [first, ...rest] = history.steps;
  if (!first) throw new Error('a history needs a first step');
  let participant = await createParticipant(
    tenant,
    {
      ...participantBody({ gender: history.gender, stage: first.to as 'prework' }),
      coachId: 'coach-fixture',
      maxTravelMinutes: 45,
    },
    'coach-fixture',
    at(first.date),
  );
  let employment: Employment | undefined;
  for (const step of rest) {
    const withItems = [];
    if (participant.stage === 'employed' && employment) {
      const ended = endEmployment(employment, step.date, at(step.date).toISOString());
      withItems.push(changedEmploymentItem(ended, employment.version));
      employment = undefined;
    }
    if (step.to === 'employed') {
      employment = hire(
        {
          id: ulid(),
          tenant,
          participantId: participant.id,
          coachId: participant.coachId,
          employerId,
          employerName: 'Fixture AB',
          kind: 'not_recorded',
          startDate: step.date,
          actorId: 'coach-fixture',
          at: at(step.date).toISOString(),
        },
        defaultSupportAfterHire,
      );
      withItems.push(newEmploymentItem(employment), ...retentionMarkItems(employment, participant.gender));
    }
    const result = await recordTransition(
      tenant,
      participant,
      { to: step.to, date: step.date, actorId: 'coach-fixture' },
      at(step.date),
      withItems,
    );
    participant = result.participant;
  }
  return participant;
}
