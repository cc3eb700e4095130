import type { BatchSuggestion, Participant, Placement } from '../../api/types.ts';
import { draftStorageKey, readDraft, removeDraft, writeDraft } from '../../forms/draft-store.ts';

// A batch suggestion takes a while to go through; it is kept like a form draft (per
// user, per tab, gone at sign-out), so a reload or an expired sign-in does not lose it.
// Only the people and places the pairs name are kept, not the whole lists.

export interface KeptBatch {
  suggestion: BatchSuggestion;
  people: Participant[];
  places: Placement[];
  /** Pair key → what the coach chose so far. */
  choices: [string, { keep: boolean; consent: boolean }][];
  sent: string[];
  madeAt: string;
}

const name = 'batch-suggestion';

export const readBatch = (userId: string) => readDraft<KeptBatch>(draftStorageKey(userId, name));

export const keepBatch = (userId: string, batch: KeptBatch) =>
  writeDraft(draftStorageKey(userId, name), batch);

export const forgetBatch = (userId: string) => removeDraft(draftStorageKey(userId, name));

/** The people and places a suggestion names, out of the lists it was shown with. */
export function named(
  suggestion: BatchSuggestion,
  people: Map<string, Participant>,
  places: Map<string, Placement>,
): Pick<KeptBatch, 'people' | 'places'> {
  const personIds = new Set([
    ...suggestion.pairs.map((pair) => pair.participantId),
    ...suggestion.unassignedParticipantIds,
  ]);
  const placeIds = new Set(suggestion.pairs.map((pair) => pair.placementId));
  return {
    people: [...personIds].flatMap((id) => people.get(id) ?? []),
    places: [...placeIds].flatMap((id) => places.get(id) ?? []),
  };
}
