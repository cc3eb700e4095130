import type { ComponentProps } from 'react';
import { TextField } from './TextField.tsx';

/** A whole number typed in a short field, with the phone's number keyboard. */
export function NumberField(props: Omit<ComponentProps<typeof TextField>, 'type' | 'inputMode'>) {
  return <TextField type="number" inputMode="numeric" width="short" {...props} />;
}
