import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { stageName, stageOf } from '../deployment.ts';

/**
 * The path prefix of the routes anyone may call without signing in. Their writes
 * (event sign-ups, cancellations) get the strict limit; reads (the public event
 * list, the municipality's name on its sign-up page) only the overall one, so a
 * municipality's office behind one address can browse them.
 */
export const publicRoutePrefix = '/v1/public/';

/** AWS's managed rule groups the web ACL runs, in order. */
export const managedRuleGroups = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

/**
 * The web ACL in front of CloudFront. A CloudFront web ACL must be created in
 * us-east-1, so this is its own stack there; the web stack (in the data's region)
 * reads its ARN through a cross-region stack-output reference (weak references,
 * cdk.json), which `cdk deploy --all` orders for it. It blocks addresses with a
 * bad reputation and common attacks, and limits each client address: overall,
 * and far more strictly on the public sign-up routes, where nobody has signed in.
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const stage = stageOf(this);
    const metric = (name: string) => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${stageName(this)}-${name}`,
    });
    const managed = managedRuleGroups.map((name, index) => ({
      name,
      priority: index,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          // The API takes bodies up to 64 KiB (functions/api/app.ts, maxBodyBytes) and refuses
          // larger ones itself; the common set's 8 KiB body limit would block valid requests.
          ...(name === 'AWSManagedRulesCommonRuleSet'
            ? { ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] }
            : {}),
        },
      },
      visibilityConfig: metric(name),
    }));

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: stageName(this),
      description: 'Bryggan: managed rules and per-address rate limits',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: metric('web-acl'),
      rules: [
        ...managed,
        {
          name: 'public-sign-up-rate',
          priority: managed.length,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: stage.rateLimits.publicSignUp,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      byteMatchStatement: {
                        fieldToMatch: { uriPath: {} },
                        positionalConstraint: 'STARTS_WITH',
                        searchString: publicRoutePrefix,
                        textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
                      },
                    },
                    {
                      notStatement: {
                        statement: {
                          byteMatchStatement: {
                            fieldToMatch: { method: {} },
                            positionalConstraint: 'EXACTLY',
                            searchString: 'GET',
                            textTransformations: [{ priority: 0, type: 'NONE' }],
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          visibilityConfig: metric('public-sign-up-rate'),
        },
        {
          name: 'per-address-rate',
          priority: managed.length + 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: stage.rateLimits.perAddress,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
            },
          },
          visibilityConfig: metric('per-address-rate'),
        },
      ],
    });

    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn });
  }
}
