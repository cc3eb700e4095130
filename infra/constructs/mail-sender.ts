import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { MailIdentity } from '../stacks/mail-stack.ts';
import type { NodeFunction } from './node-function.ts';

/**
 * Lets a function send mail only from the one address, through the stage's SES
 * identity and its configuration set, and names both in its environment
 * (MAIL_FROM, MAIL_CONFIGURATION_SET).
 */
export function grantSendMail(sender: NodeFunction, mail: MailIdentity, mailFrom: string): void {
  if (mailFrom.split('@')[1] !== mail.domain) {
    throw new Error(`${mailFrom} is not an address of the mail identity ${mail.domain}`);
  }
  sender.function.addEnvironment('MAIL_FROM', mailFrom);
  sender.function.addEnvironment('MAIL_CONFIGURATION_SET', mail.configurationSetName);
  sender.function.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      // SES authorises a send against both the identity and the configuration set it uses.
      resources: [
        mail.identityArn,
        sender.function.stack.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: mail.configurationSetName,
        }),
      ],
      conditions: { StringEquals: { 'ses:FromAddress': mailFrom } },
    }),
  );
}
