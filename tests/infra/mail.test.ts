import { beforeAll, describe, expect, inject, it } from 'vitest';
import { onlyResource, readBryggan } from './bryggan-app.ts';
import { logicalIdOf, producedValue, resolvedFrom } from './cross-stack.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

// All mail goes through one SES identity of the stage's domain and its configuration
// set: Cognito's (codes, invitations, resets) and the app's (invitations, event
// confirmations, the digest). Cognito's own mail stops after a few dozen a day.

describe('mail', () => {
  let bryggan: ReturnType<typeof readBryggan>;

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
  });

  it('has a DKIM-signed domain identity with its configuration set', () => {
    const { mail } = bryggan.templates;
    const identity = onlyResource(mail, 'AWS::SES::EmailIdentity').Properties;
    expect(identity.EmailIdentity).toBe('test.bryggan.se');
    expect(identity.ConfigurationSetAttributes).toEqual({
      ConfigurationSetName: { Ref: logicalIdOf(mail, 'AWS::SES::ConfigurationSet') },
    });
    // Easy DKIM is on unless the identity turns it off.
    expect(JSON.stringify(identity.DkimAttributes ?? {})).not.toContain('false');
    expect(onlyResource(mail, 'AWS::SES::ConfigurationSet').Properties).toMatchObject({
      Name: 'bryggan-test',
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
    const outputs = Object.keys(mail.toJSON().Outputs as object);
    expect(outputs).toEqual(expect.arrayContaining(['DkimRecord1', 'DkimRecord2', 'DkimRecord3']));
  });

  it("sends Cognito's mail through SES from that identity and configuration set", () => {
    const { auth, mail } = bryggan.templates;
    const pool = onlyResource(auth, 'AWS::Cognito::UserPool').Properties;
    const email = pool.EmailConfiguration as Record<string, unknown>;
    expect(email.EmailSendingAccount).toBe('DEVELOPER');
    expect(email.From).toBe('Bryggan <no-reply@test.bryggan.se>');
    expect(JSON.stringify(email.SourceArn)).toContain(':identity/test.bryggan.se');
    expect(JSON.stringify(email.SourceArn)).toContain('eu-north-1');
    expect(producedValue(email.ConfigurationSet, mail)).toEqual({
      Ref: logicalIdOf(mail, 'AWS::SES::ConfigurationSet'),
    });
  });

  it('lets the API and every job send only from the address, through the identity and the set', () => {
    const { mail } = bryggan.templates;
    const arn = (kind: string, resource: string) => ({
      'Fn::Join': [
        '',
        [
          'arn:aws:ses:eu-north-1:',
          { Ref: 'AWS::AccountId' },
          `:${kind}/`,
          { Ref: logicalIdOf(mail, resource) },
        ],
      ],
    });
    for (const name of ['api', 'jobs'] as const) {
      const template = bryggan.templates[name];
      const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
        (policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
      );
      const sends = statements.filter((statement) => JSON.stringify(statement.Action).includes('ses:'));
      expect(sends.length, name).toBeGreaterThan(0);
      for (const send of sends) {
        expect(send.Action).toBe('ses:SendEmail');
        expect(send.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@test.bryggan.se' } });
        expect(resolvedFrom(send.Resource, mail)).toEqual([
          arn('configuration-set', 'AWS::SES::ConfigurationSet'),
          arn('identity', 'AWS::SES::EmailIdentity'),
        ]);
      }
      for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
        const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        expect(variables.MAIL_FROM).toBe('no-reply@test.bryggan.se');
        expect(producedValue(variables.MAIL_CONFIGURATION_SET, mail)).toEqual({
          Ref: logicalIdOf(mail, 'AWS::SES::ConfigurationSet'),
        });
      }
    }
  });
});
