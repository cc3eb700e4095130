import { z } from 'zod';
import { formatOrgNumber, isValidOrgNumber, normaliseOrgNumber } from '../domain/org-number.ts';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, PhoneNumber, Postcode, somePatch, TenantId, Timestamp, Version } from './common.ts';
import { Sector } from './vocabulary.ts';

export const OrgNumber = z
  .string()
  .trim()
  .refine((value) => /^\d{6}-?\d{4}$/.test(value), fieldMessage('org_number.format'))
  .refine(
    (value) => !/^\d{6}-?\d{4}$/.test(value) || isValidOrgNumber(value),
    fieldMessage('org_number.checksum'),
  )
  .transform((value) => formatOrgNumber(normaliseOrgNumber(value)))
  .describe('Swedish organisationsnummer, e.g. 556677-8899');

export const EmployerStatus = z.enum(['pending', 'active', 'paused']);
export type EmployerStatus = z.infer<typeof EmployerStatus>;

export const Address = z.strictObject({
  street: z.string().trim().min(1, fieldMessage('address.street')).max(120),
  postcode: Postcode,
  city: z.string().trim().min(1, fieldMessage('address.city')).max(80),
  area: z
    .string()
    .trim()
    .min(1, fieldMessage('address.area'))
    .max(80)
    .describe('Municipality area (stadsdel)'),
});

export const ContactPerson = z.strictObject({
  name: z.string().trim().min(1, fieldMessage('contact.name')).max(120),
  phone: PhoneNumber,
  email: z.email(fieldMessage('contact.email')).max(200),
});

const employerFields = {
  name: z.string().trim().min(2, fieldMessage('employer.name')).max(120),
  orgNumber: OrgNumber,
  unit: z
    .string()
    .trim()
    .min(2, fieldMessage('employer.unit'))
    .max(120)
    .optional()
    .describe('A workplace or unit under the organisation number, e.g. "Rosengårds bibliotek"'),
  sectors: z.array(Sector).min(1, fieldMessage('employer.sectors')).max(9),
  address: Address,
  contact: ContactPerson,
};

export const EmployerCreate = z.object(employerFields).strict();
export type EmployerCreate = z.infer<typeof EmployerCreate>;

// The org number and unit are the employer's identity in the tenant; PATCH changes neither.
export const EmployerPatch = somePatch(
  z
    .object({
      name: employerFields.name,
      sectors: employerFields.sectors,
      address: employerFields.address,
      contact: employerFields.contact,
      status: z.enum(['active', 'paused']),
    })
    .partial()
    .strict(),
);
export type EmployerPatch = z.infer<typeof EmployerPatch>;

export const Employer = z.object({
  id: Id,
  tenant: TenantId,
  ...employerFields,
  orgNumber: z.string(),
  status: EmployerStatus,
  verifiedAt: Timestamp.optional(),
  verifiedBy: z.string().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Employer = z.infer<typeof Employer>;

export const EmployerListQuery = z.object({ status: EmployerStatus.optional() });
