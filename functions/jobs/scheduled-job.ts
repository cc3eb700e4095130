import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import { sesClient, sesMailer } from '#api/adapters/ses-mailer';
import type { Mailer } from '#api/ports';
import { logger, metrics, tracer } from '#api/powertools';
import { documents } from '#shared/db/client';

/** What a job needs from outside; the table client comes from `#shared/db/client`. */
export interface JobDeps {
  mailer: Mailer;
  /** The web's public origin, for links in mail. */
  webUrl?: string;
}

/** Counts of what one run did, e.g. `{ remindersSent: 12 }`; each becomes a metric. */
export type JobReport = Record<string, number>;

export interface ScheduledJob<Report extends JobReport = JobReport> {
  readonly name: string;
  /**
   * One run for the moment `now`. A job must be idempotent: the scheduler may
   * deliver the same invocation twice, and a re-run after a failure must not send
   * anything a second time.
   */
  run(deps: JobDeps, now: Date): Promise<Report>;
}

/** What the schedule sends (infra/constructs/scheduled-job.ts): the time it was due. */
export interface ScheduleEvent {
  scheduledTime?: string;
}

/**
 * The job's time is the schedule's, not the clock's, so a retried or late
 * invocation does the same day's work rather than the next day's.
 */
export function jobTime(event: ScheduleEvent | undefined, clock: () => Date = () => new Date()): Date {
  const scheduled = event?.scheduledTime ? new Date(event.scheduledTime) : undefined;
  return scheduled && !Number.isNaN(scheduled.getTime()) ? scheduled : clock();
}

/**
 * The Lambda handler for a job: middy with the same Powertools middlewares as the
 * API (log context, metrics flush with cold starts, tracing without responses).
 * Deps default to SES from the function's environment, made on the first
 * invocation; tests pass the local outbox instead.
 */
export function lambdaJob<Report extends JobReport>(job: ScheduledJob<Report>, given?: JobDeps) {
  let deps = given;
  return middy(async (event: ScheduleEvent | undefined) => {
    deps ??= lambdaDeps();
    const report = await job.run(deps, jobTime(event));
    for (const [name, count] of Object.entries(report)) metrics.addMetric(name, MetricUnit.Count, count);
    logger.info('Job done', { job: job.name, report });
    return report;
  })
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(injectLambdaContext(logger))
    .use(logMetrics(metrics, { captureColdStartMetric: true }));
}

function lambdaDeps(): JobDeps {
  tracer.captureAWSv3Client(documents());
  const from = process.env.MAIL_FROM;
  if (!from) throw new Error('Missing environment variable MAIL_FROM');
  return {
    mailer: sesMailer(tracer.captureAWSv3Client(sesClient()), from, process.env.MAIL_CONFIGURATION_SET),
    ...(process.env.WEB_URL ? { webUrl: process.env.WEB_URL } : {}),
  };
}
