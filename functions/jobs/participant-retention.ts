import { queryAll } from '#shared/db/page';
import {
  eraseParticipant,
  erasuresInProgress,
  getErasure,
} from '#shared/db/repositories/participant-erasure';
import { listParticipants } from '#shared/db/repositories/participants';
import { listStaff } from '#shared/db/repositories/staff';
import { getTenant, listTenantIds } from '#shared/db/repositories/tenants';
import { swedishDate } from '#shared/domain/calendar';
import { leavingStages, pastRetention } from '#shared/domain/erasure';
import { retentionYears } from '#shared/domain/tenant-settings';
import { retentionMail } from '#shared/messages/retention-mail';
import { type JobDeps, lambdaJob, type ScheduledJob } from './scheduled-job.ts';

// Every day: erase the participants whose exit lies further back than the tenant's
// retention years (found in the stage partition of those who left, never by a Scan),
// and finish any erasure a crash interrupted. Each erasure is idempotent, so a re-run
// erases nobody twice; the tenant's admins get one short mail with the counts.

export interface RetentionOptions {
  tenants: () => Promise<readonly string[]> | readonly string[];
}

export type RetentionReport = {
  participantsErased: number;
  erasuresResumed: number;
  adminsMailed: number;
};

const actor = { actorId: 'job:participant-retention', actorRole: 'admin' as const };

export function participantRetention(options: RetentionOptions): ScheduledJob<RetentionReport> {
  return {
    name: 'participant-retention',
    async run(deps: JobDeps, now: Date) {
      const report: RetentionReport = { participantsErased: 0, erasuresResumed: 0, adminsMailed: 0 };
      const today = swedishDate(now);
      for (const tenant of await options.tenants()) {
        const years = retentionYears(await getTenant(tenant));
        let resumed = 0;
        for (const participantId of await erasuresInProgress(tenant)) {
          const marker = await getErasure(tenant, participantId);
          if (!marker) continue;
          await eraseParticipant(tenant, participantId, { reason: marker.reason, ...actor }, { now });
          resumed++;
        }
        let erased = 0;
        for (const stage of leavingStages) {
          const left = await queryAll((page) => listParticipants(tenant, { stage }, page));
          for (const participant of left) {
            if (!pastRetention(participant.stageSince, today, years)) continue;
            const outcome = await eraseParticipant(
              tenant,
              participant.id,
              { reason: 'retention', ...actor },
              { now },
            );
            if (outcome === 'erased') erased++;
          }
        }
        report.participantsErased += erased;
        report.erasuresResumed += resumed;
        if (erased + resumed === 0) continue;
        const admins = await queryAll((page) => listStaff(tenant, { role: 'admin' }, page));
        for (const admin of admins) {
          if (!admin.email) continue;
          await deps.mailer.send({ to: admin.email, ...retentionMail({ erased, resumed }, years, today) });
          report.adminsMailed++;
        }
      }
      return report;
    },
  };
}

export const job = participantRetention({ tenants: listTenantIds });
export const handler = lambdaJob(job);
