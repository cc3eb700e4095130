import { z } from 'zod';

/**
 * The schema with every object in it strict: an allow-list all the way down, so a
 * response with a key the schema does not name fails to parse. Tests parse what
 * an employer receives with it; a new field on a participant cannot reach an
 * employer unnoticed.
 */
export function deepStrict(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(
        Object.entries(shape).map(([key, value]) => [key, deepStrict(value)]),
      );
      // A schema that says it takes any other key (z.looseObject) keeps saying so.
      const catchall = def.catchall as z.ZodType | undefined;
      return catchall ? z.object(fields).catchall(catchall) : z.strictObject(fields);
    }
    case 'union':
      return z.union((def.options as z.ZodType[]).map(deepStrict) as [z.ZodType, z.ZodType]);
    case 'array':
      return z.array(deepStrict(def.element as z.ZodType));
    case 'optional':
      return deepStrict(def.innerType as z.ZodType).optional();
    case 'nullable':
      return deepStrict(def.innerType as z.ZodType).nullable();
    case 'default':
      return deepStrict(def.innerType as z.ZodType);
    // A normalising field (postcode, org number): what is stored already passes its input check.
    case 'pipe':
      return deepStrict(def.in as z.ZodType);
    default:
      return schema;
  }
}

/** A list answer whose items parse strictly. */
export const strictList = (item: z.ZodType) =>
  z.strictObject({ items: z.array(deepStrict(item)), cursor: z.string().optional() });
