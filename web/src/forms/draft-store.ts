// Form drafts live in sessionStorage per user, so an expired sign-in or a reload
// does not lose what someone typed, and signing out removes them.

const prefix = (userId: string) => `bryggan.draft.${userId}.`;

export const draftStorageKey = (userId: string, form: string) => `${prefix(userId)}${form}`;

export function readDraft<T>(storageKey: string): T | undefined {
  const raw = sessionStorage.getItem(storageKey);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function writeDraft(storageKey: string, value: unknown): void {
  sessionStorage.setItem(storageKey, JSON.stringify(value));
}

export function removeDraft(storageKey: string): void {
  sessionStorage.removeItem(storageKey);
}

export function clearDrafts(userId: string): void {
  const keys = Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.key(index));
  for (const key of keys) if (key?.startsWith(prefix(userId))) sessionStorage.removeItem(key);
}
