import type { TokenVerifier } from './auth/verifier.ts';
import type { Principal } from './auth/principal.ts';

export interface AppDeps {
  verifyToken: TokenVerifier;
  /** HMAC key for pagination cursors. */
  cursorSecret: string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    principal: Principal;
    requestId: string;
  };
}
