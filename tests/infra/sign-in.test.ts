import { beforeAll, describe, expect, inject, it } from 'vitest';
import { onlyResource, readBryggan } from './bryggan-app.ts';
import { logicalIdOf, producedValue, resolvedFrom } from './cross-stack.ts';

// Sign-in works after the first deploy: the web client's hosted-UI callback is the
// CloudFront address of the same deployment, from the same template, with no
// second deploy and no -c webUrl to forget.

describe('sign-in from the first deploy', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  let client: Record<string, unknown>;
  let distributionDomain: unknown;

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
    client = onlyResource(bryggan.templates.web, 'AWS::Cognito::UserPoolClient').Properties;
    distributionDomain = {
      'Fn::GetAtt': [logicalIdOf(bryggan.templates.web, 'AWS::CloudFront::Distribution'), 'DomainName'],
    };
  });

  it("sends the hosted UI back to this deployment's distribution", () => {
    expect(client).toMatchObject({
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
    });
    expect(client.CallbackURLs).toEqual([
      { 'Fn::Join': ['', ['https://', distributionDomain, '/auth/callback']] },
    ]);
    expect(client.LogoutURLs).toEqual([{ 'Fn::Join': ['', ['https://', distributionDomain, '/sign-in']] }]);
  });

  it('gives the API the same client as its token audience, and the same address for links in mail', () => {
    const fn = onlyResource(bryggan.templates.api, 'AWS::Lambda::Function').Properties;
    const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    const { web } = bryggan.templates;
    expect(producedValue(variables.JWT_AUDIENCE, web)).toEqual({
      Ref: logicalIdOf(web, 'AWS::Cognito::UserPoolClient'),
    });
    expect(resolvedFrom(variables.WEB_URL, web)).toEqual({
      'Fn::Join': ['', ['https://', distributionDomain]],
    });
  });

  it('gives the jobs the same address for links in mail', () => {
    const { jobs, web } = bryggan.templates;
    for (const fn of Object.values(jobs.findResources('AWS::Lambda::Function'))) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(resolvedFrom(variables.WEB_URL, web)).toEqual({
        'Fn::Join': ['', ['https://', distributionDomain]],
      });
    }
  });

  it('has no cycle: auth before web, web before api (cdk orders the deploy by these)', () => {
    const dependencies = (name: 'auth' | 'web' | 'api') =>
      bryggan.artifacts[name].dependencies.map((artifact) => artifact.id);
    expect(dependencies('web')).toEqual(
      expect.arrayContaining([bryggan.artifacts.auth.id, bryggan.artifacts.edge.id]),
    );
    expect(dependencies('api')).toEqual(
      expect.arrayContaining([bryggan.artifacts.web.id, bryggan.artifacts.auth.id]),
    );
    expect(dependencies('auth')).not.toContain(bryggan.artifacts.web.id);
    expect(dependencies('auth')).toContain(bryggan.artifacts.mail.id);
  });
});
