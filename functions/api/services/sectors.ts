import { getTenant } from '#shared/db/repositories/tenants';
import { tenantSectorList } from '#shared/domain/tenant-settings';
import type { Tenant } from '#shared/schemas/tenant';
import { sectors as defaultSectors } from '#shared/schemas/vocabulary';
import { problem } from '../errors.ts';

/** The sectors a tenant works with (new writes may use these); without its own list, the defaults. */
export async function tenantSectors(tenant: string): Promise<readonly string[]> {
  return (await getTenant(tenant))?.sectors ?? defaultSectors;
}

interface SectorCheck {
  /** Values the record already has: a sector turned off since stays on the records that use it. */
  kept?: readonly (string | undefined)[];
  /** A filter: any sector the tenant has, also one turned off, finds the records that keep it. */
  anyKnown?: boolean;
}

/**
 * Sectors are slugs a tenant may extend, so the schema checks their shape only;
 * here each one is checked against the tenant's list. `fields` maps a field name
 * ("sector", "interests", "query.sector") to the values given for it.
 */
export async function assertKnownSectors(
  tenant: string,
  fields: SectorFields,
  check: SectorCheck = {},
): Promise<void> {
  if (givenSectors(fields).length > 0) checkKnownSectors(await getTenant(tenant), fields, check);
}

type SectorFields = Record<string, string | readonly string[] | undefined>;

const givenSectors = (fields: SectorFields) =>
  Object.entries(fields).filter(([, values]) => values !== undefined && values.length > 0);

/** The same check against a tenant item the caller has already read. */
export function checkKnownSectors(stored: Tenant | undefined, fields: SectorFields, check: SectorCheck = {}) {
  const given = givenSectors(fields);
  const enabled = stored?.sectors ?? defaultSectors;
  const known = new Set([
    ...enabled,
    ...(check.kept ?? []).filter((value) => value !== undefined),
    ...(check.anyKnown ? tenantSectorList(stored).map((sector) => sector.id) : []),
  ]);
  const allowed = enabled.join(', ');
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
