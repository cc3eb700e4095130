import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, type ITable, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { KeyAttribute, TableDefinition } from '#shared/db/table';

/** What a function needs to be bound to the table: the table and the indexes it may query. */
export interface TableBinding {
  readonly table: ITable;
  readonly indexNames: readonly string[];
}

const attribute = (key: KeyAttribute) => ({ name: key.name, type: AttributeType.STRING });

/**
 * The one DynamoDB table, built from the same definition that DynamoDB Local is
 * created from, with the protections a production table of personal data needs.
 */
export class SingleTable extends Construct implements TableBinding {
  readonly table: Table;
  readonly indexNames: readonly string[];

  constructor(scope: Construct, id: string, props: { definition: TableDefinition }) {
    super(scope, id);
    const { definition } = props;
    this.table = new Table(this, 'Table', {
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      timeToLiveAttribute: definition.timeToLiveAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
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
