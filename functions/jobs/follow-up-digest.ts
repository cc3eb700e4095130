import { queryAll } from '#shared/db/page';
import { markDigestSent } from '#shared/db/repositories/digests';
import { tenantFollowUps } from '#shared/db/repositories/follow-ups';
import { listStaff } from '#shared/db/repositories/staff';
import { listTenantIds } from '#shared/db/repositories/tenants';
import { swedishDate } from '#shared/domain/calendar';
import { coachDay, dayHasItems } from '#shared/domain/follow-ups';
import { digestMail } from '#shared/messages/digest-mail';
import { type JobDeps, lambdaJob, type ScheduledJob } from './scheduled-job.ts';

// Every morning, one mail per coach with their day: "ring me" requests, overdue and
// due follow-ups and check-ins, and support periods ending within 30 days. A marker per
// coach and day, put conditionally before the mail goes, makes a re-run send nothing twice.

export interface DigestOptions {
  /** The tenants to run for. */
  tenants: () => Promise<readonly string[]> | readonly string[];
}

export type DigestReport = {
  digestsSent: number;
  digestsAlreadySent: number;
  coachesWithNothingDue: number;
  coachesWithoutAddress: number;
};

export function followUpDigest(options: DigestOptions): ScheduledJob<DigestReport> {
  return {
    name: 'follow-up-digest',
    async run(deps: JobDeps, now: Date) {
      const report: DigestReport = {
        digestsSent: 0,
        digestsAlreadySent: 0,
        coachesWithNothingDue: 0,
        coachesWithoutAddress: 0,
      };
      const date = swedishDate(now);
      for (const tenant of await options.tenants()) {
        const [items, staff] = await Promise.all([
          tenantFollowUps(tenant, date),
          queryAll((page) => listStaff(tenant, { role: 'coach' }, page)),
        ]);
        for (const coach of staff) {
          const day = coachDay(items, coach.userId, date);
          if (!dayHasItems(day)) {
            report.coachesWithNothingDue++;
            continue;
          }
          if (!coach.email) {
            report.coachesWithoutAddress++;
            continue;
          }
          // The marker first: a crash after it loses one digest, never sends two.
          if (!(await markDigestSent(tenant, coach.userId, date, now))) {
            report.digestsAlreadySent++;
            continue;
          }
          const link = `${deps.webUrl ?? ''}/today`;
          await deps.mailer.send({ to: coach.email, ...digestMail(day, link) });
          report.digestsSent++;
        }
      }
      return report;
    },
  };
}

export const job = followUpDigest({ tenants: listTenantIds });
export const handler = lambdaJob(job);
