import { Duration } from 'aws-cdk-lib';
import {
  ClientAttributes,
  type IUserPool,
  OAuthScope,
  UserPoolClient,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface WebClientProps {
  readonly userPool: IUserPool;
  /**
   * The web app's origin (https://…, no trailing slash), where the hosted UI sends
   * the user back: the CloudFront domain of the same deployment, or a token for it.
   */
  readonly webOrigin: string;
}

/**
 * The public app client the web signs in with: SRP or the hosted UI with PKCE,
 * back to this deployment's own web address. It lives with the distribution (the
 * web stack), so its callback URL is the distribution's domain from the first
 * deploy on, and no later deploy can forget it.
 */
export class WebClient extends Construct {
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: WebClientProps) {
    super(scope, id);
    const { webOrigin } = props;
    this.client = new UserPoolClient(this, 'Client', {
      userPool: props.userPool,
      userPoolClientName: 'web',
      // A browser cannot keep a secret; the hosted UI flow uses PKCE instead.
      generateSecret: false,
      authFlows: { userSrp: true },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${webOrigin}/auth/callback`],
        logoutUrls: [`${webOrigin}/sign-in`],
      },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // A working day; staff use shared municipal computers.
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('tenant', 'employerId'),
      // What SignUp may set (shared/schemas/sign-up.ts, selfSignUpAttributes; the test checks
      // they agree). The tenant is writable so the sign-up page can set it, and only then: the
      // pool makes it immutable, so UpdateUserAttributes can never move a user to another
      // municipality, and pre-sign-up refuses one that does not exist. The employer link is
      // written by the API, never by the user.
      writeAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, fullname: true })
        .withCustomAttributes('tenant'),
    });
  }
}
