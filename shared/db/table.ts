// The one table definition. infra/ builds the CDK table from it and functions/local
// creates the DynamoDB Local table from it, so the two cannot drift.

export interface KeyAttribute {
  name: string;
  type: 'S';
}

export type IndexName = 'gsi1' | 'gsi2' | 'gsi3';

export interface IndexDefinition {
  indexName: IndexName;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

export interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalIndexes: IndexDefinition[];
  timeToLiveAttribute: string;
}

const gsi = (n: 1 | 2 | 3): IndexDefinition => ({
  indexName: `gsi${n}`,
  partitionKey: { name: `gsi${n}pk`, type: 'S' },
  sortKey: { name: `gsi${n}sk`, type: 'S' },
});

// Generic, overloaded indexes: each entity maps its access patterns onto them
// (see docs/data-model.md), so new features add key shapes, not indexes.
export const table: TableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [gsi(1), gsi(2), gsi(3)],
  timeToLiveAttribute: 'expiresAt',
};

export const defaultTableName = 'bryggan';
