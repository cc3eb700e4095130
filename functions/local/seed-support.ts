import { ulid } from 'ulid';
import { createSupportCall } from '#shared/db/repositories/support-calls';
import { createSupportRequest } from '#shared/db/repositories/support-requests';
import { swedishDate } from '#shared/domain/calendar';
import { employerDisplayName } from '#shared/domain/employer-unit';
import { supportRequestDueDate } from '#shared/domain/support-request';
import type { Employer } from '#shared/schemas/employer';

/**
 * A little support work for `npm start` to show on the coach's day: a call logged last
 * week whose follow-up is due today, and an employer that asked to be called.
 */
export async function seedSupport(tenant: string, coachId: string, employers: readonly Employer[]) {
  const [called, asking] = employers;
  const now = new Date();
  const at = now.toISOString();
  if (called) {
    await createSupportCall(tenant, {
      id: ulid(),
      tenant,
      employerId: called.id,
      employerName: employerDisplayName(called),
      at: new Date(now.getTime() - 7 * 86_400_000).toISOString(),
      kind: 'visit',
      topics: ['tasks', 'schedule'],
      note: 'Handledaren vill prova fler arbetsuppgifter vid kassan.',
      durationMinutes: 30,
      followUp: { dueDate: swedishDate(now), ownerId: coachId },
      createdBy: coachId,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
  }
  if (asking) {
    await createSupportRequest(tenant, {
      id: ulid(),
      tenant,
      employerId: asking.id,
      employerName: employerDisplayName(asking),
      topic: 'communication',
      message: 'Vi undrar hur vi bäst ger instruktioner.',
      preferredTime: 'morning',
      urgent: false,
      dueDate: supportRequestDueDate(now, false),
      status: 'open',
      coachIds: [coachId],
      createdBy: 'seed',
      createdAt: at,
      version: 1,
    });
  }
}
