import { CustomDataIdentifier, DataIdentifier, DataProtectionPolicy, LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { stageOf } from '../deployment.ts';

/**
 * Swedish phone numbers as people write them: +46 70-123 45 67, 0046…, 070-123 45 67,
 * 08-123 456 78. CloudWatch has managed phone identifiers for a few countries, not Sweden.
 */
export const swedishPhoneNumber = new CustomDataIdentifier(
  'SwedishPhoneNumber',
  '(\\+46|0046|\\b0)[ -]?[1-9]([ -]?[0-9]){6,9}\\b',
);

/**
 * What CloudWatch masks in every log group of the app: e-mail addresses and phone
 * numbers, which requests, errors and mail jobs can carry. Masked for everyone
 * reading the logs; only a role with logs:Unmask sees them.
 */
export const personalDataMasking = (name: string) =>
  new DataProtectionPolicy({
    name,
    description: 'Masks e-mail addresses and phone numbers in Bryggan logs',
    identifiers: [DataIdentifier.EMAILADDRESS, swedishPhoneNumber],
  });

/** A log group with the stage's retention and removal policy and the personal-data masking policy. */
export function appLogGroup(scope: Construct, id: string): LogGroup {
  const stage = stageOf(scope);
  return new LogGroup(scope, id, {
    retention: stage.logRetention,
    removalPolicy: stage.removalPolicy,
    dataProtectionPolicy: personalDataMasking(`bryggan-${stage.stage}-personal-data`),
  });
}
