import type { Messages } from '../i18n/sv.ts';

/** The registration form as typed, one text per input. */
export interface CompanyDraft {
  name: string;
  orgNumber: string;
  /** Empty when the organisation has one workplace. */
  unit: string;
  sectors: string[];
  street: string;
  postcode: string;
  city: string;
  area: string;
  contactName: string;
  phone: string;
  email: string;
}

export const emptyCompany: CompanyDraft = {
  name: '',
  orgNumber: '',
  unit: '',
  sectors: [],
  street: '',
  postcode: '',
  city: '',
  area: '',
  contactName: '',
  phone: '',
  email: '',
};

/** The draft in the shape of `EmployerCreate`, so errors name the same paths as the API's. */
export const toEmployerInput = (draft: CompanyDraft) => ({
  name: draft.name,
  orgNumber: draft.orgNumber,
  // An empty field means no unit, which the API takes as the organisation itself.
  ...(draft.unit.trim() ? { unit: draft.unit } : {}),
  sectors: draft.sectors,
  address: { street: draft.street, postcode: draft.postcode, city: draft.city, area: draft.area },
  contact: { name: draft.contactName, phone: draft.phone, email: draft.email },
});

/** Field labels by error path, in the order the form shows them. */
export const companyLabels = (t: Messages): Record<string, string> => ({
  name: t.register.name,
  orgNumber: t.register.orgNumber,
  unit: t.register.unit,
  sectors: t.register.sectors,
  'address.street': t.register.street,
  'address.postcode': t.register.postcode,
  'address.city': t.register.city,
  'address.area': t.register.area,
  'contact.name': t.register.contactName,
  'contact.phone': t.register.phone,
  'contact.email': t.register.email,
});
