import { localSignUpClientId } from '#shared/schemas/sign-up';
import type { CognitoConfig } from '../auth/config.ts';
import { cognitoEndpoint, type SignUpEndpoint } from './cognito-sign-up.ts';

/**
 * Cognito's regional endpoint and the web client in AWS (from /config.json); under
 * `npm start`, where there is no config, the local stand-in that speaks the same
 * protocol (functions/local/cognito-stand-in.ts). One page, one code path.
 */
export const signUpEndpoint = (cognito: CognitoConfig | undefined): SignUpEndpoint =>
  cognito
    ? { url: cognitoEndpoint(cognito.region), clientId: cognito.clientId }
    : { url: '/v1/dev/cognito', clientId: localSignUpClientId };
