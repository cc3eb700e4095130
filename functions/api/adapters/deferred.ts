import type { Mailer, UserDirectory } from '../ports.ts';

/**
 * What `load` resolves to, loaded by the first call and shared by every later one
 * (concurrent first calls included). A load that fails is tried again by the next call.
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

/** A mailer whose adapter (and its SDK client) is loaded by the first mail, not at start-up. */
export function deferredMailer(load: () => Promise<Mailer>): Mailer {
  const mailer = onFirstUse(load);
  return { send: async (mail) => (await mailer()).send(mail) };
}

/** A user directory whose adapter (and its SDK client) is loaded by its first call, not at start-up. */
export function deferredDirectory(load: () => Promise<UserDirectory>): UserDirectory {
  const directory = onFirstUse(load);
  return {
    provideEmployerUser: async (account) => (await directory()).provideEmployerUser(account),
    detachEmployerUser: async (tenant, userId) => (await directory()).detachEmployerUser(tenant, userId),
  };
}
