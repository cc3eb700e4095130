import { markInterest } from '#shared/db/repositories/placement-interests';
import type { Participant } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';

/**
 * The participant's own view in the demo (issue 12): the first participant whose most
 * wanted sector has an open placement has said "Jag vill veta mer" about it, so a
 * profile shows a mark from the start.
 */
export async function seedInterests(
  tenant: string,
  coachId: string,
  participants: readonly Participant[],
  placements: readonly Placement[],
): Promise<void> {
  for (const participant of participants) {
    const wanted = placements.find(
      (placement) => placement.status === 'open' && participant.interests.includes(placement.sector),
    );
    if (!wanted || participant.interests[0] !== wanted.sector) continue;
    await markInterest(tenant, {
      participantId: participant.id,
      placementId: wanted.id,
      title: wanted.title,
      employerName: wanted.employerName,
      markedAt: new Date().toISOString(),
      markedBy: coachId,
    });
    return;
  }
}
