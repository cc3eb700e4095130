import { beforeAll, describe, expect, inject, it } from 'vitest';
import { table } from '#shared/db/table';
import { onlyResource, readBryggan } from './bryggan-app.ts';

describe('data stack', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  let properties: Record<string, unknown>;

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
    properties = onlyResource(bryggan.templates.data, 'AWS::DynamoDB::Table').Properties;
  });

  it('keys the table as shared/db/table.ts defines it', () => {
    expect(properties.KeySchema).toEqual([
      { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: table.sortKey.name, KeyType: 'RANGE' },
    ]);
  });

  it('has exactly the global indexes of the definition, projecting all attributes', () => {
    expect(properties.GlobalSecondaryIndexes).toEqual(
      table.globalIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
  });

  it('declares every key attribute as a string', () => {
    const keys = [
      table.partitionKey,
      table.sortKey,
      ...table.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
    ];
    expect(properties.AttributeDefinitions).toEqual(
      expect.arrayContaining(keys.map((key) => ({ AttributeName: key.name, AttributeType: 'S' }))),
    );
    expect(properties.AttributeDefinitions).toHaveLength(keys.length);
  });

  it('expires items by the TTL attribute of the definition', () => {
    expect(properties.TimeToLiveSpecification).toEqual({
      AttributeName: table.timeToLiveAttribute,
      Enabled: true,
    });
  });

  it('bills on demand, with point-in-time recovery and encryption', () => {
    expect(properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(properties.SSESpecification).toEqual({ SSEEnabled: true });
  });

  it('may be removed with a test stage (prod keeps it: tests/infra/deployment.test.ts)', () => {
    expect(properties.DeletionProtectionEnabled).toBe(false);
    bryggan.templates.data.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    expect(bryggan.artifacts.data.terminationProtection).toBe(false);
  });
});
