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
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { originHeader } from '#api/middleware/origin-check';
import { referenceStyle } from '#api/openapi/reference-page';
import { AccessLogBucket } from '../constructs/access-log-bucket.ts';
import { ProxyApi } from '../constructs/proxy-api.ts';
import { inlineStyleSource, SecurityHeaders } from '../constructs/security-headers.ts';
import { SpaRouting } from '../constructs/spa-routing.ts';
import { WebClient } from '../constructs/web-client.ts';
import { WebContent } from '../constructs/web-content.ts';
import { stageOf } from '../deployment.ts';

export interface WebSignIn {
  readonly userPool: IUserPool;
  /** The hosted UI's base URL. */
  readonly hostedUiUrl: string;
}

export interface WebStackProps extends StackProps {
  readonly signIn: WebSignIn;
  /** The Vite build output (web/dist). */
  readonly distPath: string;
  /** Synthesise without a web build (tests of other resources only); see WebContent. */
  readonly allowMissingBuild?: boolean;
  /** The CLOUDFRONT-scope web ACL (edge stack, us-east-1). */
  readonly webAclArn: string;
}

/**
 * The web app from a private bucket behind CloudFront, and the API under /v1 (and
 * its reference page at /docs) on the same distribution: one origin for the
 * browser, so no CORS and a strict CSP. Also the HTTP API itself (its routes and
 * function are the API stack's) and the web's Cognito app client, whose callback
 * is this distribution's address: so one deploy signs people in.
 */
export class WebStack extends Stack {
  readonly distribution: Distribution;
  readonly bucket: Bucket;
  readonly api: ProxyApi;
  readonly webClient: WebClient;
  /** The value CloudFront sends in the origin header; the API refuses requests without it. */
  readonly originSecret: Secret;
  /** `https://<distribution domain>`: where users and links in mail go. */
  readonly webUrl: string;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const { signIn } = props;
    const logs = new AccessLogBucket(this, 'AccessLogs').bucket;
    this.api = new ProxyApi(this, 'Api', { throttle: stageOf(this).apiThrottle });

    // CloudFront adds it to every request to the API; the API answers 403 without it
    // (functions/api/middleware/origin-check.ts), so the execute-api address is no way around
    // the WAF. A viewer's own header of that name is overwritten by CloudFront's.
    this.originSecret = new Secret(this, 'OriginSecret', {
      description: 'The header value CloudFront sends to the API, which refuses requests without it',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'CloudFront reads the value at deploy time (a dynamic reference in the distribution), so a rotation ' +
        'function would break the API until the next deploy; docs/operations.md says how to replace it.',
    });

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
      connectSources: [cognitoApi, signIn.hostedUiUrl],
    }).policy;
    // The API's reference page is server-rendered with one inline <style> and no script.
    const docsHeaders = new SecurityHeaders(this, 'DocsSecurityHeaders', {
      comment: 'Bryggan security headers for the API reference page',
      styleSources: [inlineStyleSource(referenceStyle)],
    }).policy;
    const api = new HttpOrigin(this.api.domainName, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      customHeaders: { [originHeader]: this.originSecret.secretValue.unsafeUnwrap() },
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
      webAclId: props.webAclArn,
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
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate, whose TLS floor CloudFront fixes; ' +
          'TLSv1.2_2021 is set together with a custom domain and its certificate.',
      },
    );

    this.webUrl = `https://${this.distribution.distributionDomainName}`;
    this.webClient = new WebClient(this, 'WebClient', { userPool: signIn.userPool, webOrigin: this.webUrl });

    new WebContent(this, 'Content', {
      bucket: this.bucket,
      distribution: this.distribution,
      distPath: props.distPath,
      ...(props.allowMissingBuild ? { allowMissingBuild: true } : {}),
      config: {
        region: this.region,
        userPoolId: signIn.userPool.userPoolId,
        clientId: this.webClient.client.userPoolClientId,
        domain: signIn.hostedUiUrl,
      },
    });

    new CfnOutput(this, 'WebUrl', { value: this.webUrl });
    new CfnOutput(this, 'UserPoolClientId', { value: this.webClient.client.userPoolClientId });
    new CfnOutput(this, 'ApiEndpoint', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'SiteBucketName', { value: this.bucket.bucketName });
  }
}
