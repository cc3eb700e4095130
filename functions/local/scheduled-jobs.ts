import { jobSchedules } from '../jobs/catalogue.ts';
import type { JobDeps, JobReport, ScheduledJob } from '../jobs/scheduled-job.ts';

export interface LocalJobs {
  readonly names: string[];
  /** Runs one job now (or at `now`); `undefined` when there is no such job. */
  run(name: string, now?: Date): Promise<JobReport | undefined>;
  /** Runs every job now and then every `intervalMs`, as the schedules would; returns a stop function. */
  every(intervalMs: number, onError: (name: string, error: unknown) => void): () => void;
}

/** Every job of the catalogue, loaded from its module (the same module the Lambda bundles). */
export async function catalogueJobs(): Promise<ScheduledJob[]> {
  return Promise.all(
    jobSchedules.map(async ({ name }) => {
      const module = (await import(`../jobs/${name}.ts`)) as { job: ScheduledJob };
      return module.job;
    }),
  );
}

/**
 * The scheduled jobs as `npm start` runs them: with the local outbox for mail.
 * Locally there is no scheduler; the jobs are idempotent, so running them more
 * often than in AWS only does the day's work sooner.
 */
export function localJobs(jobs: ScheduledJob[], deps: JobDeps): LocalJobs {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  const run = async (name: string, now = new Date()) => byName.get(name)?.run(deps, now);
  return {
    names: [...byName.keys()],
    run,
    every(intervalMs, onError) {
      const runAll = () => {
        for (const name of byName.keys()) run(name).catch((error: unknown) => onError(name, error));
      };
      runAll();
      const timer = setInterval(runAll, intervalMs);
      return () => clearInterval(timer);
    },
  };
}
