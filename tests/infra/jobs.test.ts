import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BUNDLING_STACKS } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataStack } from '../../infra/stacks/data-stack.ts';
import { JobsStack } from '../../infra/stacks/jobs-stack.ts';
import { MailStack } from '../../infra/stacks/mail-stack.ts';
import { onlyResource } from './bryggan-app.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const statementsOf = (template: Template) =>
  Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
  );
const actionsOf = (statement: Statement) =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

describe('a scheduled job', () => {
  const sample = {
    name: 'sample-job',
    description: 'a job for the test',
    cron: 'cron(0 7 * * ? *)',
    entry: fileURLToPath(new URL('./fixtures/jobs/sample-job.ts', import.meta.url)),
  };
  let stack: JobsStack;
  let template: Template;

  beforeAll(() => {
    // The construct's wiring is under test, not esbuild: the function is not bundled.
    const app = new App({ context: { [BUNDLING_STACKS]: [] } });
    const data = new DataStack(app, 'test-data');
    const mail = new MailStack(app, 'test-mail', { mailDomain: 'kommun.example.se' });
    stack = new JobsStack(app, 'test-jobs', {
      data: data.data,
      mail,
      mailFrom: 'no-reply@kommun.example.se',
      webUrl: 'https://bryggan.example.se',
      jobs: [sample],
    });
    template = Template.fromStack(stack);
  });

  it('runs on Swedish time, with the time it was due as its input, retried a few times, failures kept', () => {
    const schedule = onlyResource(template, 'AWS::Scheduler::Schedule').Properties;
    expect(schedule).toMatchObject({
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Stockholm',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
    });
    const target = schedule.Target as { Input: string; RetryPolicy: Record<string, number> };
    expect(JSON.parse(target.Input)).toEqual({ scheduledTime: '<aws.scheduler.scheduled-time>' });
    expect(target.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 });
    const queueArn = { 'Fn::GetAtt': [Object.keys(template.findResources('AWS::SQS::Queue'))[0], 'Arn'] };
    expect((schedule.Target as { DeadLetterConfig: unknown }).DeadLetterConfig).toEqual({ Arn: queueArn });
    // Scheduler invokes the function asynchronously: a run that fails its retries goes to the same queue.
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: queueArn } },
    });
  });

  it('gets its service name, the table, the mail address and the web address', () => {
    const fn = onlyResource(template, 'AWS::Lambda::Function').Properties;
    expect((fn.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'bryggan-sample-job',
      MAIL_FROM: 'no-reply@kommun.example.se',
      MAIL_CONFIGURATION_SET: expect.anything(),
      WEB_URL: 'https://bryggan.example.se',
      TABLE_NAME: expect.anything(),
      POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
    });
    expect(fn.Timeout).toBe(300);
  });

  it('may mail only from its address, and read and write items but never scan', () => {
    const statements = statementsOf(template);
    const mail = statements.filter((statement) => actionsOf(statement).includes('ses:SendEmail'));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@kommun.example.se' } });
    const dynamo = statements.flatMap(actionsOf).filter((action) => action.startsWith('dynamodb:'));
    expect(dynamo).toContain('dynamodb:PutItem');
    expect(dynamo).not.toContain('dynamodb:Scan');
  });

  it('lets the scheduler invoke that function and write to the dead-letter queue, nothing else', () => {
    const roles = template.findResources('AWS::IAM::Role', {
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [{ Principal: { Service: 'scheduler.amazonaws.com' } }],
        },
      },
    });
    expect(Object.keys(roles)).toHaveLength(1);
    const [schedulerRole] = Object.keys(roles);
    const invoking = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy.Properties.Roles).includes(schedulerRole as string),
    );
    const actions = invoking.flatMap((policy) =>
      (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.flatMap(actionsOf),
    );
    expect([...new Set(actions)].sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
  });

  it('passes the AwsSolutions checks', () => {
    expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
  });
});
