import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { swedishDate } from '../../domain/calendar.ts';
import { nextCheckInDue } from '../../domain/employment.ts';
import type { Employment } from '../../schemas/employment.ts';
import type { Gender } from '../../schemas/vocabulary.ts';
import { documents, tableName } from '../client.ts';
import { failedConditions, isConditionalCheckFailed, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { queryAll } from '../page.ts';
import { transact } from '../transact.ts';
import { factItem } from './indicators.ts';
import { queryRange } from './support-query.ts';

export const employmentModel = defineEntity<Employment>({
  entity: 'employment',
  key: (employment) =>
    keys.employment(employment.tenant, employment.participantId, employment.startDate, employment.id),
  indexes: {
    gsi1: (employment) => ({
      pk: keys.employmentsOfEmployer(employment.tenant, employment.employerId),
      sk: `${employment.startDate}#${employment.id}`,
    }),
    // A period that ended early leaves the "ending soon" list; one that runs its course drops out by date.
    gsi2: (employment) =>
      employment.supportPeriod.endedEarly
        ? undefined
        : {
            pk: keys.activeSupportPeriods(employment.tenant),
            sk: `${employment.supportPeriod.endDate}#${employment.id}`,
          },
    // Listed among the open follow-ups under its next open check-in.
    gsi3: (employment) => {
      const due = nextCheckInDue(employment);
      return due
        ? { pk: keys.openFollowUps(employment.tenant), sk: `${due}#EMPLOYMENT#${employment.id}` }
        : undefined;
    },
  },
});

const employmentItem = (employment: Employment) => itemOf(employmentModel, employment);

/** The transaction item that records a new employment. */
export const newEmploymentItem = (employment: Employment) => ({
  Put: {
    TableName: tableName(),
    Item: employmentItem(employment),
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** The transaction item that replaces an employment, conditional on the version read. */
export const changedEmploymentItem = (employment: Employment, expectedVersion: number) => ({
  Put: {
    TableName: tableName(),
    Item: employmentItem({ ...employment, version: expectedVersion + 1 }),
    ConditionExpression: 'attribute_exists(pk) AND version = :expected',
    ExpressionAttributeValues: { ':expected': expectedVersion },
  },
});

export async function saveEmployment(
  tenant: string,
  employment: Employment,
  expectedVersion: number,
): Promise<Employment> {
  const saved = { ...employment, tenant, version: expectedVersion + 1 };
  try {
    await documents().send(
      new PutCommand(changedEmploymentItem({ ...employment, tenant }, expectedVersion).Put),
    );
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw new StaleVersionError();
    throw error;
  }
  return saved;
}

/**
 * A check-in marked done, with the fact the indicators count as a follow-up done
 * (pattern 57: on time or late against its due date), in one transaction.
 */
export async function saveCheckInDone(
  tenant: string,
  employment: Employment,
  expectedVersion: number,
  checkIn: { month: number; dueDate: string; doneAt: string; gender: Gender },
): Promise<Employment> {
  const saved = { ...employment, tenant, version: expectedVersion + 1 };
  try {
    await transact({
      TransactItems: [
        changedEmploymentItem({ ...employment, tenant }, expectedVersion),
        factItem(tenant, {
          kind: 'follow_up_done',
          id: `${employment.id}#${checkIn.month}`,
          date: swedishDate(new Date(checkIn.doneAt)),
          dueDate: checkIn.dueDate,
          gender: checkIn.gender,
        }),
      ],
    });
  } catch (error) {
    if (failedConditions(error)?.includes(0)) throw new StaleVersionError();
    throw error;
  }
  return saved;
}

/** A participant's employments, newest first. */
export const listEmployments = (tenant: string, participantId: string): Promise<Employment[]> =>
  queryAll((page) =>
    queryRange<Employment>('table', keys.participant(tenant, participantId).pk, page, {
      prefix: keys.employmentPrefix,
    }),
  ).then((items) => items.reverse());

/** The employment the participant has now (not ended), if any. */
export const currentEmployment = async (tenant: string, participantId: string) =>
  (await listEmployments(tenant, participantId)).find((employment) => employment.endDate === undefined);

/** An employer's hires, for its timeline. */
export const listEmployerEmployments = (tenant: string, employerId: string): Promise<Employment[]> =>
  queryAll((page) => queryRange<Employment>('gsi1', keys.employmentsOfEmployer(tenant, employerId), page));

/** Support periods still running that end between `from` and `to` (inclusive). */
export const listSupportPeriodsEnding = (tenant: string, from: string, to: string): Promise<Employment[]> =>
  queryAll((page) =>
    queryRange<Employment>('gsi2', keys.activeSupportPeriods(tenant), page, { from, upTo: `${to}#~` }),
  );
