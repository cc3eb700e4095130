import { randomInt, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { EmployerUserAccount, UserDirectory } from '#api/ports';
import type { DemoUser } from './demo-data.ts';

/** An account where Cognito would hold it in AWS: made on the sign-up page, or by an accepted invitation. */
interface LocalAccount {
  user: DemoUser;
  email: string;
  confirmed: boolean;
  /** The code last "e-mailed" for confirming a sign-up; none for an invited account. */
  code?: string;
}

export type Confirmation = 'confirmed' | 'wrongCode' | 'alreadyConfirmed' | 'unknown';

const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');
// The pool signs in case-insensitively by e-mail, so one address is one account however it is written.
const keyOf = (email: string) => email.trim().toLowerCase();

/**
 * The one local stand-in for Cognito's user pool under `npm start`: sign-up with
 * the e-mailed code and confirmation (the sign-up page, through
 * cognito-stand-in.ts), and the `UserDirectory` that accepting an invitation uses.
 * As in the pool, an address is one account: an invitation to someone who signed up
 * links that account. Confirming makes the account an employer, as the
 * post-confirmation trigger's group does in AWS. With a file, accounts survive a restart.
 */
export class LocalAccounts implements UserDirectory {
  private readonly accounts = new Map<string, LocalAccount>();

  /** Called with each code that Cognito would e-mail; `npm start` prints it. */
  onCode: (email: string, code: string) => void = () => {};

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      for (const account of JSON.parse(readFileSync(file, 'utf8')) as LocalAccount[])
        this.accounts.set(keyOf(account.email), account);
    }
  }

  /** The new account's id (Cognito's `sub`), or undefined when the address has an account. */
  signUp(details: { email: string; name: string; tenant: string }): string | undefined {
    const key = keyOf(details.email);
    if (this.accounts.has(key)) return undefined;
    const user: DemoUser = { id: randomUUID(), role: 'employer', tenant: details.tenant, name: details.name };
    const account = { user, email: details.email, confirmed: false, code: newCode() };
    this.store(account);
    this.onCode(account.email, account.code);
    return user.id;
  }

  confirm(email: string, code: string): Confirmation {
    const account = this.accounts.get(keyOf(email));
    if (!account) return 'unknown';
    if (account.confirmed) return 'alreadyConfirmed';
    if (code.trim() !== account.code) return 'wrongCode';
    this.store({ ...account, confirmed: true });
    return 'confirmed';
  }

  /** A new code for an unconfirmed account; false when there is none to confirm. */
  resendCode(email: string): boolean {
    const account = this.accounts.get(keyOf(email));
    if (!account || account.confirmed) return false;
    const code = newCode();
    this.store({ ...account, code });
    this.onCode(account.email, code);
    return true;
  }

  /** The last code sent to the address: the local stand-in for reading one's e-mail. */
  codeFor(email: string): string | undefined {
    return this.accounts.get(keyOf(email))?.code;
  }

  /** Confirmed accounts, who may sign in (the demo sign-in lists them too). */
  users(): DemoUser[] {
    return [...this.accounts.values()].filter((account) => account.confirmed).map((account) => account.user);
  }

  async provideEmployerUser({ tenant, email, name }: EmployerUserAccount) {
    const existing = this.accounts.get(keyOf(email));
    if (existing) {
      if (existing.user.tenant !== tenant) return undefined;
      // Accepting the invitation proves the address, as Cognito's invited users are verified.
      if (!existing.confirmed) this.store({ ...existing, confirmed: true });
      return { userId: existing.user.id, created: false };
    }
    const user: DemoUser = { id: `invited-${randomUUID()}`, role: 'employer', tenant, name };
    this.store({ user, email: keyOf(email), confirmed: true });
    return { userId: user.id, created: true };
  }

  async detachEmployerUser() {
    // Locally the link in the table is all there is to remove.
  }

  private store(account: LocalAccount): void {
    this.accounts.set(keyOf(account.email), account);
    if (this.file) writeFileSync(this.file, JSON.stringify([...this.accounts.values()], null, 2));
  }
}
