import type { Role } from '#shared/schemas/common';

/** Who is signed in, read from the ID token the API also verifies. */
export interface Session {
  token: string;
  userId: string;
  name: string;
  role: Role;
  tenant: string;
  expiresAt: number;
}

const sessionKey = 'bryggan.session';
const returnToKey = 'bryggan.returnTo';
const expiredKey = 'bryggan.expired';
const roles: Role[] = ['admin', 'coach', 'employer'];

function decodePayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The claims the web needs; the token is only trusted by the API, which verifies it. */
export function sessionFromToken(token: string): Session | undefined {
  const claims = decodePayload(token);
  if (!claims) return undefined;
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  const role = roles.find((candidate) => groups.includes(candidate));
  const tenant = claims['custom:tenant'];
  const userId = claims.sub;
  if (!role || typeof tenant !== 'string' || typeof userId !== 'string') return undefined;
  const name = [claims.name, claims.email, userId].find((value) => typeof value === 'string') as string;
  const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : Number.POSITIVE_INFINITY;
  return { token, userId, name, role, tenant, expiresAt };
}

// sessionStorage: the sign-in lasts as long as the tab, and is not shared with other tabs.
export function loadSession(): Session | undefined {
  const raw = sessionStorage.getItem(sessionKey);
  const session = raw ? sessionFromToken(raw) : undefined;
  if (raw && (!session || session.expiresAt <= Date.now())) {
    sessionStorage.removeItem(sessionKey);
    markExpired();
    return undefined;
  }
  return session;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(sessionKey, session.token);
  sessionStorage.removeItem(expiredKey);
}

export function clearSession(): void {
  sessionStorage.removeItem(sessionKey);
}

export function markExpired(): void {
  sessionStorage.setItem(expiredKey, '1');
}

export function wasExpired(): boolean {
  return sessionStorage.getItem(expiredKey) === '1';
}

/** Where to go back to after signing in again. */
export function rememberReturnTo(path: string): void {
  if (!path.startsWith('/sign-in') && !path.startsWith('/auth/')) sessionStorage.setItem(returnToKey, path);
}

export function takeReturnTo(): string | undefined {
  const path = sessionStorage.getItem(returnToKey) ?? undefined;
  sessionStorage.removeItem(returnToKey);
  return path;
}
