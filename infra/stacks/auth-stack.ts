import { Aws, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolDomain,
  UserPoolEmail,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Effect, Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { tenantKeyPattern } from '#shared/db/repositories/tenants';
import { passwordPolicy } from '#shared/domain/password-policy';
import type { Role } from '#shared/schemas/common';
import { NodeFunction } from '../constructs/node-function.ts';
import type { TableBinding } from '../constructs/single-table.ts';
import { stageName, stageOf } from '../deployment.ts';
import { postConfirmationEntry, preSignUpEntry } from '../paths.ts';
import type { MailIdentity } from './mail-stack.ts';

export interface AuthStackProps extends StackProps {
  /** The table, where the pre-sign-up trigger looks the new user's tenant up. */
  readonly data: TableBinding;
  /** The stage's SES identity, which sends Cognito's mail (codes, invitations, resets). */
  readonly mail: MailIdentity;
  /** The sender address of Cognito's mail, in the identity's domain. */
  readonly mailFrom: string;
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
 * set; Cognito runs no post-confirmation for such accounts. The web's app client
 * is made in the web stack (infra/constructs/web-client.ts), next to the
 * distribution whose address it sends users back to.
 */
export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly signInDomain: UserPoolDomain;
  /** The hosted UI's base URL. */
  readonly hostedUiUrl: string;
  /** Puts a user who confirms their own sign-up in `employer` (functions/auth/post-confirmation.ts). */
  readonly postConfirmation: NodeFunction;
  /** Refuses a sign-up whose tenant does not exist (functions/auth/pre-sign-up.ts). */
  readonly preSignUp: NodeFunction;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);
    const stage = stageOf(this);
    if (props.mailFrom.split('@')[1] !== props.mail.domain) {
      throw new Error(`${props.mailFrom} is not an address of the mail identity ${props.mail.domain}`);
    }

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
      userPoolName: stageName(this),
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
      // Through SES, not Cognito's own mail (a few dozen a day): the identity must be verified first.
      email: UserPoolEmail.withSES({
        fromEmail: props.mailFrom,
        fromName: 'Bryggan',
        sesRegion: this.region,
        sesVerifiedDomain: props.mail.domain,
        configurationSetName: props.mail.configurationSetName,
      }),
      deletionProtection: stage.protect,
      removalPolicy: stage.removalPolicy,
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

    // The prefix must be unique in the region; the stage and account id make it so per deployment.
    this.signInDomain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: `${stageName(this)}-${Aws.ACCOUNT_ID}` },
    });
    this.hostedUiUrl = this.signInDomain.baseUrl();

    new CfnOutput(this, 'IssuerUrl', { value: this.issuer });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'HostedUiUrl', { value: this.signInDomain.baseUrl() });
  }

  /** The `iss` claim of the pool's tokens, spelled out: the JWKS lives under it. */
  get issuer(): string {
    return `https://cognito-idp.${this.region}.${this.urlSuffix}/${this.userPool.userPoolId}`;
  }
}
