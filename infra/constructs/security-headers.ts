import { createHash } from 'node:crypto';
import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

export interface SecurityHeadersProps {
  /** Told apart in the console: policies of one account share a list. */
  readonly comment: string;
  /** Origins besides our own that the page calls with fetch (Cognito). */
  readonly connectSources?: readonly string[];
  /** Where styles may come from; our own origin unless given. */
  readonly styleSources?: readonly string[];
}

/** A CSP source that allows exactly one inline `<style>` whose text content is `css`. */
export const inlineStyleSource = (css: string) =>
  `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * The response headers every answer carries. The CSP fits a Vite-built React
 * app: scripts and styles only from our origin (no inline code), API calls to our
 * own origin (/v1 is served through the same distribution) and to Cognito. A
 * server-rendered page with an inline style allows that style by hash instead.
 */
export class SecurityHeaders extends Construct {
  readonly policy: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    const contentSecurityPolicy = [
      "default-src 'self'",
      "script-src 'self'",
      `style-src ${(props.styleSources ?? ["'self'"]).join(' ')}`,
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src ${["'self'", ...(props.connectSources ?? [])].join(' ')}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      'upgrade-insecure-requests',
    ].join('; ');

    this.policy = new ResponseHeadersPolicy(this, 'Policy', {
      comment: props.comment,
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentSecurityPolicy: { contentSecurityPolicy, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        // Cancel links carry a token in the path; it must not leak to other sites.
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=()',
            override: true,
          },
        ],
      },
    });
  }
}
