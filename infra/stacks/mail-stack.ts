import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import { stageName } from '../deployment.ts';

export interface MailStackProps extends StackProps {
  /** The domain all of this stage's mail is sent from (DKIM-signed). */
  readonly mailDomain: string;
}

/** Where a mail-sending function or the user pool sends from: one identity, one configuration set. */
export interface MailIdentity {
  readonly domain: string;
  readonly identityArn: string;
  readonly configurationSetName: string;
}

/**
 * The SES identity of the stage's mail domain and its configuration set. Cognito
 * (verification codes, invitations, password resets) and the app (employer
 * invitations, event confirmations, the coaches' digest) all send through it, so
 * one reputation, one suppression list and one set of metrics cover all mail.
 * The domain is verified by publishing the three DKIM CNAME records this stack
 * outputs (docs/operations.md, "Mail").
 */
export class MailStack extends Stack implements MailIdentity {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly domain: string;

  constructor(scope: Construct, id: string, props: MailStackProps) {
    super(scope, id, props);
    this.domain = props.mailDomain;
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: stageName(this),
      // Bounce and complaint rates per identity in CloudWatch, which SES judges an account by.
      reputationMetrics: true,
      sendingEnabled: true,
      // Never mail again an address that bounced or complained (account-level list, applied here too).
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      // Invitations carry sign-in links: only to servers that accept TLS.
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.mailDomain),
      configurationSet: this.configurationSet,
    });

    new CfnOutput(this, 'MailDomain', { value: props.mailDomain });
    this.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: `CNAME to publish in DNS for ${props.mailDomain}`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
  }

  get identityArn(): string {
    return this.identity.emailIdentityArn;
  }

  get configurationSetName(): string {
    return this.configurationSet.configurationSetName;
  }
}
