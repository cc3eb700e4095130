import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { onlyResource, readBryggan, type StackName, stackNames } from './bryggan-app.ts';
import { logicalIdOf } from './cross-stack.ts';

interface BackupRule {
  RuleName: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone: string;
  Lifecycle: { DeleteAfterDays: number };
  TargetBackupVault: unknown;
}

describe('backups of the table', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  let rules: BackupRule[];

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
    const plan = onlyResource(bryggan.templates.data, 'AWS::Backup::BackupPlan').Properties.BackupPlan as {
      BackupPlanRule: BackupRule[];
    };
    rules = plan.BackupPlanRule;
  });

  it('keep a daily backup for 35 days and a monthly one for a year, on Swedish time', () => {
    const vault = {
      'Fn::GetAtt': [logicalIdOf(bryggan.templates.data, 'AWS::Backup::BackupVault'), 'BackupVaultName'],
    };
    expect(
      rules.map(({ RuleName, ScheduleExpression, Lifecycle, TargetBackupVault }) => ({
        RuleName,
        ScheduleExpression,
        Lifecycle,
        TargetBackupVault,
      })),
    ).toEqual([
      {
        RuleName: 'daily-35-days',
        ScheduleExpression: 'cron(0 3 * * ? *)',
        Lifecycle: { DeleteAfterDays: 35 },
        TargetBackupVault: vault,
      },
      {
        RuleName: 'monthly-1-year',
        ScheduleExpression: 'cron(0 4 1 * ? *)',
        Lifecycle: { DeleteAfterDays: 365 },
        TargetBackupVault: vault,
      },
    ]);
    for (const rule of rules) expect(rule.ScheduleExpressionTimezone).toBe('Europe/Stockholm');
  });

  it('select the table, and only the table', () => {
    const selection = onlyResource(bryggan.templates.data, 'AWS::Backup::BackupSelection').Properties
      .BackupSelection as { Resources: unknown[] };
    expect(selection.Resources).toEqual([
      { 'Fn::GetAtt': [logicalIdOf(bryggan.templates.data, 'AWS::DynamoDB::Table'), 'Arn'] },
    ]);
  });

  it('keep point-in-time recovery on as well', () => {
    expect(
      onlyResource(bryggan.templates.data, 'AWS::DynamoDB::Table').Properties
        .PointInTimeRecoverySpecification,
    ).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });
});

describe('log groups', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  const logGroups = (templates: Record<StackName, Template>) =>
    stackNames.flatMap((name) =>
      Object.entries(templates[name].findResources('AWS::Logs::LogGroup')).map(([id, group]) => ({
        id: `${name}/${id}`,
        properties: group.Properties as Record<string, unknown>,
      })),
    );

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
  });

  it("exist for every function (ours and the upload handler) and the API's access log", () => {
    const ids = logGroups(bryggan.templates).map((group) => group.id);
    // The HTTP API's access log and the web upload handler's log.
    expect(ids.filter((id) => id.startsWith('web/'))).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith('api/'))).toHaveLength(1);
    expect(ids.filter((id) => id.startsWith('auth/'))).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith('jobs/')).length).toBeGreaterThanOrEqual(2);
  });

  it('mask e-mail addresses and Swedish phone numbers, every one of them', () => {
    for (const { id, properties } of logGroups(bryggan.templates)) {
      const policy = properties.DataProtectionPolicy as {
        Statement: { Sid: string; DataIdentifier: string[]; Operation: Record<string, unknown> }[];
        Configuration?: { CustomDataIdentifier: { Name: string; Regex: string }[] };
      };
      expect(policy, id).toBeDefined();
      const identifiers = policy.Statement.flatMap((statement) => statement.DataIdentifier);
      expect(
        identifiers.some((identifier) => identifier.endsWith(':data-identifier/EmailAddress')),
        id,
      ).toBe(true);
      expect(identifiers, id).toContain('SwedishPhoneNumber');
      // Audited when found, and masked when read (Deidentify with MaskConfig).
      const operations = policy.Statement.map((statement) => Object.keys(statement.Operation)[0]);
      expect(operations.sort(), id).toEqual(['Audit', 'Deidentify']);
      expect(policy.Configuration?.CustomDataIdentifier.map((custom) => custom.Name)).toEqual([
        'SwedishPhoneNumber',
      ]);
    }
  });

  it('recognise Swedish phone numbers as people write them, and not dates or ids', () => {
    const group = logGroups(bryggan.templates)[0]!;
    const regex = (
      group.properties.DataProtectionPolicy as {
        Configuration: { CustomDataIdentifier: { Regex: string }[] };
      }
    ).Configuration.CustomDataIdentifier[0]!.Regex;
    const pattern = new RegExp(regex);
    for (const phone of [
      '+46 70-123 45 67',
      '070-123 45 67',
      '0046701234567',
      '08-123 456 78',
      '0701234567',
    ]) {
      expect(pattern.test(`ring ${phone} i dag`), phone).toBe(true);
    }
    for (const other of ['2026-11-20T08:00:00.000Z', '01JD3X7Q8W9ERTYU', 'status 200 in 120 ms']) {
      expect(pattern.test(other), other).toBe(false);
    }
  });
});
