import type { Principal } from './auth/principal.ts';
import type { TokenVerifier } from './auth/verifier.ts';

export interface AppDeps {
  verifyToken: TokenVerifier;
  /** HMAC key for pagination cursors; fetched when a list first needs it, not at start-up. */
  cursorSecret: () => Promise<string>;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    principal: Principal;
    requestId: string;
  };
}
