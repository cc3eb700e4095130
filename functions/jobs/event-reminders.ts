import { eventsOfAllTenantsStartingBetween } from '#shared/db/repositories/events';
import { mainSignups, markReminded } from '#shared/db/repositories/signups';
import { eventCalendar } from '#shared/messages/event-calendar';
import { eventMail } from '#shared/messages/event-mail';
import { type JobDeps, lambdaJob, type ScheduledJob } from './scheduled-job.ts';

/** How long before an event its confirmed sign-ups are reminded. */
export const reminderLead = 2 * 86_400_000;

/**
 * Reminds every confirmed sign-up (with an address) of an event that starts within
 * the next two days. Each reminder is marked on the sign-up by a conditional write
 * before it is sent, so a second run — or a retried invocation — sends nothing twice.
 */
export function eventRemindersJob(): ScheduledJob<{ remindersSent: number; eventsChecked: number }> {
  return {
    name: 'event-reminders',
    async run(deps: JobDeps, now: Date) {
      const events = await eventsOfAllTenantsStartingBetween(now, new Date(now.getTime() + reminderLead));
      let remindersSent = 0;
      for (const event of events.filter((candidate) => candidate.status === 'published')) {
        for (const signup of await mainSignups(event.tenant, event.id, ['confirmed'])) {
          if (!signup.email || signup.remindedAt) continue;
          if (!(await markReminded(event.tenant, signup.id, now))) continue;
          const { subject, text } = eventMail({ kind: 'reminder', event, signup });
          await deps.mailer.send({
            to: signup.email,
            subject,
            text,
            attachments: [
              {
                filename: 'evenemang.ics',
                contentType: 'text/calendar; charset=utf-8',
                content: eventCalendar(event),
              },
            ],
          });
          remindersSent++;
        }
      }
      return { remindersSent, eventsChecked: events.length };
    },
  };
}

export const job = eventRemindersJob();
export const handler = lambdaJob(job);
