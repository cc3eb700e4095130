import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BUNDLING_STACKS } from 'aws-cdk-lib/cx-api';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { jobSchedules } from '../../functions/jobs/catalogue.ts';
import { DataStack } from '../../infra/stacks/data-stack.ts';
import { JobsStack } from '../../infra/stacks/jobs-stack.ts';
import { readBryggan } from './bryggan-app.ts';

type Resource = { Properties: Record<string, unknown> };

const digest = jobSchedules.find((job) => job.name === 'follow-up-digest');

/** The digest's own schedule and function among the jobs stack's: by description and service name. */
function digestResources(template: Template) {
  const of = (type: string) => Object.values(template.findResources(type)) as Resource[];
  const schedule = of('AWS::Scheduler::Schedule').find(
    (resource) => resource.Properties.Description === digest?.description,
  );
  const fn = of('AWS::Lambda::Function').find(
    (resource) =>
      (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables
        .POWERTOOLS_SERVICE_NAME === 'bryggan-follow-up-digest',
  );
  if (!schedule || !fn) throw new Error('The follow-up digest is not in the jobs stack');
  return { schedule: schedule.Properties, fn: fn.Properties };
}

// The follow-up digest as deployed: its own function on a daily schedule in Swedish
// time, bound to the table and to mail, told which tenants to serve.

describe('the follow-up digest in the jobs stack', () => {
  let template: Template;

  beforeAll(() => {
    template = readBryggan(inject('infraAssembly')).templates.jobs;
  });

  it('runs every morning at 07:00 Swedish time with the time it was due', () => {
    const { schedule } = digestResources(template);
    expect(schedule).toMatchObject({
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Stockholm',
      State: 'ENABLED',
    });
    const target = schedule.Target as { Input: string };
    expect(JSON.parse(target.Input)).toEqual({ scheduledTime: '<aws.scheduler.scheduled-time>' });
  });

  it('is its own function on Node.js 22, arm64, with the table, mail and tenants it needs', () => {
    const { fn } = digestResources(template);
    expect(fn.Runtime).toBe('nodejs22.x');
    expect(fn.Architectures).toEqual(['arm64']);
    expect((fn.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'bryggan-follow-up-digest',
      MAIL_FROM: expect.any(String),
      TABLE_NAME: expect.anything(),
      TENANTS: '',
    });
  });

  it('passes the tenants it is given to the function', () => {
    const app = new App({ context: { [BUNDLING_STACKS]: [] } });
    const data = new DataStack(app, 'digest-data');
    const stack = new JobsStack(app, 'digest-jobs', {
      data: data.data,
      mailFrom: 'no-reply@kommun.example.se',
      tenants: ['malmo', 'vasteras'],
    });
    const { fn } = digestResources(Template.fromStack(stack));
    expect((fn.Environment as { Variables: Record<string, unknown> }).Variables.TENANTS).toBe(
      'malmo,vasteras',
    );
  });
});
