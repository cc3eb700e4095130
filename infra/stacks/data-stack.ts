import { CfnOutput, Duration, Stack, type StackProps, TimeZone, Validations } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { Schedule } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { table } from '#shared/db/table';
import { SingleTable } from '../constructs/single-table.ts';
import { stageName, stageOf } from '../deployment.ts';

/**
 * The DynamoDB table and its backups; kept in its own stack so the stateless
 * stacks can be replaced freely. Point-in-time recovery covers the last 35 days
 * to the second; AWS Backup keeps a daily copy for 35 days and a monthly one for a
 * year, in a vault of this stage, in the same region (the data stays in Sweden).
 */
export class DataStack extends Stack {
  readonly data: SingleTable;
  readonly backupPlan: BackupPlan;
  readonly backupVault: BackupVault;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const stage = stageOf(this);
    this.data = new SingleTable(this, 'Data', { definition: table });

    this.backupVault = new BackupVault(this, 'BackupVault', {
      backupVaultName: stageName(this),
      removalPolicy: stage.removalPolicy,
      // In prod nobody, not even an administrator by mistake, deletes a recovery point early.
      ...(stage.protect ? { blockRecoveryPointDeletion: true } : {}),
    });
    const stockholm = TimeZone.of('Europe/Stockholm');
    this.backupPlan = new BackupPlan(this, 'BackupPlan', {
      backupPlanName: stageName(this),
      backupVault: this.backupVault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'daily-35-days',
          // At night, Swedish time, when the municipalities' staff are not working.
          scheduleExpression: Schedule.cron({ hour: '3', minute: '0' }),
          scheduleExpressionTimezone: stockholm,
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(4),
          deleteAfter: Duration.days(35),
        }),
        new BackupPlanRule({
          ruleName: 'monthly-1-year',
          scheduleExpression: Schedule.cron({ day: '1', hour: '4', minute: '0' }),
          scheduleExpressionTimezone: stockholm,
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(4),
          deleteAfter: Duration.days(365),
        }),
      ],
    });
    const selection = this.backupPlan.addSelection('Table', {
      resources: [BackupResource.fromDynamoDbTable(this.data.table)],
    });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        "AWS Backup's own service-role policy for taking backups, maintained by AWS for the resource types " +
        'it supports; the selection names only this table.',
    });

    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'BackupVaultName', { value: this.backupVault.backupVaultName });
  }
}
