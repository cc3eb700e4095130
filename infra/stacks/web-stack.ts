import { CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionEventType,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { referenceStyle } from '#api/openapi/reference-page';
import { AccessLogBucket } from '../constructs/access-log-bucket.ts';
import { inlineStyleSource, SecurityHeaders } from '../constructs/security-headers.ts';
import { SpaRouting } from '../constructs/spa-routing.ts';
import { WebContent } from '../constructs/web-content.ts';

export interface WebSignIn {
  readonly userPoolId: string;
  readonly clientId: string;
  /** The hosted UI's base URL, when the client may sign in through it. */
  readonly hostedUiUrl: string | undefined;
}

export interface WebStackProps extends StackProps {
  /** The HTTP API's host name, the origin for /v1/* and /docs. */
  readonly apiDomainName: string;
  readonly signIn: WebSignIn;
  /** The Vite build output (web/dist); deployed only if it exists. */
  readonly distPath: string;
}

/**
 * The web app from a private bucket behind CloudFront, and the API under /v1 (and
 * its reference page at /docs) on the same distribution: one origin for the
 * browser, so no CORS and a strict CSP.
 */
export class WebStack extends Stack {
  readonly distribution: Distribution;
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const { signIn } = props;
    const logs = new AccessLogBucket(this, 'AccessLogs').bucket;

    this.bucket = new Bucket(this, 'Site', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/',
    });

    const cognitoApi = `https://cognito-idp.${this.region}.${this.urlSuffix}`;
    const headers = new SecurityHeaders(this, 'SecurityHeaders', {
      comment: 'Bryggan security headers',
      connectSources: [cognitoApi, ...(signIn.hostedUiUrl ? [signIn.hostedUiUrl] : [])],
    }).policy;
    // The API's reference page is server-rendered with one inline <style> and no script.
    const docsHeaders = new SecurityHeaders(this, 'DocsSecurityHeaders', {
      comment: 'Bryggan security headers for the API reference page',
      styleSources: [inlineStyleSource(referenceStyle)],
    }).policy;
    const api = new HttpOrigin(props.apiDomainName, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    // Everything but Host, which API Gateway needs to be its own. With caching
    // disabled this policy also passes the Authorization header on.
    const toApi = {
      origin: api,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    const spaRouting = new SpaRouting(this, 'SpaRouting').function;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Bryggan web app and API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Edge locations in Europe and North America: the users are in Sweden.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/v1/*': {
          ...toApi,
          // A redirect would turn a POST into a GET; API clients must use HTTPS from the start.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          responseHeadersPolicy: headers,
        },
        // Uncached too: the page follows the API that the same deploy put live.
        '/docs': {
          ...toApi,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          responseHeadersPolicy: docsHeaders,
        },
      },
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'No geo restriction: employers and participants may sign in while travelling abroad.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF yet: the API is throttled on its stage and checks every token itself; a web ACL ' +
          '(created in us-east-1) is the next step if abuse shows up in the access logs.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate, whose TLS floor CloudFront fixes; ' +
          'TLSv1.2_2021 is set together with a custom domain and its certificate.',
      },
    );

    new WebContent(this, 'Content', {
      bucket: this.bucket,
      distribution: this.distribution,
      distPath: props.distPath,
      config: {
        region: this.region,
        userPoolId: signIn.userPoolId,
        clientId: signIn.clientId,
        ...(signIn.hostedUiUrl ? { domain: signIn.hostedUiUrl } : {}),
      },
    });

    new CfnOutput(this, 'WebUrl', { value: `https://${this.distribution.distributionDomainName}` });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'SiteBucketName', { value: this.bucket.bucketName });
  }
}
