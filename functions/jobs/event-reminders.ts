import { eventsOfAllTenantsStartingBetween } from '#shared/db/repositories/events';
import { mainSignups, markReminded, releaseReminder } from '#shared/db/repositories/signups';
import { eventLetter } from '#shared/messages/event-mail';
import { type JobDeps, lambdaJob, type ScheduledJob } from './scheduled-job.ts';

/** How long before an event its confirmed sign-ups are reminded. */
export const reminderLead = 2 * 86_400_000;

/**
 * Reminds every confirmed sign-up (with an address) of an event that starts within
 * the next two days. Each reminder is marked on the sign-up by a conditional write
 * before it is sent, so a second run — or a retried invocation — sends nothing twice;
 * a send that fails releases its mark, so the next hourly run tries again, and the
 * run fails (for the job's alarm) once every other reminder has gone.
 */
export function eventRemindersJob(): ScheduledJob<{ remindersSent: number; eventsChecked: number }> {
  return {
    name: 'event-reminders',
    async run(deps: JobDeps, now: Date) {
      const events = await eventsOfAllTenantsStartingBetween(now, new Date(now.getTime() + reminderLead));
      let remindersSent = 0;
      const failures: unknown[] = [];
      for (const event of events.filter((candidate) => candidate.status === 'published')) {
        for (const signup of await mainSignups(event.tenant, event.id, ['confirmed'])) {
          if (!signup.email || signup.remindedAt) continue;
          if (!(await markReminded(event.tenant, signup.id, now))) continue;
          try {
            await deps.mailer.send({
              to: signup.email,
              ...(await eventLetter({ kind: 'reminder', event, signup })),
            });
            remindersSent++;
          } catch (error) {
            await releaseReminder(event.tenant, signup.id, now);
            failures.push(error);
          }
        }
      }
      if (failures.length > 0) {
        throw new AggregateError(
          failures,
          `${failures.length} reminder(s) could not be sent; they will be retried`,
        );
      }
      return { remindersSent, eventsChecked: events.length };
    },
  };
}

export const job = eventRemindersJob();
export const handler = lambdaJob(job);
