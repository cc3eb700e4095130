import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { jobSchedules } from '../../functions/jobs/catalogue.ts';
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
// time, bound to the table and to mail; it finds the tenants it serves in the table.

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

  it('is its own function on Node.js 22, arm64, with the table and mail it needs', () => {
    const { fn } = digestResources(template);
    expect(fn.Runtime).toBe('nodejs22.x');
    expect(fn.Architectures).toEqual(['arm64']);
    expect((fn.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'bryggan-follow-up-digest',
      MAIL_FROM: expect.any(String),
      TABLE_NAME: expect.anything(),
    });
  });
});
