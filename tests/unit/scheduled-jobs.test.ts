import { readdirSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { jobSchedules } from '../../functions/jobs/catalogue.ts';
import { jobTime, lambdaJob, type ScheduledJob } from '../../functions/jobs/scheduled-job.ts';
import { createOutbox } from '../../functions/local/outbox.ts';
import { localJobs } from '../../functions/local/scheduled-jobs.ts';

const context = {
  functionName: 'bryggan-job',
  awsRequestId: 'job-request-1',
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

/** Mails whoever it is told to, and reports how many at which time. */
const greeter: ScheduledJob<{ greetingsSent: number }> = {
  name: 'greeter',
  async run({ mailer }, now) {
    await mailer.send({ to: 'coach@test.example', subject: 'Hej', text: now.toISOString() });
    return { greetingsSent: 1 };
  },
};

describe('a job run', () => {
  it('happens at the time the schedule was due, not when the invocation arrives', () => {
    const clock = () => new Date('2026-12-02T09:00:00Z');
    expect(jobTime({ scheduledTime: '2026-12-02T06:00:00Z' }, clock).toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
    expect(jobTime({}, clock).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(jobTime({ scheduledTime: 'not a time' }, clock).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(jobTime(undefined, clock).toISOString()).toBe('2026-12-02T09:00:00.000Z');
  });

  it('as a Lambda handler, runs the job with its deps and returns the report', async () => {
    const outbox = createOutbox();
    const handler = lambdaJob(greeter, { mailer: outbox });
    const report = await handler({ scheduledTime: '2026-12-02T06:00:00Z' }, context);
    expect(report).toEqual({ greetingsSent: 1 });
    expect(outbox.list().map((mail) => mail.text)).toEqual(['2026-12-02T06:00:00.000Z']);
  });

  it('locally, by name, with unknown names answered with nothing', async () => {
    const outbox = createOutbox();
    const jobs = localJobs([greeter], { mailer: outbox });
    expect(jobs.names).toEqual(['greeter']);
    expect(await jobs.run('greeter', new Date('2026-12-24T06:00:00Z'))).toEqual({ greetingsSent: 1 });
    expect(await jobs.run('no-such-job')).toBeUndefined();
    expect(outbox.list()).toHaveLength(1);
  });

  it('locally on a timer: at once, then every interval, until stopped', async () => {
    vi.useFakeTimers();
    try {
      const outbox = createOutbox();
      const stop = localJobs([greeter], { mailer: outbox }).every(1000, () => {});
      await vi.advanceTimersByTimeAsync(2500);
      stop();
      await vi.advanceTimersByTimeAsync(5000);
      expect(outbox.list()).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the job catalogue', () => {
  const scaffold = ['catalogue.ts', 'scheduled-job.ts'];
  const jobFiles = readdirSync(new URL('../../functions/jobs/', import.meta.url)).filter(
    (file) => file.endsWith('.ts') && !scaffold.includes(file),
  );

  it('lists every job module, so none is left without a schedule', () => {
    expect(jobFiles.sort()).toEqual(jobSchedules.map((job) => `${job.name}.ts`).sort());
  });

  it.each(jobSchedules.map((schedule) => [schedule.name, schedule] as const))(
    '%s exports the job of that name and its Lambda handler, on a valid cron',
    async (name, schedule) => {
      const module = (await import(`../../functions/jobs/${name}.ts`)) as {
        job: ScheduledJob;
        handler: unknown;
      };
      expect(module.job.name).toBe(name);
      expect(typeof module.handler).toBe('function');
      expect(schedule.cron).toMatch(/^cron\((\S+ ){5}\S+\)$/);
    },
  );
});
