import { GetCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { swedishDate } from '../../domain/calendar.ts';
import type { Participant, ParticipantCreate, Transition } from '../../schemas/participant.ts';
import type { Stage } from '../../schemas/vocabulary.ts';
import { documents, tableName } from '../client.ts';
import { failedConditions, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { putIfVersion } from '../versioned.ts';
import { closedSpellItems } from './indicators.ts';

export const participantModel = defineEntity<Participant>({
  entity: 'participant',
  key: (participant) => keys.participant(participant.tenant, participant.id),
  // No names in keys: keys show up in logs and metrics, profiles must not.
  indexes: {
    gsi1: (participant) => ({ pk: keys.participantsAll(participant.tenant), sk: participant.id }),
    gsi2: (participant) => ({
      pk: keys.participantsByStage(participant.tenant, participant.stage),
      sk: participant.id,
    }),
    gsi3: (participant) => ({
      pk: keys.participantsByCoach(participant.tenant, participant.coachId),
      sk: `${participant.stage}#${participant.id}`,
    }),
  },
});

export const transitionModel = defineEntity<Transition>({
  entity: 'transition',
  key: (transition) =>
    keys.transition(transition.tenant, transition.participantId, transition.date, transition.id),
  indexes: {
    gsi1: (transition) => ({
      pk: keys.transitionsInMonth(transition.tenant, transition.date.slice(0, 7)),
      sk: `${transition.date}#${transition.id}`,
    }),
  },
});

const participantItem = (participant: Participant) => itemOf(participantModel, participant);
export const transitionItem = (transition: Transition) => itemOf(transitionModel, transition);

/** The participant and the transition into their first stage, written together. */
export async function createParticipant(
  tenant: string,
  fields: ParticipantCreate & { coachId: string; maxTravelMinutes: number },
  actorId: string,
  now = new Date(),
): Promise<Participant> {
  const timestamp = now.toISOString();
  const today = swedishDate(now);
  const participant: Participant = {
    ...fields,
    id: ulid(),
    tenant,
    stageSince: today,
    createdAt: timestamp,
    updatedAt: timestamp,
    version: 1,
  };
  const entry: Transition = {
    id: ulid(),
    tenant,
    participantId: participant.id,
    from: null,
    to: participant.stage,
    date: today,
    gender: participant.gender,
    createdBy: actorId,
    createdAt: timestamp,
  };
  await transact({
    TransactItems: [
      {
        Put: {
          TableName: tableName(),
          Item: participantItem(participant),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      { Put: { TableName: tableName(), Item: transitionItem(entry) } },
    ],
  });
  return participant;
}

export async function getParticipant(
  tenant: string,
  participantId: string,
): Promise<Participant | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.participant(tenant, participantId) }),
  );
  // An erased person's de-identified row shares the key shape under its pseudonym: never a profile.
  return result.Item?.entity === 'participant' ? stripKeys<Participant>(result.Item) : undefined;
}

export async function saveParticipant(
  tenant: string,
  participant: Participant,
  expectedVersion: number,
): Promise<Participant> {
  const saved: Participant = { ...participant, tenant, version: expectedVersion + 1 };
  await putIfVersion(participantItem(saved), expectedVersion);
  return saved;
}

/**
 * The transaction items that move a participant to a new stage: the participant
 * (conditional on the version read) and the transition record. Matches use them
 * too, so a started placement and the stage change commit together.
 */
export function stageChangeItems(
  participant: Participant,
  change: { to: Stage; date: string; note?: string; actorId: string },
  now: Date,
) {
  const timestamp = now.toISOString();
  const transition: Transition = {
    id: ulid(),
    tenant: participant.tenant,
    participantId: participant.id,
    from: participant.stage,
    fromDate: participant.stageSince,
    to: change.to,
    date: change.date,
    gender: participant.gender,
    ...(change.note ? { note: change.note } : {}),
    createdBy: change.actorId,
    createdAt: timestamp,
  };
  const moved: Participant = {
    ...participant,
    stage: change.to,
    stageSince: change.date,
    updatedAt: timestamp,
    version: participant.version + 1,
  };
  return {
    transition,
    participant: moved,
    items: [
      {
        Put: {
          TableName: tableName(),
          Item: participantItem(moved),
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeValues: { ':expected': participant.version },
        },
      },
      { Put: { TableName: tableName(), Item: transitionItem(transition) } },
      // The closed time in the stage it leaves, for "in prework at any time in a period".
      ...closedSpellItems(participant, change.date, transition.id),
    ],
  };
}

/**
 * Records a step; `withItems` are written in the same transaction (the employment a
 * step into work opens, or the one a step out of it ends), so nothing is half-written.
 */
export async function recordTransition(
  tenant: string,
  participant: Participant,
  change: { to: Stage; date: string; note?: string; actorId: string },
  now = new Date(),
  withItems: NonNullable<TransactWriteCommandInput['TransactItems']> = [],
): Promise<{ participant: Participant; transition: Transition }> {
  const { items, ...result } = stageChangeItems({ ...participant, tenant }, change, now);
  try {
    await transact({ TransactItems: [...items, ...withItems] });
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(0) || failed?.some((index) => index >= items.length)) throw new StaleVersionError();
    throw error;
  }
  return result;
}

export async function listTransitions(tenant: string, participantId: string): Promise<Transition[]> {
  const page = await queryPage(
    'table',
    keys.participant(tenant, participantId).pk,
    { limit: 1000 },
    stripKeys<Transition>,
    { sortKeyPrefix: keys.transitionPrefix },
  );
  return page.items;
}

export interface ParticipantFilter {
  stage?: Stage;
  coachId?: string;
}

/** By coach (optionally narrowed to a stage), by stage, or all of the tenant's. */
export async function listParticipants(
  tenant: string,
  filter: ParticipantFilter,
  page: PageRequest,
): Promise<Page<Participant>> {
  const toParticipant = stripKeys<Participant>;
  if (filter.coachId) {
    return queryPage('gsi3', keys.participantsByCoach(tenant, filter.coachId), page, toParticipant, {
      ...(filter.stage ? { sortKeyPrefix: `${filter.stage}#` } : {}),
    });
  }
  if (filter.stage)
    return queryPage('gsi2', keys.participantsByStage(tenant, filter.stage), page, toParticipant);
  return queryPage('gsi1', keys.participantsAll(tenant), page, toParticipant);
}
