import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getMany } from '#shared/db/batch-get';
import { tableName } from '#shared/db/client';
import { isTransientStoreError } from '#shared/db/errors';

// DynamoDB Local never leaves keys unprocessed, so the SDK client is mocked here: what
// the read does when DynamoDB answers part of a BatchGetItem (throttling, size).

const table = tableName();
const a = { pk: 'T#t#PARTICIPANT#a', sk: 'PARTICIPANT' };
const b = { pk: 'T#t#TENANT', sk: 'TENANT' };
const c = { pk: 'T#t#TENANT', sk: 'PAUSED_EMPLOYERS' };

describe('getMany', () => {
  let dynamo: AwsClientStub<DynamoDBDocumentClient>;
  beforeAll(() => {
    dynamo = mockClient(DynamoDBDocumentClient);
  });
  afterEach(() => dynamo.reset());
  afterAll(() => dynamo.restore());

  it('asks again for the keys DynamoDB left unprocessed, and finds every item by its key', async () => {
    dynamo
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [table]: [{ ...b, name: 'tenant' }] },
        UnprocessedKeys: { [table]: { Keys: [a, c] } },
      })
      .resolvesOnce({
        Responses: { [table]: [{ ...c, foldedAt: 'x' }] },
        UnprocessedKeys: { [table]: { Keys: [a] } },
      })
      .resolvesOnce({ Responses: { [table]: [{ ...a, firstName: 'Alva' }] }, UnprocessedKeys: {} });
    const found = await getMany([a, b, c]);
    const calls = dynamo
      .commandCalls(BatchGetCommand)
      .map((call) => call.args[0].input.RequestItems?.[table]?.Keys);
    expect(calls).toEqual([[a, b, c], [a, c], [a]]);
    expect(found(a)?.firstName).toBe('Alva');
    expect(found(b)?.name).toBe('tenant');
    expect(found(c)?.foldedAt).toBe('x');
    expect(found({ pk: 'T#t#PARTICIPANT#z', sk: 'PARTICIPANT' })).toBeUndefined();
  });

  it('gives up as a transient store fault (503) when keys stay unprocessed', async () => {
    dynamo
      .on(BatchGetCommand)
      .resolves({ Responses: { [table]: [] }, UnprocessedKeys: { [table]: { Keys: [a] } } });
    const failure = await getMany([a], 3).catch((error: unknown) => error);
    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(3);
    expect(isTransientStoreError(failure)).toBe(true);
  });
});
