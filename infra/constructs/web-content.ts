import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { appLogGroup } from './log-group.ts';

export interface WebContentProps {
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  /** The Vite build output (infra/app.ts runs `npm run build:web` before synthesis). */
  readonly distPath: string;
  /**
   * Without a build, synthesis fails with an error (a site of config.json alone
   * answers 403 to everyone). Only tests that look at other resources set this.
   */
  readonly allowMissingBuild?: boolean;
  /** Written to /config.json, where the web app reads its Cognito settings. */
  readonly config: Record<string, string>;
}

/** The message that stops a deploy without a web build. */
export const missingBuildMessage = (distPath: string) =>
  `No web build in ${distPath}: the site would answer 403. Run \`npm run build:web\` ` +
  '(a `cdk synth` or `cdk deploy` does it unless run with -c webBuild=skip).';

/**
 * Uploads the web build and /config.json. Hashed files under assets/ are cached
 * for a year; everything else is revalidated, so a deploy shows at once. Nothing
 * is pruned: a browser still holding yesterday's index.html needs yesterday's chunks.
 */
export class WebContent extends Construct {
  constructor(scope: Construct, id: string, props: WebContentProps) {
    super(scope, id);
    const { bucket, distribution, distPath, config } = props;
    const hasBuild = existsSync(join(distPath, 'index.html'));
    if (!hasBuild && !props.allowMissingBuild) Annotations.of(this).addError(missingBuildMessage(distPath));
    const assetsPath = join(distPath, 'assets');
    // The upload handler's log, with the stage's retention and masking like every other log group.
    const logGroup = appLogGroup(this, 'UploadLogs');

    const hashedAssets =
      hasBuild && existsSync(assetsPath)
        ? new BucketDeployment(this, 'HashedAssets', {
            sources: [Source.asset(assetsPath)],
            destinationBucket: bucket,
            destinationKeyPrefix: 'assets/',
            cacheControl: [
              CacheControl.setPublic(),
              CacheControl.maxAge(Duration.days(365)),
              CacheControl.immutable(),
            ],
            prune: false,
            memoryLimit: 512,
            logGroup,
          })
        : undefined;

    const entry = new BucketDeployment(this, 'Entry', {
      sources: [
        ...(hasBuild ? [Source.asset(distPath, { exclude: ['assets', 'assets/**'] })] : []),
        Source.jsonData('config.json', config),
      ],
      destinationBucket: bucket,
      cacheControl: [CacheControl.noCache()],
      prune: false,
      distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      logGroup,
    });
    // index.html goes up last, so it never points at chunks that are not there yet.
    if (hashedAssets) entry.node.addDependency(hashedAssets);

    acknowledgeDeploymentHandler(Stack.of(this), bucket);
  }
}

// Findings on the handler function that BucketDeployment creates once per stack.
// Its policy is written by aws-cdk-lib: read from the CDK asset bucket, write the
// site bucket, invalidate CloudFront.
function acknowledgeDeploymentHandler(stack: Stack, siteBucket: IBucket): void {
  const siteBucketId = stack.getLogicalId(siteBucket.node.defaultChild as CfnBucket);
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
  const assetBucket = `arn:${partition}:s3:::cdk-hnb659fds-assets-${account}-${region}`;
  const copyReason =
    'BucketDeployment copies the staged build from the CDK asset bucket into the site bucket.';
  const acknowledgments = [
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'The BucketDeployment handler writes its own logs through the basic execution policy.',
    },
    {
      id: 'AwsSolutions-L1',
      reason: 'The runtime of the BucketDeployment handler is chosen by aws-cdk-lib, not by this app.',
    },
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: `${copyReason} The wildcard covers the variants of one S3 operation.`,
    })),
    { id: `AwsSolutions-IAM5[Resource::${assetBucket}/*]`, reason: `${copyReason} Any staged object.` },
    { id: `AwsSolutions-IAM5[Resource::<${siteBucketId}.Arn>/*]`, reason: `${copyReason} Any site object.` },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'aws-cdk-lib grants the CloudFront invalidation actions on *; the handler only invalidates this site.',
    },
  ];
  for (const handler of stack.node.children) {
    if (handler.node.id.startsWith('Custom::CDKBucketDeployment')) {
      Validations.of(handler).acknowledge(...acknowledgments);
    }
  }
}
