import type { Context } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { eraseParticipant } from '#shared/db/repositories/participant-erasure';
import { recordStaffMember } from '#shared/db/repositories/staff';
import { participantRetention } from '../../functions/jobs/participant-retention.ts';
import { lambdaJob } from '../../functions/jobs/scheduled-job.ts';
import { createOutbox } from '../../functions/local/outbox.ts';
import { activeEmployer, type Caller, call, caller, changeTenant, newTenant } from './support/harness.ts';
import { writeHistory } from './support/indicator-fixture.ts';
import { findInWholeTable, snapshotTenant } from './support/table-snapshot.ts';

// The retention job as EventBridge Scheduler runs it: its Lambda handler with the
// scheduled time, against DynamoDB Local, mailing into an outbox. With 3 retention
// years it erases the person who left 3 years and a day ago, keeps the one who left
// exactly 3 years ago and the one still in the programme, finishes an erasure a crash
// interrupted, and a second run changes nothing.

const context = {
  functionName: 'bryggan-participant-retention',
  awsRequestId: 'retention-1',
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

const tenant = newTenant();
const outbox = createOutbox();
const handler = lambdaJob(participantRetention({ tenants: () => [tenant] }), { mailer: outbox });
// 03:30 in Stockholm on 10 June 2026.
const scheduled = { scheduledTime: '2026-06-10T01:30:00Z' };

let coach: Caller;
const ids: Record<'justPast' | 'justInside' | 'stillIn' | 'interrupted', string> = {
  justPast: '',
  justInside: '',
  stillIn: '',
  interrupted: '',
};

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  const admin = await caller(tenant, 'admin');
  await recordStaffMember(tenant, {
    userId: admin.userId,
    name: 'Alva',
    role: 'admin',
    email: 'alva@kommun.test',
  });
  expect((await changeTenant(admin, { retentionYears: 3 })).status).toBe(200);
  const employer = await activeEmployer(coach);
  const left = (date: string) =>
    writeHistory(tenant, employer.id, {
      gender: 'man',
      steps: [
        { to: 'prework', date: '2022-01-10' },
        { to: 'exited', date },
      ],
    });
  ids.justPast = (await left('2023-06-09')).id;
  ids.justInside = (await left('2023-06-10')).id;
  ids.stillIn = (
    await writeHistory(tenant, employer.id, {
      gender: 'woman',
      steps: [{ to: 'prework', date: '2022-01-10' }],
    })
  ).id;
  ids.interrupted = (
    await writeHistory(tenant, employer.id, {
      gender: 'woman',
      steps: [{ to: 'prework', date: '2022-02-10' }],
    })
  ).id;
  await expect(
    eraseParticipant(
      tenant,
      ids.interrupted,
      { reason: 'participant_request', actorId: admin.userId, actorRole: 'admin' },
      {
        afterFirstStep: () => {
          throw new Error('stopped after step 1');
        },
      },
    ),
  ).rejects.toThrow('stopped after step 1');
});

const status = async (id: string) => {
  const answer = await call(coach, 'GET', `/v1/participants/${id}`);
  return answer.status === 404 ? String(answer.json.type).split('/').pop() : answer.status;
};

describe('the participant retention job, invoked as its Lambda handler', () => {
  it('erases exactly the participants past the limit, finishes an interrupted erasure, and mails the admins', async () => {
    expect((await findInWholeTable([ids.interrupted])).length).toBeGreaterThan(0);
    const report = await handler(scheduled, context);
    expect(report).toEqual({ participantsErased: 1, erasuresResumed: 1, adminsMailed: 1 });
    expect(await status(ids.justPast)).toBe('participant.erased');
    expect(await status(ids.justInside)).toBe(200);
    expect(await status(ids.stillIn)).toBe(200);
    expect(await findInWholeTable([ids.justPast, ids.interrupted])).toEqual([]);
    const mails = outbox.list().filter((mail) => mail.to === 'alva@kommun.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Bryggan raderade 1 deltagare 2026-06-10, 3 år efter');
    expect(mails[0]!.text).toContain('erased 1 participants');
  });

  it('changes nothing and mails nobody when run again', async () => {
    const before = await snapshotTenant(tenant);
    const mailed = outbox.list().length;
    const report = await handler(scheduled, { ...context, awsRequestId: 'retention-2' } as Context);
    expect(report).toEqual({ participantsErased: 0, erasuresResumed: 0, adminsMailed: 0 });
    expect(await snapshotTenant(tenant)).toEqual(before);
    expect(outbox.list()).toHaveLength(mailed);
  });
});
