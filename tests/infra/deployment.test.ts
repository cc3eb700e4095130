import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deploymentFromContext } from '../../infra/deployment.ts';
import { buildBryggan, onlyResource, readBryggan, type StackName, stackNames } from './bryggan-app.ts';

// One deploy per stage and region: where the stacks go, what they are called, and
// what survives a `cdk destroy` in each stage.

const context = (values: Record<string, unknown>) => ({ node: new App({ context: values }).node });

/** Every physical name a template sets that must be unique in an account and region. */
function physicalNames(templates: Record<StackName, Template>): string[] {
  const named: [StackName, string, string][] = [
    ['data', 'AWS::DynamoDB::Table', 'TableName'],
    ['data', 'AWS::Backup::BackupVault', 'BackupVaultName'],
    ['data', 'AWS::Backup::BackupPlan', 'BackupPlan'],
    ['auth', 'AWS::Cognito::UserPool', 'UserPoolName'],
    ['mail', 'AWS::SES::ConfigurationSet', 'Name'],
    ['mail', 'AWS::SES::EmailIdentity', 'EmailIdentity'],
    ['edge', 'AWS::WAFv2::WebACL', 'Name'],
    ['web', 'AWS::ApiGatewayV2::Api', 'Name'],
    ['monitoring', 'AWS::SNS::Topic', 'TopicName'],
    ['monitoring', 'AWS::CloudWatch::Dashboard', 'DashboardName'],
  ];
  const names = named.map(([stack, type, property]) => {
    const value = onlyResource(templates[stack], type).Properties[property];
    return JSON.stringify(
      property === 'BackupPlan' ? (value as { BackupPlanName: string }).BackupPlanName : value,
    );
  });
  const domain = onlyResource(templates.auth, 'AWS::Cognito::UserPoolDomain').Properties.Domain;
  const alarms = Object.values(templates.monitoring.findResources('AWS::CloudWatch::Alarm')).map((alarm) =>
    JSON.stringify(alarm.Properties.AlarmName),
  );
  return [...names, JSON.stringify(domain), ...alarms];
}

describe('the deployment', () => {
  let test: ReturnType<typeof readBryggan>;
  let prod: ReturnType<typeof buildBryggan>;

  beforeAll(() => {
    test = readBryggan(inject('infraAssembly'));
    prod = buildBryggan({ context: { stage: 'prod' } }, { bundling: false });
  });

  describe('region', () => {
    it('is Stockholm unless told otherwise, for every stack that holds or handles personal data', () => {
      expect(deploymentFromContext(context({})).region).toBe('eu-north-1');
      for (const name of stackNames.filter((stack) => stack !== 'edge')) {
        expect(test.artifacts[name].environment.region, name).toBe('eu-north-1');
        expect(prod.assembly.getStackArtifact(prod.stacks[name].artifactId).environment.region).toBe(
          'eu-north-1',
        );
      }
    });

    it('puts only the CloudFront web ACL in us-east-1, where CloudFront requires it', () => {
      expect(test.artifacts.edge.environment.region).toBe('us-east-1');
      expect(Object.keys(test.templates.edge.toJSON().Resources)).toHaveLength(1);
      test.templates.edge.resourceCountIs('AWS::WAFv2::WebACL', 1);
    });

    it('follows -c region=…, and refuses what is not a region', () => {
      const elsewhere = buildBryggan({ context: { region: 'eu-central-1' } }, { bundling: false });
      expect(elsewhere.assembly.getStackArtifact(elsewhere.stacks.data.artifactId).environment.region).toBe(
        'eu-central-1',
      );
      expect(() => deploymentFromContext(context({ region: 'stockholm' }))).toThrow(/Not an AWS region/);
    });

    it("takes the account from -c account=… or the deployer's credentials, never a guess", () => {
      expect(deploymentFromContext(context({})).account).toBeUndefined();
      expect(deploymentFromContext(context({}), { CDK_DEFAULT_ACCOUNT: '123456789012' }).account).toBe(
        '123456789012',
      );
      expect(deploymentFromContext(context({ account: '210987654321' })).account).toBe('210987654321');
    });
  });

  describe('stage', () => {
    it('is test unless told otherwise, and only test or prod', () => {
      expect(deploymentFromContext(context({})).stage).toBe('test');
      expect(deploymentFromContext(context({ stage: 'prod' })).stage).toBe('prod');
      expect(() => deploymentFromContext(context({ stage: 'production' }))).toThrow(/Unknown stage/);
    });

    it('names every stack after the stage', () => {
      expect(stackNames.map((name) => test.artifacts[name].stackName)).toEqual(
        stackNames.map((name) => `bryggan-test-${name}`),
      );
      expect(stackNames.map((name) => prod.stacks[name].stackName)).toEqual(
        stackNames.map((name) => `bryggan-prod-${name}`),
      );
    });

    it('gives every account-unique name the stage, so test and prod live in one account', () => {
      const testNames = physicalNames(test.templates);
      const prodNames = physicalNames(prod.templates);
      expect(testNames.filter((name) => !name.includes('test'))).toEqual([]);
      expect(prodNames.filter((name) => !name.includes('prod') && !name.includes('bryggan.se'))).toEqual([]);
      for (const name of prodNames) expect(testNames).not.toContain(name);
    });

    it('mails from a domain of its own per stage (an account holds a domain identity once)', () => {
      expect(deploymentFromContext(context({})).mailDomain).toBe('test.bryggan.se');
      expect(deploymentFromContext(context({ stage: 'prod' })).mailFrom).toBe('no-reply@bryggan.se');
      expect(() =>
        deploymentFromContext(context({ mailDomain: 'kommun.se', mailFrom: 'bryggan@elsewhere.se' })),
      ).toThrow(/must be an address in mailDomain/);
    });

    it('keeps the table, the user pool and the backups in prod, protected from deletion', () => {
      const { templates } = prod;
      templates.data.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
      expect(onlyResource(templates.data, 'AWS::DynamoDB::Table').Properties.DeletionProtectionEnabled).toBe(
        true,
      );
      templates.auth.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
      expect(onlyResource(templates.auth, 'AWS::Cognito::UserPool').Properties.DeletionProtection).toBe(
        'ACTIVE',
      );
      templates.data.hasResource('AWS::Backup::BackupVault', { DeletionPolicy: 'Retain' });
      for (const name of ['data', 'auth'] as const) {
        expect(prod.assembly.getStackArtifact(prod.stacks[name].artifactId).terminationProtection).toBe(true);
      }
    });

    it('lets a test stage be destroyed whole', () => {
      const { templates } = test;
      templates.data.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
      expect(onlyResource(templates.data, 'AWS::DynamoDB::Table').Properties.DeletionProtectionEnabled).toBe(
        false,
      );
      templates.auth.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete' });
      templates.data.hasResource('AWS::Backup::BackupVault', { DeletionPolicy: 'Delete' });
      for (const name of stackNames) expect(test.artifacts[name].terminationProtection ?? false).toBe(false);
    });

    it('keeps logs longer in prod', () => {
      const retention = (templates: Record<StackName, Template>) =>
        new Set(
          stackNames.flatMap((name) =>
            Object.values(templates[name].findResources('AWS::Logs::LogGroup')).map(
              (group) => group.Properties.RetentionInDays,
            ),
          ),
        );
      expect([...retention(test.templates)]).toEqual([14]);
      expect([...retention(prod.templates)]).toEqual([90]);
    });

    it('throttles the API per stage', () => {
      const throttle = (template: Template) =>
        onlyResource(template, 'AWS::ApiGatewayV2::Stage').Properties.DefaultRouteSettings;
      expect(throttle(test.templates.web)).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
      expect(throttle(prod.templates.web)).toEqual({ ThrottlingRateLimit: 500, ThrottlingBurstLimit: 1000 });
    });
  });
});
