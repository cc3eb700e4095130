import { AttributeType, BillingMode, type ITable, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { KeyAttribute, TableDefinition } from '#shared/db/table';
import { stageName, stageOf } from '../deployment.ts';

/** What a function needs to be bound to the table: the table and the indexes it may query. */
export interface TableBinding {
  readonly table: ITable;
  readonly indexNames: readonly string[];
}

const attribute = (key: KeyAttribute) => ({ name: key.name, type: AttributeType.STRING });

/**
 * The one DynamoDB table, built from the same definition that DynamoDB Local is
 * created from, with the protections a production table of personal data needs:
 * point-in-time recovery always, and in prod deletion protection and a retained table.
 */
export class SingleTable extends Construct implements TableBinding {
  readonly table: Table;
  readonly indexNames: readonly string[];

  constructor(scope: Construct, id: string, props: { definition: TableDefinition }) {
    super(scope, id);
    const { definition } = props;
    const stage = stageOf(this);
    this.table = new Table(this, 'Table', {
      tableName: stageName(this),
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      timeToLiveAttribute: definition.timeToLiveAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: stage.protect,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: stage.removalPolicy,
    });
    for (const index of definition.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      });
    }
    this.indexNames = definition.globalIndexes.map((index) => index.indexName);
  }
}
