import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Effect, Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { tenantKeyPattern } from '#shared/db/repositories/tenants';
import { passwordPolicy } from '#shared/domain/password-policy';
import type { Role } from '#shared/schemas/common';
import { NodeFunction } from '../constructs/node-function.ts';
import type { TableBinding } from '../constructs/single-table.ts';
import { postConfirmationEntry, preSignUpEntry } from '../paths.ts';

export interface AuthStackProps extends StackProps {
  /** The table, where the pre-sign-up trigger looks the new user's tenant up. */
  readonly data: TableBinding;
  /**
   * The web app's public origin (https://…, no trailing slash). The hosted UI may
   * only redirect to URLs registered on the client, and the CloudFront address is
   * known only after the web stack exists, so it is passed in (`-c webUrl=…`) on
   * the second deploy. Without it the client has no hosted-UI sign-in.
   */
  readonly webUrl?: string;
}

const groups: { name: Role; description: string }[] = [
  { name: 'admin', description: 'Administratör: tenant settings, users, and everything a coach can do' },
  { name: 'coach', description: 'Arbetskonsulent: employers, participants, matching, support calls, forums' },
  { name: 'employer', description: 'Arbetsgivare: own company, placements and proposals' },
];

/**
 * The Cognito user pool. Employers sign themselves up (with their tenant), a
 * pre-sign-up trigger refuses a tenant that does not exist, and a
 * post-confirmation trigger puts them in `employer`, the group the API requires.
 * Coaches and admins are created by an administrator with their group and tenant
 * set; Cognito runs no post-confirmation for such accounts.
 */
export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly signInDomain: UserPoolDomain;
  /** The hosted UI's base URL, when the client may sign in through it. */
  readonly hostedUiUrl: string | undefined;
  /** Puts a user who confirms their own sign-up in `employer` (functions/auth/post-confirmation.ts). */
  readonly postConfirmation: NodeFunction;
  /** Refuses a sign-up whose tenant does not exist (functions/auth/pre-sign-up.ts). */
  readonly preSignUp: NodeFunction;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);

    this.preSignUp = new NodeFunction(this, 'PreSignUp', {
      entry: preSignUpEntry,
      description: 'the Cognito pre-sign-up trigger that refuses a sign-up for a tenant that does not exist',
      // Within Cognito's 5 seconds, like the post-confirmation trigger.
      memorySize: 512,
      timeout: Duration.seconds(5),
      environment: { POWERTOOLS_SERVICE_NAME: 'bryggan-auth', TABLE_NAME: props.data.table.tableName },
    });
    // One item read, and only of tenant items: the leading (partition) key must
    // have the tenant key's shape, so this role cannot read a participant.
    this.preSignUp.function.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['dynamodb:GetItem'],
        resources: [props.data.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [tenantKeyPattern] } },
      }),
    );

    this.postConfirmation = new NodeFunction(this, 'PostConfirmation', {
      entry: postConfirmationEntry,
      description: 'the Cognito post-confirmation trigger that puts self-registered employers in their group',
      // Cognito waits at most 5 seconds for a trigger before failing the user's
      // request; CPU grows with memory, and it runs once per sign-up, so be generous.
      memorySize: 512,
      timeout: Duration.seconds(5),
      environment: { POWERTOOLS_SERVICE_NAME: 'bryggan-auth' },
    });

    this.userPool = new UserPool(this, 'Users', {
      lambdaTriggers: {
        preSignUp: this.preSignUp.function,
        postConfirmation: this.postConfirmation.function,
      },
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed address only takes effect once verified, so a typo cannot lock anyone out.
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        // Set once at sign-up (or by an admin at creation): a user never changes municipality.
        tenant: new StringAttribute({ mutable: false }),
        employerId: new StringAttribute({ mutable: true }),
      },
      // The sign-up page checks a new password against the same rules before Cognito does.
      passwordPolicy: {
        ...passwordPolicy,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      // Coaches read GDPR art. 9 data about participants, so every account has a
      // second factor. TOTP only: SMS costs per message and is open to SIM swapping.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus adds threat protection: blocks sign-ins with leaked passwords and risky attempts.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      // A code, not a link: the sign-up page (/{tenant}/registrera) asks for it and calls ConfirmSignUp.
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: 'Din verifieringskod för Bryggan',
        emailBody: 'Din verifieringskod är {####}.',
      },
      userInvitation: {
        emailSubject: 'Välkommen till Bryggan',
        emailBody: 'Ditt användarnamn är {username} och ditt tillfälliga lösenord är {####}.',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // The pool references the function, so the function's role may not wait for
    // the pool: a grant through the role's default policy (which the function
    // depends on) would be a dependency cycle. A separate policy, attached to the
    // role after both exist, can name this one pool by its ARN.
    this.postConfirmation.role.attachInlinePolicy(
      new Policy(this, 'PostConfirmationAddToGroup', {
        statements: [
          new PolicyStatement({
            effect: Effect.ALLOW,
            actions: ['cognito-idp:AdminAddUserToGroup'],
            resources: [this.userPool.userPoolArn],
          }),
        ],
      }),
    );

    groups.forEach(({ name, description }, precedence) => {
      this.userPool.addGroup(`Group-${name}`, { groupName: name, description, precedence });
    });

    // The prefix must be unique in the region; the account id makes it so per deployment.
    this.signInDomain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: `bryggan-${Aws.ACCOUNT_ID}` },
    });

    const webUrl = props.webUrl ? normaliseOrigin(props.webUrl) : undefined;
    this.webClient = this.userPool.addClient('WebClient', {
      userPoolClientName: 'web',
      // A browser cannot keep a secret; the hosted UI flow uses PKCE instead.
      generateSecret: false,
      authFlows: { userSrp: true },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      ...(webUrl
        ? {
            oAuth: {
              flows: { authorizationCodeGrant: true },
              scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
              callbackUrls: [`${webUrl}/auth/callback`],
              logoutUrls: [`${webUrl}/sign-in`],
            },
          }
        : { disableOAuth: true }),
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
    this.hostedUiUrl = webUrl ? this.signInDomain.baseUrl() : undefined;

    new CfnOutput(this, 'IssuerUrl', { value: this.issuer });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.webClient.userPoolClientId });
    new CfnOutput(this, 'HostedUiUrl', { value: this.signInDomain.baseUrl() });
  }

  /** The `iss` claim of the pool's tokens, spelled out: the JWKS lives under it. */
  get issuer(): string {
    return `https://cognito-idp.${this.region}.${this.urlSuffix}/${this.userPool.userPoolId}`;
  }
}

function normaliseOrigin(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new Error(`webUrl must be an https URL, got ${url}`);
  return parsed.origin;
}
