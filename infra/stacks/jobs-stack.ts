import { Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { type JobSchedule, jobSchedules } from '../../functions/jobs/catalogue.ts';
import { grantSendMail } from '../constructs/mail-sender.ts';
import { ScheduledJob } from '../constructs/scheduled-job.ts';
import type { TableBinding } from '../constructs/single-table.ts';
import { stageOf } from '../deployment.ts';
import type { MailIdentity } from './mail-stack.ts';

/** A job and, for tests, the module to bundle instead of functions/jobs/<name>.ts. */
export type JobModule = JobSchedule & { readonly entry?: string };

export interface JobsStackProps extends StackProps {
  readonly data: TableBinding;
  /** The stage's SES identity and configuration set. */
  readonly mail: MailIdentity;
  /** The verified address the jobs mail from (reminders, digests). */
  readonly mailFrom: string;
  /** The web's public origin, for links in mail. */
  readonly webUrl?: string;
  /** Every job of functions/jobs/catalogue.ts unless told otherwise (tests bring their own module). */
  readonly jobs?: readonly JobModule[];
}

/**
 * The scheduled jobs: one function and one schedule each, bound to the table and to mail.
 * A run that fails (the schedule cannot invoke the function, or the function fails
 * all its retries) lands in the one dead-letter queue, which the alarm watches.
 */
export class JobsStack extends Stack {
  readonly jobs: ScheduledJob[];
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: JobsStackProps) {
    super(scope, id, props);
    const stage = stageOf(this);
    this.deadLetters = new Queue(this, 'FailedRuns', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: stage.deadLetterRetention,
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue of the schedules and the job functions; nothing consumes ' +
        'it, an operator reads it after the failed-job-runs alarm.',
    });
    const jobs: readonly JobModule[] = props.jobs ?? jobSchedules;
    this.jobs = jobs.map((job) => {
      const scheduled = new ScheduledJob(this, `Job-${job.name}`, {
        job,
        deadLetters: this.deadLetters,
        ...(job.entry ? { entry: job.entry } : {}),
        environment: props.webUrl ? { WEB_URL: props.webUrl } : {},
      });
      scheduled.worker.bindTable(props.data, 'readWrite');
      grantSendMail(scheduled.worker, props.mail, props.mailFrom);
      return scheduled;
    });
  }
}
