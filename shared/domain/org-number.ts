// Swedish organisationsnummer: ten digits, the last a Luhn check digit over the first nine.

export function normaliseOrgNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let digit = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidOrgNumber(input: string): boolean {
  const digits = normaliseOrgNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** Writes the number the way Bolagsverket does: 556677-8899. */
export function formatOrgNumber(input: string): string {
  const digits = normaliseOrgNumber(input);
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
