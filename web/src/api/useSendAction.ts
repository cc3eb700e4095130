import { useCallback } from 'react';
import { useSession } from '../auth/AuthProvider.tsx';
import { draftStorageKey, readDraft, removeDraft, writeDraft } from '../forms/draft-store.ts';
import { type PendingAction, type PendingActions, sendAction } from './action-key.ts';

// Kept with the person's form drafts: a reload keeps them, signing out removes them.
function pendingActionsOf(userId: string): PendingActions {
  const storageKey = (action: string) => draftStorageKey(userId, `action.${action}`);
  return {
    read: (action) => readDraft<PendingAction>(storageKey(action)),
    write: (action, pending) => writeDraft(storageKey(action), pending),
    remove: (action) => removeDraft(storageKey(action)),
  };
}

/**
 * Every POST the web makes goes through this: `send(action, request, (key) => …)` passes
 * the Idempotency-Key for `action`, the same one for each retry of the same request.
 * `action` names what the person is doing, e.g. `placement-new` or `propose-<ids>`.
 */
export function useSendAction() {
  const { userId } = useSession();
  return useCallback(
    <T>(action: string, request: unknown, send: (idempotencyKey: string) => Promise<T>) =>
      sendAction(pendingActionsOf(userId), action, request, send),
    [userId],
  );
}
