import { getTenant } from '#shared/db/repositories/tenants';
import { sectors as defaultSectors } from '#shared/schemas/vocabulary';
import { problem } from '../errors.ts';

/** The sectors a tenant works with; a tenant without its own list has the default ones. */
export async function tenantSectors(tenant: string): Promise<readonly string[]> {
  return (await getTenant(tenant))?.sectors ?? defaultSectors;
}

/**
 * Sectors are slugs a tenant may extend, so the schema checks their shape only;
 * here each one is checked against the tenant's list. `fields` maps a field name
 * ("sector", "interests", "query.sector") to the values given for it.
 */
export async function assertKnownSectors(
  tenant: string,
  fields: Record<string, string | readonly string[] | undefined>,
): Promise<void> {
  const given = Object.entries(fields).filter(([, values]) => values !== undefined && values.length > 0);
  if (given.length === 0) return;
  const known = new Set(await tenantSectors(tenant));
  const allowed = [...known].join(', ');
  const errors = given.flatMap(([field, values]) =>
    (typeof values === 'string' ? [values] : (values ?? [])).flatMap((value, index) =>
      known.has(value)
        ? []
        : [
            {
              field: typeof values === 'string' ? field : `${field}.${index}`,
              message: {
                sv: `Okänd bransch "${value}". Välj en av: ${allowed}.`,
                en: `Unknown sector "${value}". Choose one of: ${allowed}.`,
              },
            },
          ],
    ),
  );
  if (errors.length > 0) throw problem('sector.unknown', errors);
}
