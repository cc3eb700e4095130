/**
 * The user pool's password rules, written once: the auth stack configures Cognito
 * with them, the sign-up page checks a new password against them before Cognito
 * does, and the local stand-in for Cognito holds sign-ups to the same rules.
 */
export const passwordPolicy = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
} as const;

export type PasswordRule = 'length' | 'lowercase' | 'uppercase' | 'digit' | 'symbol';

// Cognito counts only the Latin letters a–z and A–Z as lower and upper case.
/** The rules a password breaks, in the order a person would fix them; empty when it is fine. */
export function brokenPasswordRules(password: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if ([...password].length < passwordPolicy.minLength) broken.push('length');
  if (passwordPolicy.requireLowercase && !/[a-z]/.test(password)) broken.push('lowercase');
  if (passwordPolicy.requireUppercase && !/[A-Z]/.test(password)) broken.push('uppercase');
  if (passwordPolicy.requireDigits && !/[0-9]/.test(password)) broken.push('digit');
  // Cognito counts these as symbols (and a space that is neither first nor last).
  if (passwordPolicy.requireSymbols && !/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/.test(password.trim()))
    broken.push('symbol');
  return broken;
}
