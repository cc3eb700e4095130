import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { table } from '#shared/db/table';
import { onlyResource, readBryggan } from './bryggan-app.ts';
import { logicalIdOf, producedValue } from './cross-stack.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
}

const actionsOf = (statement: Statement) =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

describe('api stack', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  let fn: Record<string, unknown>;
  let statements: Statement[];

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
    fn = onlyResource(bryggan.templates.api, 'AWS::Lambda::Function').Properties;
    const policies = Object.values(bryggan.templates.api.findResources('AWS::IAM::Policy'));
    statements = policies.flatMap(
      (policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );
  });

  describe('function', () => {
    it('runs Node.js 22 on arm64 with active tracing', () => {
      expect(fn.Runtime).toBe('nodejs22.x');
      expect(fn.Architectures).toEqual(['arm64']);
      expect(fn.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Handler).toBe('index.handler');
    });

    it('gets every environment variable the handler reads', () => {
      const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(Object.keys(variables)).toEqual(
        expect.arrayContaining(['TABLE_NAME', 'JWT_ISSUER', 'JWT_AUDIENCE', 'CURSOR_SECRET_ARN']),
      );
      expect(variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: 'bryggan-api',
        POWERTOOLS_METRICS_NAMESPACE: 'Bryggan',
        NODE_OPTIONS: '--enable-source-maps',
        CURSOR_SECRET_ARN: { Ref: logicalIdOf(bryggan.templates.api, 'AWS::SecretsManager::Secret') },
      });
    });

    it('keeps responses and errors, which can hold personal data, out of the traces', () => {
      const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables).toMatchObject({
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
        POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
      });
    });

    it('names the table and the Cognito pool and client from the other stacks', () => {
      const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
      const { data, auth, web } = bryggan.templates;
      const tableId = logicalIdOf(data, 'AWS::DynamoDB::Table');
      const poolId = logicalIdOf(auth, 'AWS::Cognito::UserPool');
      expect(producedValue(variables.TABLE_NAME, data)).toEqual({ Ref: tableId });
      // The web client lives in the web stack, next to the distribution it signs in to.
      expect(producedValue(variables.JWT_AUDIENCE, web)).toEqual({
        Ref: logicalIdOf(web, 'AWS::Cognito::UserPoolClient'),
      });
      // https://cognito-idp.<region>.amazonaws.com/<pool id>, the `iss` of the pool's tokens.
      const [separator, parts] = (variables.JWT_ISSUER as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
      expect(separator).toBe('');
      expect(parts.slice(0, 3)).toEqual(['https://cognito-idp.eu-north-1.', { Ref: 'AWS::URLSuffix' }, '/']);
      expect(parts).toHaveLength(4);
      expect(producedValue(parts[3], auth)).toEqual({ Ref: poolId });
    });

    it("logs to its own log group with the stage's retention period", () => {
      const logGroups = bryggan.templates.api.findResources('AWS::Logs::LogGroup');
      const { LogGroup } = fn.LoggingConfig as { LogGroup: { Ref: string } };
      expect(logGroups[LogGroup.Ref]?.Properties).toMatchObject({ RetentionInDays: 14 });
    });

    it('has a role without managed policies', () => {
      bryggan.templates.api.hasResourceProperties('AWS::IAM::Role', {
        ManagedPolicyArns: Match.absent(),
        AssumeRolePolicyDocument: Match.objectLike({
          Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })],
        }),
      });
    });
  });

  describe('permissions', () => {
    const dynamoStatements = () =>
      statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));

    it('grants item reads and writes on the table itself', () => {
      const { data } = bryggan.templates;
      const onTable = dynamoStatements().filter((statement) => !Array.isArray(statement.Resource));
      expect(onTable).toHaveLength(1);
      expect(producedValue(onTable[0]!.Resource, data)).toEqual({
        'Fn::GetAtt': [logicalIdOf(data, 'AWS::DynamoDB::Table'), 'Arn'],
      });
      expect(actionsOf(onTable[0]!).sort()).toEqual(
        [
          'dynamodb:BatchGetItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:ConditionCheckItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ].sort(),
      );
    });

    it('grants Query on exactly the indexes of the definition, by ARN', () => {
      const onIndexes = dynamoStatements().filter((statement) => Array.isArray(statement.Resource));
      expect(onIndexes).toHaveLength(1);
      expect(actionsOf(onIndexes[0]!)).toEqual(['dynamodb:Query']);
      const tableArn = dynamoStatements().find((statement) => !Array.isArray(statement.Resource))!.Resource;
      expect(onIndexes[0]!.Resource).toEqual(
        table.globalIndexes.map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index.indexName}`]] })),
      );
    });

    it('never grants DynamoDB on a wildcard, nor Scan, nor table administration', () => {
      for (const statement of dynamoStatements()) {
        expect(JSON.stringify(statement.Resource)).not.toContain('"*"');
        for (const action of actionsOf(statement)) {
          expect(action).not.toContain('*');
          expect(action).not.toBe('dynamodb:Scan');
          expect(action).not.toMatch(/Table$/);
        }
      }
    });

    it('lets only the function read the cursor secret (and the origin secret: tests/infra/edge.test.ts)', () => {
      const secretId = logicalIdOf(bryggan.templates.api, 'AWS::SecretsManager::Secret');
      const onSecret = statements.filter((statement) =>
        JSON.stringify(statement.Resource).includes(secretId),
      );
      expect(onSecret).toEqual([
        {
          Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
          Effect: 'Allow',
          Resource: [expect.anything(), { Ref: secretId }],
        },
      ]);
      expect(Object.keys(bryggan.templates.api.findResources('AWS::IAM::Policy'))).toHaveLength(1);
    });

    it('uses a generated secret for signing cursors', () => {
      bryggan.templates.api.hasResourceProperties('AWS::SecretsManager::Secret', {
        GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
      });
    });
  });

  describe('HTTP API', () => {
    it("routes / and every path of the web stack's API to the function, with the app doing the authorisation", () => {
      const routes = Object.values(bryggan.templates.api.findResources('AWS::ApiGatewayV2::Route'));
      expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual(['ANY /', 'ANY /{proxy+}']);
      const httpApi = { Ref: logicalIdOf(bryggan.templates.web, 'AWS::ApiGatewayV2::Api') };
      for (const route of routes) {
        expect(route.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
        expect(producedValue(route.Properties.ApiId, bryggan.templates.web)).toEqual(httpApi);
      }
      bryggan.templates.api.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: {
          'Fn::GetAtt': [logicalIdOf(bryggan.templates.api, 'AWS::Lambda::Function'), 'Arn'],
        },
      });
    });

    it('throttles and access-logs the default stage, which deploys the routes itself', () => {
      const stage = onlyResource(bryggan.templates.web, 'AWS::ApiGatewayV2::Stage').Properties;
      expect(stage).toMatchObject({
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      });
      const { Format, DestinationArn } = stage.AccessLogSettings as {
        Format: string;
        DestinationArn: unknown;
      };
      expect(JSON.parse(Format)).toMatchObject({
        requestId: '$context.requestId',
        status: '$context.status',
      });
      expect(DestinationArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ApiAccessLogs/), 'Arn'] });
    });
  });
});
