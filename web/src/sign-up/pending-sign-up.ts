// Between signing up and typing the code, the person may switch to their e-mail and the
// tab may reload (a phone does that). The address and account id are kept for the tab;
// the password never is.

export interface PendingSignUp {
  email: string;
  userSub: string;
}

const keyFor = (tenant: string) => `bryggan.signUp.${tenant}`;

export function loadPendingSignUp(tenant: string): PendingSignUp | undefined {
  try {
    const saved = JSON.parse(
      sessionStorage.getItem(keyFor(tenant)) ?? 'null',
    ) as Partial<PendingSignUp> | null;
    return typeof saved?.email === 'string' && typeof saved.userSub === 'string'
      ? { email: saved.email, userSub: saved.userSub }
      : undefined;
  } catch {
    return undefined;
  }
}

export function savePendingSignUp(tenant: string, pending: PendingSignUp | undefined): void {
  if (pending) sessionStorage.setItem(keyFor(tenant), JSON.stringify(pending));
  else sessionStorage.removeItem(keyFor(tenant));
}
