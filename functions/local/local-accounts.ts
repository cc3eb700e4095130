import { randomInt, randomUUID } from 'node:crypto';
import type { DemoUser } from './demo-data.ts';

/** An account made on the sign-up page under `npm start`, where Cognito would hold it in AWS. */
interface LocalAccount {
  user: DemoUser;
  email: string;
  confirmed: boolean;
  code: string;
}

export type Confirmation = 'confirmed' | 'wrongCode' | 'alreadyConfirmed' | 'unknown';

const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');
// The pool signs in case-insensitively by e-mail, so one address is one account however it is written.
const keyOf = (email: string) => email.trim().toLowerCase();

/**
 * The local user directory for self-registered employers: sign-up, the e-mailed
 * code, confirmation. Kept in memory (a restart forgets them; their companies stay
 * in DynamoDB Local). Confirming makes the account an employer, as the
 * post-confirmation trigger's group does in AWS.
 */
export class LocalAccounts {
  private readonly accounts = new Map<string, LocalAccount>();

  /** Called with each code that Cognito would e-mail; `npm start` prints it. */
  onCode: (email: string, code: string) => void = () => {};

  /** The new account's id (Cognito's `sub`), or undefined when the address has an account. */
  signUp(details: { email: string; name: string; tenant: string }): string | undefined {
    const key = keyOf(details.email);
    if (this.accounts.has(key)) return undefined;
    const user: DemoUser = { id: randomUUID(), role: 'employer', tenant: details.tenant, name: details.name };
    const account = { user, email: details.email, confirmed: false, code: newCode() };
    this.accounts.set(key, account);
    this.onCode(account.email, account.code);
    return user.id;
  }

  confirm(email: string, code: string): Confirmation {
    const account = this.accounts.get(keyOf(email));
    if (!account) return 'unknown';
    if (account.confirmed) return 'alreadyConfirmed';
    if (code.trim() !== account.code) return 'wrongCode';
    account.confirmed = true;
    return 'confirmed';
  }

  /** A new code for an unconfirmed account; false when there is none to confirm. */
  resendCode(email: string): boolean {
    const account = this.accounts.get(keyOf(email));
    if (!account || account.confirmed) return false;
    account.code = newCode();
    this.onCode(account.email, account.code);
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
}
