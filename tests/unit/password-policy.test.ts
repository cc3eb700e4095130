import { describe, expect, it } from 'vitest';
import { brokenPasswordRules, passwordPolicy } from '#shared/domain/password-policy';
import { sayField } from '#shared/messages/field-messages';
import { SignUpDetails } from '#shared/schemas/sign-up';

describe('the password rules the pool, the sign-up page and the local stand-in share', () => {
  it('accepts a password with every kind of character and enough of them', () => {
    expect(brokenPasswordRules('Snickra-hyllor-2027')).toEqual([]);
    expect(brokenPasswordRules('Aa1 bbbbbbbbbb')).toEqual([]);
  });

  it('names each rule a password breaks', () => {
    expect(brokenPasswordRules('kort')).toEqual(['length', 'uppercase', 'digit', 'symbol']);
    expect(brokenPasswordRules('ALLA-STORA-2027')).toEqual(['lowercase']);
    // Cognito counts only a–z and A–Z as letters of a case; å, ä, ö are neither.
    expect(brokenPasswordRules('ÅÄÖåäö-123456')).toEqual(['lowercase', 'uppercase']);
    // A space counts as a symbol only inside the password, as in Cognito.
    expect(brokenPasswordRules(' Abcdefghij12 ')).toEqual(['symbol']);
    expect(brokenPasswordRules('Abcdefghij1!'.slice(0, passwordPolicy.minLength - 1))).toContain('length');
  });

  it('is the check the sign-up form runs, with a message in plain words', () => {
    const details = { name: 'Sara', email: 'sara@example.se' };
    expect(SignUpDetails.safeParse({ ...details, password: 'Snickra-hyllor-2027' }).success).toBe(true);
    const refused = SignUpDetails.safeParse({ ...details, password: 'snickrahyllor' });
    expect(
      refused.error?.issues.map((issue) => [issue.path.join('.'), sayField(issue.message, 'sv')]),
    ).toEqual([['password', expect.stringMatching(/^Lösenordet behöver minst 12 tecken/)]]);
  });
});
