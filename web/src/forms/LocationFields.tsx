import type { FieldErrors } from './field-errors.ts';
import { TextField } from './TextField.tsx';

interface Part {
  label: string;
  hint?: string | undefined;
  value: string;
  onValue: (value: string) => void;
}

interface LocationFieldsProps {
  /** The location's key in the form's errors: `location`, `home`, `address`. */
  name: string;
  postcode: Part;
  /** The town, between the postcode and the area, where the form asks for one. */
  city?: Part | undefined;
  area: Part;
  errors: FieldErrors;
  /** Someone else's home: the browser offers none of the user's own addresses. */
  private?: boolean;
}

/** Where something is: a Swedish postcode (travel times come from it) and the part of the municipality. */
export function LocationFields({
  name,
  postcode,
  city,
  area,
  errors,
  private: isPrivate,
}: LocationFieldsProps) {
  const field = (key: string, part: Part) => ({
    name: `${name}.${key}`,
    label: part.label,
    hint: part.hint,
    error: errors[`${name}.${key}`],
    value: part.value,
    onValue: part.onValue,
  });
  return (
    <>
      <TextField
        {...field('postcode', postcode)}
        inputMode="numeric"
        autoComplete={isPrivate ? 'off' : 'postal-code'}
        width="short"
      />
      {city && <TextField {...field('city', city)} autoComplete="address-level2" width="medium" />}
      <TextField {...field('area', area)} autoComplete={isPrivate ? 'off' : undefined} width="medium" />
    </>
  );
}
