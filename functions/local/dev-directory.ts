import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ulid } from 'ulid';
import type { UserDirectory } from '#api/ports';
import type { DemoUser } from './demo-data.ts';

export interface DevDirectory extends UserDirectory {
  /** The users invitations created, to sign in as locally. */
  users(): DemoUser[];
}

interface DevAccount extends DemoUser {
  email: string;
}

/** Stands in for Cognito's user pool locally; with a file, the accounts survive a restart. */
export function createDevDirectory(file?: string): DevDirectory {
  const accounts: DevAccount[] =
    file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DevAccount[]) : [];
  const save = () => {
    if (file) writeFileSync(file, JSON.stringify(accounts, null, 2));
  };
  return {
    async provideEmployerUser({ tenant, email, name }) {
      const address = email.toLowerCase();
      const existing = accounts.find((account) => account.email === address);
      if (existing) return existing.tenant === tenant ? { userId: existing.id, created: false } : undefined;
      const account: DevAccount = {
        id: `invited-${ulid().toLowerCase()}`,
        role: 'employer',
        tenant,
        name,
        email: address,
      };
      accounts.push(account);
      save();
      return { userId: account.id, created: true };
    },
    async detachEmployerUser() {
      // Locally the link in the table is all there is to remove.
    },
    users: () => accounts.map(({ email: _email, ...user }) => user),
  };
}
