import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodeFunction } from './node-function.ts';

/** Lets a function send mail only from the one address, through the one identity (its domain). */
export function grantSendMail(sender: NodeFunction, mailFrom: string): void {
  sender.function.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [
        Stack.of(sender).formatArn({
          service: 'ses',
          resource: 'identity',
          resourceName: mailFrom.split('@')[1] ?? mailFrom,
        }),
      ],
      conditions: { StringEquals: { 'ses:FromAddress': mailFrom } },
    }),
  );
}
