import type { Context } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventRemindersJob } from '../../functions/jobs/event-reminders.ts';
import { lambdaJob } from '../../functions/jobs/scheduled-job.ts';
import { createOutbox } from '../../functions/local/outbox.ts';
import { createdEvent } from './support/events.ts';
import { type Caller, call, caller, newTenant } from './support/harness.ts';

// The reminder job as EventBridge Scheduler runs it: its Lambda handler, with a scheduled
// event, against DynamoDB Local, mailing into an outbox instead of SES.

const context = {
  functionName: 'event-reminders',
  awsRequestId: 'test-request',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:000000000000:function:event-reminders',
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

const tenant = newTenant();
const tag = tenant.slice(-8);
const outbox = createOutbox();
const handler = lambdaJob(eventRemindersJob(), { mailer: outbox });
let coach: Caller;
const now = new Date();
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000).toISOString();

async function signup(eventId: string, name: string) {
  const response = await call(undefined, 'POST', `/v1/public/${tenant}/events/${eventId}/signups`, {
    body: { name, email: `${name.toLowerCase()}-${tag}@test.example` },
    headers: { 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 250)}` },
  });
  expect(response.status, response.text).toBe(201);
  return response.json as { id: string; status: string; cancelToken: string };
}

const remindersTo = (who: string) =>
  outbox
    .list()
    .filter(
      (mail) => mail.to === `${who.toLowerCase()}-${tag}@test.example` && /Påminnelse/.test(mail.subject),
    );

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  // Starts in a day and a half: due. Sign-up closes an hour from now.
  const soon = await createdEvent(coach, {
    kind: 'kompetenspass',
    seats: { participant: 3 },
    sessions: [{ startsAt: hours(36), endsAt: hours(38) }],
    signupDeadline: hours(1),
  });
  for (const name of ['Anna', 'Bertil', 'Cecilia', 'David', 'Erik']) await signup(soon.id, name);
  // Anna cancels, so David (first on the waitlist) is promoted; Erik still waits.
  const anna = (await call(coach, 'GET', `/v1/events/${soon.id}/signups?status=confirmed&kind=participant`))
    .json.items[0];
  const cancelled = await call(coach, 'PATCH', `/v1/events/${soon.id}/signups/${anna.id}`, {
    body: { status: 'cancelled' },
    headers: { 'if-match': `"v${anna.version}"` },
  });
  expect(cancelled.status, cancelled.text).toBe(200);
  // Starts in five days: not yet.
  const later = await createdEvent(coach, {
    seats: { participant: 5 },
    sessions: [{ startsAt: hours(120), endsAt: hours(122) }],
    signupDeadline: hours(100),
  });
  await signup(later.id, 'Fredrik');
});

describe('the event reminder job, invoked as its Lambda handler', () => {
  it('mails exactly one reminder to each confirmed sign-up of an event starting within two days', async () => {
    const report = await handler({ scheduledTime: now.toISOString() }, context);
    expect(report.remindersSent).toBeGreaterThanOrEqual(3);
    for (const confirmed of ['Bertil', 'Cecilia', 'David']) expect(remindersTo(confirmed)).toHaveLength(1);
    for (const notDue of ['Anna', 'Erik', 'Fredrik']) expect(remindersTo(notDue)).toHaveLength(0);
    const reminder = remindersTo('Bertil')[0]!;
    expect(reminder.text).toMatch(/Snart är det dags/);
    expect(reminder.attachments?.[0]?.content).toMatch(/BEGIN:VCALENDAR/);
  });

  it('sends nothing twice when it runs again, or is retried for the same time', async () => {
    const before = outbox.list().length;
    await handler({ scheduledTime: now.toISOString() }, context);
    await handler({ scheduledTime: new Date(now.getTime() + 3_600_000).toISOString() }, context);
    const mine = outbox.list().slice(0, outbox.list().length - before);
    expect(mine.filter((mail) => mail.to.endsWith(`-${tag}@test.example`))).toEqual([]);
    for (const confirmed of ['Bertil', 'Cecilia', 'David']) expect(remindersTo(confirmed)).toHaveLength(1);
  });

  it('a reminder whose mail fails is sent by the next run, once, and the failed run says so', async () => {
    const soon = await createdEvent(coach, {
      kind: 'kompetenspass',
      seats: { participant: 5 },
      sessions: [{ startsAt: hours(30), endsAt: hours(32) }],
      signupDeadline: hours(2),
    });
    for (const name of ['Gustav', 'Hanna']) await signup(soon.id, name);
    const unreachable = `gustav-${tag}@test.example`;
    const flaky = lambdaJob(eventRemindersJob(), {
      mailer: {
        send: async (mail) => {
          if (mail.to === unreachable) throw new Error('SES said no');
          await outbox.send(mail);
        },
      },
    });
    await expect(flaky({ scheduledTime: now.toISOString() }, context)).rejects.toThrow(/could not be sent/);
    expect(remindersTo('Hanna')).toHaveLength(1);
    expect(remindersTo('Gustav')).toHaveLength(0);

    await handler({ scheduledTime: new Date(now.getTime() + 3_600_000).toISOString() }, context);
    expect(remindersTo('Gustav')).toHaveLength(1);
    expect(remindersTo('Hanna')).toHaveLength(1);
  });
});
