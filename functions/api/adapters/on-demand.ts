import type { Mailer, UserDirectory } from '../ports.ts';

// Ports whose adapter is loaded on first use. Few requests send mail or touch Cognito,
// so their SDK clients (about 100 KB of bundle) stay out of every cold start: the
// bundle puts what `import()` reaches in a chunk of its own (infra/bundling/options.ts).

/** The first call loads; later calls share it. A failed load is tried again next time. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export function mailerOnDemand(load: () => Promise<Mailer>): Mailer {
  const mailer = loadOnce(load);
  return { send: async (mail) => (await mailer()).send(mail) };
}

export function directoryOnDemand(load: () => Promise<UserDirectory>): UserDirectory {
  const directory = loadOnce(load);
  return {
    provideEmployerUser: async (account) => (await directory()).provideEmployerUser(account),
    detachEmployerUser: async (tenant, userId) => (await directory()).detachEmployerUser(tenant, userId),
  };
}
