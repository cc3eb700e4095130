import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { originHeader } from '#api/middleware/origin-check';
import { managedRuleGroups, publicRoutePrefix } from '../../infra/stacks/edge-stack.ts';
import { buildBryggan, onlyResource, readBryggan } from './bryggan-app.ts';
import { logicalIdOf, producedValue, resolvedFrom } from './cross-stack.ts';

interface Rule {
  Name: string;
  Priority: number;
  Action?: Record<string, unknown>;
  OverrideAction?: Record<string, unknown>;
  Statement: {
    ManagedRuleGroupStatement?: { VendorName: string; Name: string; RuleActionOverrides?: unknown[] };
    RateBasedStatement?: {
      Limit: number;
      AggregateKeyType: string;
      EvaluationWindowSec: number;
      ScopeDownStatement?: unknown;
    };
  };
}

const rulesOf = (template: Template) =>
  onlyResource(template, 'AWS::WAFv2::WebACL').Properties.Rules as Rule[];

// Abuse: a web ACL on CloudFront, and no way around it to the API.

describe('the web ACL', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  let rules: Rule[];

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
    rules = rulesOf(bryggan.templates.edge);
  });

  it('is a CloudFront web ACL that allows what no rule blocks', () => {
    expect(onlyResource(bryggan.templates.edge, 'AWS::WAFv2::WebACL').Properties).toMatchObject({
      Name: 'bryggan-test',
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      VisibilityConfig: { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true },
    });
  });

  it("runs AWS's managed rule groups: IP reputation, common attacks, known bad inputs", () => {
    const managed = rules.filter((rule) => rule.Statement.ManagedRuleGroupStatement);
    expect(managed.map((rule) => rule.Statement.ManagedRuleGroupStatement?.Name)).toEqual([
      ...managedRuleGroups,
    ]);
    expect(managedRuleGroups).toEqual([
      'AWSManagedRulesAmazonIpReputationList',
      'AWSManagedRulesCommonRuleSet',
      'AWSManagedRulesKnownBadInputsRuleSet',
    ]);
    for (const rule of managed) {
      expect(rule.Statement.ManagedRuleGroupStatement?.VendorName).toBe('AWS');
      // The groups' own actions (block) apply.
      expect(rule.OverrideAction).toEqual({ None: {} });
    }
    // Bodies up to the API's own 64 KiB limit pass the common set's 8 KiB size rule.
    const common = managed.find((rule) => rule.Name === 'AWSManagedRulesCommonRuleSet');
    expect(common?.Statement.ManagedRuleGroupStatement?.RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
  });

  it('limits every address, and far more strictly on the public sign-up routes', () => {
    const rate = (name: string) => rules.find((rule) => rule.Name === name);
    const overall = rate('per-address-rate');
    const publicSignUp = rate('public-sign-up-rate');
    expect(overall?.Action).toEqual({ Block: {} });
    expect(publicSignUp?.Action).toEqual({ Block: {} });
    expect(overall?.Statement.RateBasedStatement).toEqual({
      Limit: 1000,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
    });
    expect(publicSignUp?.Statement.RateBasedStatement).toMatchObject({
      Limit: 100,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
      // Writes under /v1/public/ (sign-ups, cancellations): every method but GET.
      ScopeDownStatement: {
        AndStatement: {
          Statements: [
            {
              ByteMatchStatement: {
                FieldToMatch: { UriPath: {} },
                PositionalConstraint: 'STARTS_WITH',
                SearchString: publicRoutePrefix,
                TextTransformations: [{ Priority: 0, Type: 'LOWERCASE' }],
              },
            },
            {
              NotStatement: {
                Statement: {
                  ByteMatchStatement: {
                    FieldToMatch: { Method: {} },
                    PositionalConstraint: 'EXACTLY',
                    SearchString: 'GET',
                    TextTransformations: [{ Priority: 0, Type: 'NONE' }],
                  },
                },
              },
            },
          ],
        },
      },
    });
    expect(publicRoutePrefix).toBe('/v1/public/');
    // The stricter rule is evaluated first, so a sign-up flood is stopped by it.
    expect(publicSignUp!.Priority).toBeLessThan(overall!.Priority);
    expect(new Set(rules.map((rule) => rule.Priority)).size).toBe(rules.length);
  });

  it('allows more per address in prod, the same on public sign-up', () => {
    const prodRules = rulesOf(
      buildBryggan({ context: { stage: 'prod' } }, { bundling: false }).templates.edge,
    );
    const limit = (name: string) =>
      prodRules.find((rule) => rule.Name === name)?.Statement.RateBasedStatement?.Limit;
    expect(limit('per-address-rate')).toBe(2000);
    expect(limit('public-sign-up-rate')).toBe(100);
  });

  it('is associated with the distribution, across regions', () => {
    const distribution = onlyResource(bryggan.templates.web, 'AWS::CloudFront::Distribution').Properties;
    const webAclId = (distribution.DistributionConfig as { WebACLId: unknown }).WebACLId;
    expect(webAclId).toMatchObject({ 'Fn::GetStackOutput': { Region: 'us-east-1' } });
    expect(producedValue(webAclId, bryggan.templates.edge)).toEqual({
      'Fn::GetAtt': [logicalIdOf(bryggan.templates.edge, 'AWS::WAFv2::WebACL'), 'Arn'],
    });
  });
});

describe('the API behind CloudFront only', () => {
  let bryggan: ReturnType<typeof readBryggan>;

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
  });

  it('sends a secret origin header to the API, resolved from Secrets Manager at deploy, not in the template', () => {
    const { web } = bryggan.templates;
    const config = onlyResource(web, 'AWS::CloudFront::Distribution').Properties.DistributionConfig as {
      Origins: { CustomOriginConfig?: unknown; OriginCustomHeaders?: unknown }[];
    };
    const api = config.Origins.find((origin) => origin.CustomOriginConfig);
    expect(api?.OriginCustomHeaders).toEqual([
      {
        HeaderName: originHeader,
        HeaderValue: {
          'Fn::Join': [
            '',
            [
              '{{resolve:secretsmanager:',
              { Ref: logicalIdOf(web, 'AWS::SecretsManager::Secret') },
              ':SecretString:::}}',
            ],
          ],
        },
      },
    ]);
    web.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true },
    });
    // The S3 origin gets no such header: only the API checks it.
    expect(config.Origins.filter((origin) => origin.OriginCustomHeaders)).toHaveLength(1);
  });

  it('tells the API function where the secret is, and lets it read that one secret', () => {
    const { api, web } = bryggan.templates;
    const fn = onlyResource(api, 'AWS::Lambda::Function').Properties;
    const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    const secret = { Ref: logicalIdOf(web, 'AWS::SecretsManager::Secret') };
    expect(producedValue(variables.ORIGIN_SECRET_ARN, web)).toEqual(secret);
    const statements = Object.values(api.findResources('AWS::IAM::Policy')).flatMap(
      (policy) =>
        (policy.Properties.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] })
          .Statement,
    );
    const reads = statements.filter((statement) =>
      JSON.stringify(statement.Action).includes('secretsmanager:'),
    );
    // One statement: the cursor secret (its own stack) and the origin secret (the web stack's), read only.
    expect(reads).toHaveLength(1);
    expect(reads[0]?.Action).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
    expect(resolvedFrom(reads[0]?.Resource, web)).toEqual([
      secret,
      { Ref: logicalIdOf(api, 'AWS::SecretsManager::Secret') },
    ]);
  });
});
