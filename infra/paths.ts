import { fileURLToPath } from 'node:url';

// Paths from the repository root, so synth works from any working directory.
const fromRoot = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

export const repoRoot = fromRoot('');
export const apiEntry = fromRoot('functions/api/handler.ts');
export const postConfirmationEntry = fromRoot('functions/auth/post-confirmation.ts');
export const preSignUpEntry = fromRoot('functions/auth/pre-sign-up.ts');
/** A scheduled job's module: functions/jobs/<name>.ts (see functions/jobs/catalogue.ts). */
export const jobEntry = (name: string) => fromRoot(`functions/jobs/${name}.ts`);
export const lockFile = fromRoot('package-lock.json');
export const webDist = fromRoot('web/dist');
