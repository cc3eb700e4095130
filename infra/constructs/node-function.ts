import { Duration, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { bundledCode } from '../bundling/function-code.ts';
import { appLogGroup } from './log-group.ts';
import type { TableBinding } from './single-table.ts';

export type TableAccess = 'read' | 'readWrite';

// Only what the repositories do. No Scan: every list is a Query (DESIGN.md, Data),
// so a stray Scan fails with AccessDenied instead of reading every tenant's items.
// TransactWriteItems is authorised per item through these same actions.
// BatchGetItem: the reports read the participants and employments a period names, 100 to a request
// (the sign-up list's participants did already).
const readActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const writeActions = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  // Audit entries for a list page, 25 to a request.
  'dynamodb:BatchWriteItem',
];

export interface NodeFunctionProps {
  readonly entry: string;
  readonly description: string;
  readonly environment?: Record<string, string>;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  /**
   * Where an asynchronous invocation that failed all its retries is kept (the
   * scheduled jobs: EventBridge Scheduler invokes them asynchronously).
   */
  readonly onFailure?: IQueue;
}

/**
 * A Node.js Lambda function with the house defaults: Node 22 on arm64, an ESM
 * bundle that is minified with source maps and split where the code loads on demand, active tracing, and its own log group
 * with the stage's retention and the personal-data masking policy. Its role gets no managed policy, only what it is granted.
 */
export class NodeFunction extends Construct {
  readonly function: LambdaFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);
    this.logGroup = appLogGroup(this, 'Logs');
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.description}`,
    });
    // Instead of AWSLambdaBasicExecutionRole, which may write to any log group.
    this.logGroup.grantWrite(role);
    this.role = role;

    this.function = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      role,
      logGroup: this.logGroup,
      ...(props.onFailure ? { onFailure: new SqsDestination(props.onFailure), retryAttempts: 2 } : {}),
      environment: {
        // Stack traces point into the TypeScript sources instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
        // Responses and errors can hold personal data (participant profiles, GDPR
        // art. 9), and Powertools would copy them into X-Ray metadata, readable by
        // anyone with trace access. Set last, so no function can turn them back on.
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
        POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
      },
    });

    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions.',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'DESIGN.md pins Lambda to Node.js 22, the LTS line the code is tested on; 24 is a deliberate upgrade.',
    });
  }

  /**
   * Names the table in TABLE_NAME and grants item-level access to the table and
   * its indexes by ARN, nothing account-wide.
   */
  bindTable(binding: TableBinding, access: TableAccess): void {
    const { table, indexNames } = binding;
    this.function.addEnvironment('TABLE_NAME', table.tableName);
    const actions = access === 'readWrite' ? [...readActions, ...writeActions] : readActions;
    this.function.addToRolePolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions, resources: [table.tableArn] }),
    );
    if (indexNames.length > 0) {
      this.function.addToRolePolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: ['dynamodb:Query'],
          resources: indexNames.map((name) => `${table.tableArn}/index/${name}`),
        }),
      );
    }
  }
}
