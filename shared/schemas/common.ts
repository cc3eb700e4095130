import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';

export const Id = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, fieldMessage('id.invalid'))
  .describe('ULID');
/** A path that names one record: `/{id}`. */
export const IdParam = z.object({ id: Id });

export const TenantId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, fieldMessage('tenant.invalid'))
  .describe('Municipality slug, e.g. malmo');
export type TenantId = z.infer<typeof TenantId>;

export const Timestamp = z.iso.datetime().describe('ISO-8601 UTC timestamp');
// A real calendar date in the years people's pathways can have; "0000-01-01" is not one.
export const IsoDate = z.iso
  .date(fieldMessage('date.format'))
  .refine((date) => date >= '1900-01-01' && date <= '2099-12-31', fieldMessage('date.range'))
  .describe('Calendar date, YYYY-MM-DD');

export const Version = z.number().int().min(1);

export const Role = z.enum(['admin', 'coach', 'employer']);
export type Role = z.infer<typeof Role>;

// Swedish postcode: five digits, optionally written "211 22".
export const Postcode = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{2}$/, fieldMessage('postcode.format'))
  .transform((value) => value.replace(' ', ''));

/** A Swedish or international phone number as people write it: digits, spaces, dashes, a leading +. */
export const PhoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[\d\s-]{7,20}$/, fieldMessage('contact.phone'));

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});

/** A PATCH body that changes at least one field: an empty one is a mistake, not a save. */
export const somePatch = <T extends z.ZodObject>(schema: T) =>
  schema.refine((patch) => Object.keys(patch).length > 0, fieldMessage('patch.empty'));

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), cursor: z.string().optional() });

export const FieldError = z.object({ field: z.string(), message: z.string() });
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .describe('RFC 9457 problem details');
export type Problem = z.infer<typeof Problem>;
