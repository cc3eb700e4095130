import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common.ts';
import { PlacementStatus } from './placement.ts';
import { Sector, Task } from './vocabulary.ts';

// The participant's own easy-read view (lättläst) and the placements they want to know
// more about. Every schema here is strict and carries no score, points or other
// participant: what the participant's screen shows is all the browser receives.

const Words = z.strictObject({ sv: z.string(), en: z.string() });

/** `/{id}/interests/{placementId}`: a participant and a placement of the same tenant. */
export const InterestParams = z.object({ id: Id, placementId: Id });

/** One placement as the participant reads it: plain facts and plain words, no numbers that are scores. */
export const EasyReadPlacement = z.strictObject({
  placementId: Id,
  title: z.string(),
  employerName: z.string(),
  /** The area the workplace is in, e.g. "Rosengård". */
  area: z.string(),
  startDate: IsoDate,
  description: z.string(),
  sector: Sector,
  tasks: z.array(Task),
  /** How well it fits, as a band of words ("Passar mycket bra"), never the number. */
  fit: Words,
  /** Two or three short sentences from the matching reasons, without points. */
  reasons: z.array(Words).max(6),
  /** Whether the coach has marked that the participant wants to know more. */
  interested: z.boolean(),
});
export type EasyReadPlacement = z.infer<typeof EasyReadPlacement>;

export const EasyReadView = z.strictObject({
  participant: z.strictObject({ id: Id, firstName: z.string() }),
  /** The best-fitting open placements, best first (at most five); excluded ones never. */
  items: z.array(EasyReadPlacement).max(5),
});
export type EasyReadView = z.infer<typeof EasyReadView>;

/** A placement's state as the profile shows a marked interest: `gone` when it no longer exists. */
export const InterestPlacementState = z.union([PlacementStatus, z.literal('gone')]);
export type InterestPlacementState = z.infer<typeof InterestPlacementState>;

/** "Vill veta mer om": stored in the participant's partition, one per placement. */
export const PlacementInterest = z.strictObject({
  participantId: Id,
  placementId: Id,
  /** The title and employer when it was marked, so a placement that is gone can still be named. */
  title: z.string(),
  employerName: z.string(),
  markedAt: Timestamp,
  markedBy: z.string(),
});
export type PlacementInterest = z.infer<typeof PlacementInterest>;

/** A marked interest as the coach reads it on the profile: with the placement's state now. */
export const PlacementInterestView = PlacementInterest.extend({ placementState: InterestPlacementState });
export type PlacementInterestView = z.infer<typeof PlacementInterestView>;

export const PlacementInterestList = z.strictObject({ items: z.array(PlacementInterestView) });
