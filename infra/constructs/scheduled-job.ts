import { type CfnElement, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { JobSchedule } from '../../functions/jobs/catalogue.ts';
import { jobEntry } from '../paths.ts';
import { NodeFunction } from './node-function.ts';

export interface ScheduledJobProps {
  readonly job: JobSchedule;
  /** The module to bundle; functions/jobs/<name>.ts unless told otherwise. */
  readonly entry?: string;
  readonly environment?: Record<string, string>;
  /**
   * Where a failed run is kept: an invocation the schedule could not deliver, and
   * (Scheduler invokes asynchronously) a run whose function failed all its retries.
   */
  readonly deadLetters: IQueue;
}

/**
 * One job from functions/jobs/catalogue.ts: its function, and an EventBridge
 * Scheduler schedule that invokes it on Swedish time (so a 07:00 job stays at
 * 07:00 across daylight saving) with the time it was due, which the job uses as
 * its "now" (functions/jobs/scheduled-job.ts).
 */
export class ScheduledJob extends Construct {
  readonly worker: NodeFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    const { job } = props;
    this.worker = new NodeFunction(this, 'Worker', {
      entry: props.entry ?? jobEntry(job.name),
      description: `the scheduled job ${job.name}: ${job.description}`,
      // A job walks a tenant's due items in pages; far more time than the API gets.
      timeout: Duration.minutes(5),
      onFailure: props.deadLetters,
      environment: {
        POWERTOOLS_SERVICE_NAME: `bryggan-${job.name}`,
        POWERTOOLS_METRICS_NAMESPACE: 'Bryggan',
        ...props.environment,
      },
    });
    // Its own role, rather than the stack's shared one, so it can invoke this job only.
    const invoker = new Role(this, 'Invoker', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: `Lets EventBridge Scheduler start the job ${job.name}`,
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: job.description,
      schedule: ScheduleExpression.expression(job.cron, TimeZone.of('Europe/Stockholm')),
      target: new LambdaInvoke(this.worker.function, {
        role: invoker,
        input: ScheduleTargetInput.fromObject({ scheduledTime: ContextAttribute.scheduledTime }),
        // Jobs are idempotent, so a retry is safe; one that is hours late is not useful.
        retryAttempts: 3,
        maxEventAge: Duration.hours(2),
        deadLetterQueue: props.deadLetters,
      }),
    });
    const functionId = Stack.of(this).getLogicalId(this.worker.function.node.defaultChild as CfnElement);
    Validations.of(invoker).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
      reason: "LambdaInvoke grants the job's function and its versions (`:*`); no other function.",
    });
  }
}
