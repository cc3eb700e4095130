import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { type JobSchedule, jobSchedules } from '../../functions/jobs/catalogue.ts';
import { grantSendMail } from '../constructs/mail-sender.ts';
import { ScheduledJob } from '../constructs/scheduled-job.ts';
import type { TableBinding } from '../constructs/single-table.ts';

/** A job and, for tests, the module to bundle instead of functions/jobs/<name>.ts. */
export type JobModule = JobSchedule & { readonly entry?: string };

export interface JobsStackProps extends StackProps {
  readonly data: TableBinding;
  /** The verified SES address the jobs mail from (reminders, digests). */
  readonly mailFrom: string;
  /** The web's public origin, for links in mail. */
  readonly webUrl?: string;
  /** Every job of functions/jobs/catalogue.ts unless told otherwise (tests bring their own module). */
  readonly jobs?: readonly JobModule[];
}

/**
 * The scheduled jobs: one function and one schedule each, bound to the table and to mail.
 * Part of `addBrygganStacks` (infra/bryggan.ts) since the first job (the follow-up digest).
 */
export class JobsStack extends Stack {
  readonly jobs: ScheduledJob[];

  constructor(scope: Construct, id: string, props: JobsStackProps) {
    super(scope, id, props);
    const jobs: readonly JobModule[] = props.jobs ?? jobSchedules;
    this.jobs = jobs.map((job) => {
      const scheduled = new ScheduledJob(this, `Job-${job.name}`, {
        job,
        ...(job.entry ? { entry: job.entry } : {}),
        environment: {
          MAIL_FROM: props.mailFrom,
          ...(props.webUrl ? { WEB_URL: props.webUrl } : {}),
        },
      });
      scheduled.worker.bindTable(props.data, 'readWrite');
      grantSendMail(scheduled.worker, props.mailFrom);
      return scheduled;
    });
  }
}
