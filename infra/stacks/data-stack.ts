import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { table } from '#shared/db/table';
import { SingleTable } from '../constructs/single-table.ts';

/** The DynamoDB table; kept in its own stack so the stateless stacks can be replaced freely. */
export class DataStack extends Stack {
  readonly data: SingleTable;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.data = new SingleTable(this, 'Data', { definition: table });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
  }
}
