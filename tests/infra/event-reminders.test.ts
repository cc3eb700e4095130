import { beforeAll, describe, expect, inject, it } from 'vitest';
import { jobSchedules } from '../../functions/jobs/catalogue.ts';
import { readBryggan } from './bryggan-app.ts';

// The reminder job as deployed: its function and its hourly schedule in the jobs stack.
describe('the event reminder job in the deployed app', () => {
  let bryggan: ReturnType<typeof readBryggan>;

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
  });

  it('runs every hour on Swedish time, invoking its own function', () => {
    const schedules = Object.values(bryggan.templates.jobs.findResources('AWS::Scheduler::Schedule'));
    const job = jobSchedules.find((candidate) => candidate.name === 'event-reminders');
    const reminders = schedules.find((schedule) => schedule.Properties.Description === job?.description);
    expect(reminders?.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 * * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Stockholm',
      State: 'ENABLED',
    });
    const functions = Object.values(bryggan.templates.jobs.findResources('AWS::Lambda::Function'));
    const fn = functions.find((candidate) =>
      JSON.stringify(candidate.Properties).includes('bryggan-event-reminders'),
    );
    expect(fn?.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
  });
});
