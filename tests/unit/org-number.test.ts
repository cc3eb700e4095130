import { describe, expect, it } from 'vitest';
import { formatOrgNumber, isValidOrgNumber, luhnCheckDigit } from '#shared/domain/org-number';
import { sayField } from '#shared/messages/field-messages';
import { OrgNumber } from '#shared/schemas/employer';

describe('organisationsnummer', () => {
  it('accepts a valid number with or without the dash', () => {
    expect(isValidOrgNumber('556074-3089')).toBe(true);
    expect(isValidOrgNumber('5560743089')).toBe(true);
    expect(isValidOrgNumber('556074 3089')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length and letters', () => {
    expect(isValidOrgNumber('556074-3088')).toBe(false);
    expect(isValidOrgNumber('55607430')).toBe(false);
    expect(isValidOrgNumber('55607430899')).toBe(false);
    expect(isValidOrgNumber('55607A-3089')).toBe(false);
  });

  it('computes the Luhn digit over the first nine digits', () => {
    expect(luhnCheckDigit('556074308')).toBe(9);
    expect(luhnCheckDigit('000000000')).toBe(0);
  });

  it('formats and validates through the schema with Swedish messages', () => {
    expect(formatOrgNumber('5560743089')).toBe('556074-3089');
    expect(OrgNumber.parse('5560743089')).toBe('556074-3089');
    const wrongDigit = OrgNumber.safeParse('556074-3088');
    expect(wrongDigit.success).toBe(false);
    expect(sayField(wrongDigit.error?.issues[0]?.message ?? '', 'sv')).toMatch(/stämmer inte/);
    expect(sayField(wrongDigit.error?.issues[0]?.message ?? '', 'en')).toMatch(/not right/);
    const wrongShape = OrgNumber.safeParse('12-34');
    expect(wrongShape.error?.issues).toHaveLength(1);
  });
});
