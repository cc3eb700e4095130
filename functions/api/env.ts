import type { Principal } from './auth/principal.ts';
import type { TokenVerifier } from './auth/verifier.ts';
import type { AccessLine } from './middleware/access-log.ts';
import type { Mailer, UserDirectory } from './ports.ts';

export interface AppDeps {
  verifyToken: TokenVerifier;
  mailer: Mailer;
  directory: UserDirectory;
  /** Where the web is served, for links in mail; when absent, the origin the request came from. */
  webUrl?: string;
  /** HMAC key for pagination cursors; fetched when a list first needs it, not at start-up. */
  cursorSecret: () => Promise<string>;
  /** The value CloudFront's origin header must carry; unset (locally, in tests), no check. */
  originSecret?: () => Promise<string>;
  /** Where each request's access line goes (in Lambda, the function's log); unset, none is written. */
  accessLog?: (line: AccessLine) => void;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    principal: Principal;
    requestId: string;
  };
}
