import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { PlacementInterest } from '../../schemas/easy-read.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { queryAll, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';

// "Jag vill veta mer": the placements a participant wants to know more about, one item
// each in the participant's own partition (docs/data-model.md, patterns 70–71), so the
// profile reads them with one Query and nothing about them lives outside the person.

type StoredInterest = PlacementInterest & { tenant: string };

export const placementInterestModel = defineEntity<StoredInterest>({
  entity: 'placementInterest',
  key: (interest) => keys.placementInterest(interest.tenant, interest.participantId, interest.placementId),
  indexes: {},
});

const toInterest = (item: Record<string, unknown>): PlacementInterest => {
  const { tenant: _tenant, ...interest } = stripKeys<StoredInterest>(item);
  return interest;
};

export async function getInterest(
  tenant: string,
  participantId: string,
  placementId: string,
): Promise<PlacementInterest | undefined> {
  const result = await documents().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.placementInterest(tenant, participantId, placementId),
      ConsistentRead: true,
    }),
  );
  return result.Item ? toInterest(result.Item) : undefined;
}

/**
 * Marks the interest unless it is marked already (then the first marking stands and is
 * answered), in one transaction with a check that the participant exists and the
 * placement is still open or full: a placement closed meanwhile leaves nothing written.
 */
export async function markInterest(tenant: string, interest: PlacementInterest): Promise<PlacementInterest> {
  try {
    await transact({
      TransactItems: [
        {
          ConditionCheck: {
            TableName: tableName(),
            Key: keys.placement(tenant, interest.placementId),
            ConditionExpression: '#status IN (:open, :full)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':open': 'open', ':full': 'full' },
          },
        },
        // The participant's item, so a mark never lands beside a person who is not there.
        {
          ConditionCheck: {
            TableName: tableName(),
            Key: keys.participant(tenant, interest.participantId),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Put: {
            TableName: tableName(),
            Item: itemOf(placementInterestModel, { ...interest, tenant }),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    return interest;
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(0)) throw new ConflictError('interest.placement_not_open', 'placementId');
    if (failed?.includes(1)) throw new ConflictError('participant.gone', 'id');
    if (failed?.includes(2)) {
      const existing = await getInterest(tenant, interest.participantId, interest.placementId);
      if (existing) return existing;
    }
    throw error;
  }
}

/** Takes the mark away; unmarking what is not marked changes nothing. */
export async function unmarkInterest(
  tenant: string,
  participantId: string,
  placementId: string,
): Promise<void> {
  await documents().send(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.placementInterest(tenant, participantId, placementId),
    }),
  );
}

/** A participant's marked interests, in placement-id order (a handful at most). */
export const listInterests = (tenant: string, participantId: string): Promise<PlacementInterest[]> =>
  queryAll((page) =>
    queryPage('table', keys.participant(tenant, participantId).pk, page, toInterest, {
      sortKeyPrefix: keys.placementInterestPrefix,
    }),
  );
