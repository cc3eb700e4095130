import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { clearDrafts } from '../forms/draft-store.ts';
import { useRouter } from '../router/router.tsx';
import { cognitoSignOutUrl } from './cognito.ts';
import type { CognitoConfig } from './config.ts';
import { homeFor } from './home.ts';
import {
  clearSession,
  loadSession,
  markExpired,
  rememberReturnTo,
  type Session,
  saveSession,
  sessionFromToken,
  takeReturnTo,
} from './session.ts';
import { setToken, setUnauthorizedHandler } from './token.ts';

interface Auth {
  session: Session | undefined;
  /** Cognito's settings in AWS; undefined locally, where the demo login is used. */
  cognito: CognitoConfig | undefined;
  /** Starts a session from an ID token; false if the token is not one the app understands. */
  signIn: (token: string) => boolean;
  signOut: () => void;
}

const AuthContext = createContext<Auth | undefined>(undefined);

function initialSession(): Session | undefined {
  const session = loadSession();
  // Set before the first render so the pages' first requests carry it.
  setToken(session?.token);
  return session;
}

export function AuthProvider({
  cognito,
  children,
}: {
  cognito: CognitoConfig | undefined;
  children: ReactNode;
}) {
  const { navigate } = useRouter();
  const [session, setSession] = useState(initialSession);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      // Keep the place (and, through the drafts, what was typed) for after signing in again.
      rememberReturnTo(window.location.pathname + window.location.search);
      clearSession();
      setToken(undefined);
      markExpired();
      setSession(undefined);
      navigate('/sign-in');
    });
  }, [navigate]);

  const signIn = useCallback(
    (token: string) => {
      const next = sessionFromToken(token);
      if (!next) return false;
      saveSession(next);
      setToken(next.token);
      setSession(next);
      navigate(takeReturnTo() ?? homeFor(next.role), { replace: true });
      return true;
    },
    [navigate],
  );

  const signOut = useCallback(() => {
    if (session) clearDrafts(session.userId);
    clearSession();
    setToken(undefined);
    setSession(undefined);
    const cognitoLogout = cognito ? cognitoSignOutUrl(cognito) : undefined;
    if (cognitoLogout) window.location.assign(cognitoLogout);
    else navigate('/sign-in');
  }, [cognito, navigate, session]);

  const value = useMemo<Auth>(
    () => ({ session, cognito, signIn, signOut }),
    [session, cognito, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider');
  return auth;
}

/** The signed-in person; only for pages behind the sign-in guard. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession outside the sign-in guard');
  return session;
}
