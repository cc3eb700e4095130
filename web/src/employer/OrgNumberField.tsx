import { isValidOrgNumber, normaliseOrgNumber } from '#shared/domain/org-number';
import { OrgNumber } from '#shared/schemas/employer';
import { TextField } from '../forms/TextField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface OrgNumberFieldProps {
  value: string;
  error: string | undefined;
  onValue: (value: string) => void;
}

/** Checks the number as it is typed: once ten digits are there, the check digit says if it is right. */
export function OrgNumberField({ value, error, onValue }: OrgNumberFieldProps) {
  const { t, translate } = useI18n();
  const digits = normaliseOrgNumber(value);
  const complete = /^\d{10}$/.test(digits);
  const valid = complete && isValidOrgNumber(digits);
  const checkError = complete && !valid ? OrgNumber.safeParse(value).error?.issues[0]?.message : undefined;
  return (
    <TextField
      name="orgNumber"
      label={t.register.orgNumber}
      hint={t.register.orgNumberHint}
      error={error ?? (checkError ? translate(checkError) : undefined)}
      status={valid && !error ? t.register.orgNumberOk : undefined}
      value={value}
      onValue={onValue}
      inputMode="numeric"
      autoComplete="off"
      width="medium"
    />
  );
}
