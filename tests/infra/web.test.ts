import { createHash } from 'node:crypto';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { referencePage } from '#api/openapi/reference-page';
import { buildBryggan, onlyResource, readBryggan, webDistFixture } from './bryggan-app.ts';
import { logicalIdOf, producedValue } from './cross-stack.ts';

interface Behaviour {
  PathPattern?: string;
  TargetOriginId: string;
  CachePolicyId: string;
  OriginRequestPolicyId?: string;
  ResponseHeadersPolicyId: unknown;
  ViewerProtocolPolicy: string;
  AllowedMethods?: string[];
  FunctionAssociations?: { EventType: string; FunctionARN: unknown }[];
}

interface Origin {
  Id: string;
  DomainName: unknown;
  CustomOriginConfig?: unknown;
  OriginAccessControlId?: unknown;
}

interface DistributionConfig {
  DefaultRootObject: string;
  DefaultCacheBehavior: Behaviour;
  CacheBehaviors: Behaviour[];
  CustomErrorResponses?: unknown;
  Origins: Origin[];
  Logging?: unknown;
}

const distributionConfig = (template: Template) =>
  onlyResource(template, 'AWS::CloudFront::Distribution').Properties.DistributionConfig as DistributionConfig;

/** The security headers of the response headers policy a behaviour names, failing loudly if none. */
const headersOf = (template: Template, behaviour: Behaviour | undefined) => {
  if (!behaviour) throw new Error('No such behaviour');
  const { Ref } = behaviour.ResponseHeadersPolicyId as { Ref: string };
  const policy = template.findResources('AWS::CloudFront::ResponseHeadersPolicy')[Ref];
  if (!policy) throw new Error(`No response headers policy ${Ref}`);
  return (
    policy.Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: Record<string, Record<string, unknown>>;
    }
  ).SecurityHeadersConfig;
};

/** The security headers of the site itself. */
const securityHeaders = (template: Template) =>
  headersOf(template, distributionConfig(template).DefaultCacheBehavior);

const behaviourFor = (config: DistributionConfig, pathPattern: string) =>
  config.CacheBehaviors.find((behaviour) => behaviour.PathPattern === pathPattern);

const deployments = (template: Template) =>
  Object.values(template.findResources('Custom::CDKBucketDeployment')) as {
    Properties: Record<string, unknown>;
  }[];

/** The values spliced into config.json at deploy time: the markers of the deployment that writes it. */
const configValues = (template: Template) => {
  const entry = deployments(template).find((deployment) => !deployment.Properties.DestinationBucketKeyPrefix);
  const markers = (entry?.Properties.SourceMarkers ?? []) as Record<string, unknown>[];
  return markers.flatMap((marker) => Object.values(marker));
};

describe('web stack', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  let config: DistributionConfig;

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
    config = distributionConfig(bryggan.templates.web);
  });

  describe('site bucket', () => {
    it('blocks public access, is encrypted and writes access logs', () => {
      bryggan.templates.web.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 's3/' }),
      });
    });

    it('refuses requests without TLS, on every bucket', () => {
      const buckets = Object.keys(bryggan.templates.web.findResources('AWS::S3::Bucket'));
      const policies = Object.values(bryggan.templates.web.findResources('AWS::S3::BucketPolicy'));
      for (const bucket of buckets) {
        const policy = policies.find((candidate) =>
          JSON.stringify(candidate.Properties.Bucket).includes(bucket),
        );
        expect(policy?.Properties.PolicyDocument.Statement).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        );
      }
    });

    it('is read by CloudFront through origin access control only', () => {
      const s3Origin = config.Origins.find((origin) => origin.OriginAccessControlId !== undefined);
      expect(s3Origin).toBeDefined();
      expect(config.DefaultCacheBehavior.TargetOriginId).toBe(s3Origin?.Id);
      bryggan.templates.web.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: Match.objectLike({
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
        }),
      });
    });
  });

  describe('distribution', () => {
    it('serves index.html at the root and logs requests', () => {
      expect(config.DefaultRootObject).toBe('index.html');
      expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(config.Logging).toMatchObject({ Prefix: 'cloudfront/' });
    });

    it('routes /v1/* to the HTTP API, uncached, with every viewer header but Host', () => {
      const api = config.CacheBehaviors.find((behaviour) => behaviour.PathPattern === '/v1/*');
      expect(api).toMatchObject({
        CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
        OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
        ViewerProtocolPolicy: 'https-only',
        AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
      });
      const origin = config.Origins.find((candidate) => candidate.Id === api?.TargetOriginId)!;
      expect(origin.CustomOriginConfig).toEqual({
        OriginProtocolPolicy: 'https-only',
        OriginSSLProtocols: ['TLSv1.2'],
      });
      const [, [apiId, ...host]] = (origin.DomainName as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
      // The HTTP API is made in this stack, in the stage's region; its routes are the API stack's.
      expect(host[0]).toBe('.execute-api.eu-north-1.');
      expect(apiId).toEqual({ Ref: logicalIdOf(bryggan.templates.web, 'AWS::ApiGatewayV2::Api') });
    });

    it('falls back to index.html for app routes without touching API errors', () => {
      // Distribution-wide error pages would turn the API's 404 problem documents into the SPA.
      expect(config.CustomErrorResponses).toBeUndefined();
      expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
        { EventType: 'viewer-request', FunctionARN: expect.anything() },
      ]);
      const api = config.CacheBehaviors.find((behaviour) => behaviour.PathPattern === '/v1/*');
      expect(api?.FunctionAssociations).toBeUndefined();
    });

    it('rewrites client-side routes, and only those, to /index.html', () => {
      const code = onlyResource(bryggan.templates.web, 'AWS::CloudFront::Function').Properties
        .FunctionCode as string;
      const handler = new Function(`${code}; return handler;`)() as (event: { request: { uri: string } }) => {
        uri: string;
      };
      const served = (uri: string) => handler({ request: { uri } }).uri;
      expect(served('/')).toBe('/index.html');
      expect(served('/employers/01J0ABC')).toBe('/index.html');
      expect(served('/auth/callback')).toBe('/index.html');
      // Each municipality's sign-up page.
      expect(served('/malmo/registrera')).toBe('/index.html');
      expect(served('/assets/index-C6L200Te.js')).toBe('/assets/index-C6L200Te.js');
      expect(served('/config.json')).toBe('/config.json');
    });

    it('sends the same security headers on the site and on the API', () => {
      expect(behaviourFor(config, '/v1/*')?.ResponseHeadersPolicyId).toEqual(
        config.DefaultCacheBehavior.ResponseHeadersPolicyId,
      );
    });

    it('routes /docs to the API as well, uncached, for GET and HEAD only', () => {
      const docs = behaviourFor(config, '/docs');
      expect(docs).toMatchObject({
        TargetOriginId: behaviourFor(config, '/v1/*')?.TargetOriginId,
        CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
        OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
        ViewerProtocolPolicy: 'redirect-to-https',
      });
      expect(docs?.AllowedMethods ?? ['GET', 'HEAD']).toEqual(['GET', 'HEAD']);
      expect(docs?.FunctionAssociations).toBeUndefined();
      // One API origin for both behaviours.
      expect(config.Origins.filter((origin) => origin.CustomOriginConfig)).toHaveLength(1);
    });
  });

  describe('security headers', () => {
    it('sets HSTS for at least a year, with subdomains', () => {
      const hsts = securityHeaders(bryggan.templates.web).StrictTransportSecurity;
      expect(hsts).toMatchObject({ IncludeSubdomains: true, Override: true });
      expect(hsts?.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(365 * 24 * 3600);
    });

    it('sets nosniff, denies framing and keeps the referrer on our own origin', () => {
      const headers = securityHeaders(bryggan.templates.web);
      expect(headers.ContentTypeOptions).toEqual({ Override: true });
      expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
      expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'same-origin', Override: true });
    });

    it('has a CSP without inline code that allows calls to our origin and Cognito', () => {
      const csp = JSON.stringify(securityHeaders(bryggan.templates.web).ContentSecurityPolicy);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "connect-src 'self' https://cognito-idp.",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    });
  });

  describe('security headers of the API reference page', () => {
    it('allow the page its own inline style, by hash, and nothing else inline', async () => {
      const page = String(await referencePage({ paths: { '/health': { get: { summary: 'Health' } } } }));
      const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
      expect(styles).toHaveLength(1);
      const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');

      const docs = headersOf(bryggan.templates.web, behaviourFor(config, '/docs'));
      const csp = docs.ContentSecurityPolicy?.ContentSecurityPolicy as string;
      expect(csp).toContain(`style-src 'sha256-${hash}';`);
      for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('cognito');
    });

    it('keep HSTS, nosniff and framing denied like the rest of the site', () => {
      const docs = headersOf(bryggan.templates.web, behaviourFor(config, '/docs'));
      const site = securityHeaders(bryggan.templates.web);
      expect({ ...docs, ContentSecurityPolicy: null }).toEqual({ ...site, ContentSecurityPolicy: null });
    });
  });

  describe('content', () => {
    it('refuses to deploy without a web build, saying how to make one', () => {
      // An error annotation on the content: the synthesis (and so `cdk deploy`) stops there.
      expect(() => buildBryggan({ allowMissingWebBuild: false }, { bundling: false })).toThrow(
        /No web build in .*no-such-dist: the site would answer 403\. Run `npm run build:web`/,
      );
    });

    it('fills config.json with the region, the user pool, the web client and the hosted UI', () => {
      const { auth, web } = bryggan.templates;
      expect(configValues(web).map((value) => producedValue(value, auth))).toEqual([
        { Ref: logicalIdOf(auth, 'AWS::Cognito::UserPool') },
        { Ref: logicalIdOf(web, 'AWS::Cognito::UserPoolClient') },
        { Ref: logicalIdOf(auth, 'AWS::Cognito::UserPoolDomain') },
      ]);
      expect(JSON.stringify(securityHeaders(web).ContentSecurityPolicy)).toContain('.amazoncognito.com');
    });

    it('uploads a web build: hashed assets cached for a year, the rest revalidated', () => {
      // No function changes here, so esbuild may rest.
      const built = buildBryggan({ webDistPath: webDistFixture }, { bundling: false });
      const all = deployments(built.templates.web);
      expect(all).toHaveLength(2);
      const hashed = all.find((deployment) => deployment.Properties.DestinationBucketKeyPrefix === 'assets/');
      const entry = all.find((deployment) => deployment.Properties.DestinationBucketKeyPrefix === undefined);
      expect(hashed?.Properties.SystemMetadata).toEqual({
        'cache-control': 'public, max-age=31536000, immutable',
      });
      expect(entry?.Properties.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
      expect(entry?.Properties.SourceObjectKeys).toHaveLength(2);
      built.templates.web.hasResource('Custom::CDKBucketDeployment', {
        Properties: Match.objectLike({ DistributionPaths: ['/*'] }),
        DependsOn: Match.arrayWith([Match.stringLikeRegexp('^ContentHashedAssets')]),
      });
    });
  });

  it('publishes the web URL', () => {
    bryggan.templates.web.hasOutput('WebUrl', {
      Value: {
        'Fn::Join': [
          '',
          [
            'https://',
            {
              'Fn::GetAtt': [
                logicalIdOf(bryggan.templates.web, 'AWS::CloudFront::Distribution'),
                'DomainName',
              ],
            },
          ],
        ],
      },
    });
  });
});
