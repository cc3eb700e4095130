import type { ReactNode } from 'react';

/** A phone number a phone can call by tapping it; shown as written, dialled as digits. */
export function PhoneLink({ phone, children }: { phone: string; children?: ReactNode }) {
  return <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{children ?? phone}</a>;
}
