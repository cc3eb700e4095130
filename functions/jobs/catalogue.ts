/**
 * Every scheduled job, as data: CDK builds one function and one EventBridge
 * Scheduler schedule per entry (infra/stacks/jobs-stack.ts), and `npm start`
 * runs the same jobs locally (functions/local/scheduled-jobs.ts). The job itself
 * is `functions/jobs/<name>.ts`, exporting `job` (a `ScheduledJob`) and `handler`.
 */
export interface JobSchedule {
  /** Kebab-case; the module's file name and the schedule's name. */
  readonly name: string;
  readonly description: string;
  /** An EventBridge Scheduler cron expression, read in Europe/Stockholm time. */
  readonly cron: string;
}

export const jobSchedules: readonly JobSchedule[] = [
  {
    name: 'event-reminders',
    description: 'Reminds confirmed sign-ups of events that start within two days (once each)',
    cron: 'cron(0 * * * ? *)',
  },
  {
    name: 'follow-up-digest',
    // Plain ASCII: CloudFormation refuses curly quotes in a role's description.
    description:
      'Each coach day by mail: call-me requests, due follow-ups and check-ins, support ending soon',
    cron: 'cron(0 7 * * ? *)',
  },
  {
    name: 'participant-retention',
    description:
      'Erases participants who left longer ago than the tenant keeps data; mails its admins the counts',
    cron: 'cron(30 3 * * ? *)',
  },
];
