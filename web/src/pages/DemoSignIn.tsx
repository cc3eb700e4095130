import { useState } from 'react';
import { devApi } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import type { DemoUser } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

const roleOrder = { coach: 0, admin: 1, employer: 2 } as const;

function byTenant(users: DemoUser[]): [string, DemoUser[]][] {
  const groups = new Map<string, DemoUser[]>();
  for (const user of users) groups.set(user.tenant, [...(groups.get(user.tenant) ?? []), user]);
  return [...groups].map(([tenant, members]) => [
    tenant,
    [...members].sort((a, b) => roleOrder[a.role] - roleOrder[b.role]),
  ]);
}

/** Locally: pick one of the seeded demo users and get a token from the dev issuer. */
export function DemoSignIn() {
  const { t } = useI18n();
  const { signIn } = useAuth();
  const [failed, setFailed] = useState(false);
  const { state, reload } = useLoad('demo-users', () => readBody(devApi.users.$get()));

  const signInAs = async (userId: string) => {
    setFailed(false);
    try {
      const { token } = await readBody(devApi.token.$post({ json: { userId } }));
      if (!signIn(token)) setFailed(true);
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <p className="lead">{t.signIn.intro}</p>
      {failed && <Notice kind="error">{t.signIn.unavailable}</Notice>}
      <LoadState state={state} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t.signIn.noUsers}</p>
          ) : (
            byTenant(items).map(([tenant, users]) => (
              <section key={tenant} aria-labelledby={`tenant-${tenant}`} className="tenant-users">
                <h2 id={`tenant-${tenant}`}>{t.tenants[tenant] ?? tenant}</h2>
                <ul className="user-list">
                  {users.map((user) => (
                    <li key={user.id}>
                      <button type="button" className="user-button" onClick={() => signInAs(user.id)}>
                        <span className="visually-hidden">{t.signIn.signInAs} </span>
                        <span className="user-button__name">{user.name}</span>
                        <span className="user-button__role">{t.roles[user.role]}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )
        }
      </LoadState>
    </>
  );
}
