import { App } from 'aws-cdk-lib';
import { BUNDLING_STACKS } from 'aws-cdk-lib/cx-api';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { passwordPolicy } from '#shared/domain/password-policy';
import { selfSignUpAttributes } from '#shared/schemas/sign-up';
import { AuthStack } from '../../infra/stacks/auth-stack.ts';
import { DataStack } from '../../infra/stacks/data-stack.ts';
import { MailStack } from '../../infra/stacks/mail-stack.ts';
import { onlyResource, readBryggan } from './bryggan-app.ts';
import { logicalIdOf, producedValue } from './cross-stack.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
}

const actionsOf = (statement: Statement) =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

/** The auth stack (and the table and mail it needs), constructed but neither synthesised nor bundled. */
function authStack(mailFrom = 'no-reply@kommun.example.se'): AuthStack {
  const app = new App({ context: { [BUNDLING_STACKS]: [] } });
  const mail = new MailStack(app, 'mail', { mailDomain: 'kommun.example.se' });
  return new AuthStack(app, 'auth', { data: new DataStack(app, 'data').data, mail, mailFrom });
}

describe('auth stack', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  let pool: Record<string, unknown>;
  let client: Record<string, unknown>;

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
    pool = onlyResource(bryggan.templates.auth, 'AWS::Cognito::UserPool').Properties;
    // The web client lives with the distribution it sends users back to (the web stack).
    client = onlyResource(bryggan.templates.web, 'AWS::Cognito::UserPoolClient').Properties;
  });

  describe('user pool', () => {
    it('keeps the tenant immutable and the employer link mutable', () => {
      expect(pool.Schema).toEqual(
        expect.arrayContaining([
          { Name: 'tenant', AttributeDataType: 'String', Mutable: false },
          { Name: 'employerId', AttributeDataType: 'String', Mutable: true },
        ]),
      );
    });

    it('has the three role groups the API knows', () => {
      const groups = Object.values(bryggan.templates.auth.findResources('AWS::Cognito::UserPoolGroup'));
      expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([
        'admin',
        'coach',
        'employer',
      ]);
    });

    it('lets employers sign up themselves, by e-mail', () => {
      expect(pool.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: false });
      expect(pool.UsernameAttributes).toEqual(['email']);
      expect(pool.AutoVerifiedAttributes).toEqual(['email']);
    });

    it('requires strong passwords (the rules the sign-up page checks) and a TOTP second factor', () => {
      expect(passwordPolicy.minLength).toBeGreaterThanOrEqual(12);
      expect(pool.Policies).toEqual({
        PasswordPolicy: expect.objectContaining({
          MinimumLength: passwordPolicy.minLength,
          RequireLowercase: passwordPolicy.requireLowercase,
          RequireUppercase: passwordPolicy.requireUppercase,
          RequireNumbers: passwordPolicy.requireDigits,
          RequireSymbols: passwordPolicy.requireSymbols,
        }),
      });
      expect(pool.MfaConfiguration).toBe('ON');
      expect(pool.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    });

    it('enforces threat protection on the Plus plan', () => {
      expect(pool.UserPoolTier).toBe('PLUS');
      expect(pool.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    });

    it('may be removed with a test stage (prod keeps it: tests/infra/deployment.test.ts)', () => {
      expect(pool.DeletionProtection).toBe('INACTIVE');
      bryggan.templates.auth.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete' });
    });

    it('refuses a sender outside the mail identity', () => {
      expect(() => authStack('no-reply@elsewhere.example.com')).toThrow(/not an address of/);
      expect(() => authStack()).not.toThrow();
    });
  });

  describe('web client', () => {
    it('is public (no secret) and signs in with SRP', () => {
      expect(client.GenerateSecret).toBe(false);
      expect(client.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
      expect(client.PreventUserExistenceErrors).toBe('ENABLED');
    });

    it('lets users write their tenant, name and e-mail at sign-up but never their employer link', () => {
      // SignUp sends custom:tenant; the API alone links an employer account to its company.
      expect([...(client.WriteAttributes as string[])].sort()).toEqual(['custom:tenant', 'email', 'name']);
      expect(client.ReadAttributes).toEqual(expect.arrayContaining(['custom:tenant', 'custom:employerId']));
    });

    it('writes at sign-up exactly what the sign-up page sends, so the tenant is set only then', () => {
      // The page's SignUp call sends selfSignUpAttributes (tests/unit/cognito-sign-up.test.ts);
      // the client may write those and nothing more.
      expect([...(client.WriteAttributes as string[])].sort()).toEqual([...selfSignUpAttributes].sort());
      // Writable by the client but immutable in the pool: set at SignUp, refused by
      // UpdateUserAttributes afterwards, so nobody moves their account to another municipality.
      const tenant = (pool.Schema as { Name: string; Mutable?: boolean }[]).find((a) => a.Name === 'tenant');
      expect(tenant?.Mutable).toBe(false);
    });

    it('confirms a sign-up with an e-mailed code, which the sign-up page asks for', () => {
      expect(pool.VerificationMessageTemplate).toMatchObject({ DefaultEmailOption: 'CONFIRM_WITH_CODE' });
      expect(pool.AutoVerifiedAttributes).toEqual(['email']);
    });

    it('needs no secret and no password flow for the sign-up page: SignUp and ConfirmSignUp are public calls', () => {
      // The page calls Cognito from the browser with the client id only; signing in afterwards
      // goes through the hosted UI (SRP/PKCE), never by sending the password to an API.
      expect(client.GenerateSecret).toBe(false);
      const flows = client.ExplicitAuthFlows as string[];
      for (const flow of ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH'])
        expect(flows).not.toContain(flow);
      expect(pool.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: false });
    });

    it("belongs to this stage's pool", () => {
      const { auth } = bryggan.templates;
      expect(producedValue(client.UserPoolId, auth)).toEqual({
        Ref: logicalIdOf(auth, 'AWS::Cognito::UserPool'),
      });
    });
  });

  describe('triggers', () => {
    type Trigger = 'PreSignUp' | 'PostConfirmation';
    const triggerId = (trigger: Trigger) =>
      (pool.LambdaConfig as Record<Trigger, { 'Fn::GetAtt': [string, string] }>)[trigger]['Fn::GetAtt'][0];
    const functionOf = (trigger: Trigger) =>
      bryggan.templates.auth.findResources('AWS::Lambda::Function')[triggerId(trigger)]!.Properties;
    const roleOf = (trigger: Trigger) => ({
      Ref: (functionOf(trigger).Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0],
    });
    /** Every statement of every policy attached to the trigger's role. */
    const statementsOf = (trigger: Trigger) =>
      Object.values(bryggan.templates.auth.findResources('AWS::IAM::Policy'))
        .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([roleOf(trigger)]))
        .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    const poolArn = () => ({
      'Fn::GetAtt': [logicalIdOf(bryggan.templates.auth, 'AWS::Cognito::UserPool'), 'Arn'],
    });

    it('checks the tenant before sign-up and sets the group after confirmation, on Node.js 22 arm64', () => {
      expect(Object.keys(pool.LambdaConfig as object).sort()).toEqual(['PostConfirmation', 'PreSignUp']);
      expect(Object.keys(bryggan.templates.auth.findResources('AWS::Lambda::Function'))).toHaveLength(2);
      for (const trigger of ['PreSignUp', 'PostConfirmation'] as const) {
        const fn = functionOf(trigger);
        expect(fn).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
        });
        // Cognito gives a trigger 5 seconds.
        expect(fn.Timeout).toBeLessThanOrEqual(5);
        // Their events carry e-mail addresses and names: none of it goes into a trace.
        expect((fn.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
          POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
          POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
        });
      }
    });

    it('may be invoked by this pool only', () => {
      for (const trigger of ['PreSignUp', 'PostConfirmation'] as const) {
        bryggan.templates.auth.hasResourceProperties('AWS::Lambda::Permission', {
          Action: 'lambda:InvokeFunction',
          FunctionName: { 'Fn::GetAtt': [triggerId(trigger), 'Arn'] },
          Principal: 'cognito-idp.amazonaws.com',
          SourceArn: poolArn(),
        });
      }
    });

    it('lets post-confirmation add users to groups of this pool, by its ARN, and do nothing else in Cognito', () => {
      const policies = Object.values(bryggan.templates.auth.findResources('AWS::IAM::Policy'));
      const cognito = policies.flatMap((policy) =>
        (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.filter((statement) =>
          actionsOf(statement).some((action) => action.startsWith('cognito-idp:')),
        ).map((statement) => ({ statement, roles: policy.Properties.Roles })),
      );
      expect(cognito).toEqual([
        {
          statement: { Action: 'cognito-idp:AdminAddUserToGroup', Effect: 'Allow', Resource: poolArn() },
          roles: [roleOf('PostConfirmation')],
        },
      ]);
      expect(JSON.stringify(cognito)).not.toContain('*');
      expect(JSON.stringify(statementsOf('PostConfirmation'))).not.toContain('dynamodb:');
    });

    it('tells pre-sign-up which table holds the tenants', () => {
      const { Variables } = functionOf('PreSignUp').Environment as { Variables: Record<string, unknown> };
      const { data } = bryggan.templates;
      expect(producedValue(Variables.TABLE_NAME, data)).toEqual({
        Ref: logicalIdOf(data, 'AWS::DynamoDB::Table'),
      });
    });

    it('lets pre-sign-up read tenant items of the table, one at a time, and nothing else', () => {
      const { data } = bryggan.templates;
      const statements = statementsOf('PreSignUp');
      const dynamo = statements.filter((statement) =>
        actionsOf(statement).some((action) => action.startsWith('dynamodb:')),
      ) as (Statement & { Condition?: unknown })[];
      expect(dynamo).toHaveLength(1);
      expect(dynamo[0]).toMatchObject({ Action: 'dynamodb:GetItem', Effect: 'Allow' });
      expect(producedValue(dynamo[0]!.Resource, data)).toEqual({
        'Fn::GetAtt': [logicalIdOf(data, 'AWS::DynamoDB::Table'), 'Arn'],
      });
      // Only items whose partition key has the shape of a tenant's, T#<tenant>#TENANT (shared/db/keys.ts).
      expect(dynamo[0]!.Condition).toEqual({
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#*#TENANT'] },
      });
      expect(JSON.stringify(statements)).not.toContain('cognito-idp:');
    });
  });

  it('publishes the issuer, pool and hosted UI (the web stack publishes the client)', () => {
    const outputs = bryggan.templates.auth.toJSON().Outputs as Record<string, unknown>;
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['IssuerUrl', 'UserPoolId', 'HostedUiUrl']));
    expect(Object.keys(bryggan.templates.web.toJSON().Outputs as object)).toContain('UserPoolClientId');
  });
});
