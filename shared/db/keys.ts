// Key builders. Only repositories import this file; every key starts with the tenant.

const t = (tenant: string) => `T#${tenant}#`;

export const keys = {
  tenant: (tenant: string) => ({ pk: `${t(tenant)}TENANT`, sk: 'TENANT' }),

  employer: (tenant: string, employerId: string) => ({
    pk: `${t(tenant)}EMPLOYER#${employerId}`,
    sk: 'EMPLOYER',
  }),
  employerByStatus: (tenant: string, status: string) => `${t(tenant)}EMPLOYERS#STATUS#${status}`,
  employersAll: (tenant: string) => `${t(tenant)}EMPLOYERS`,
  orgNumberGuard: (tenant: string, orgNumber: string) => ({
    pk: `${t(tenant)}ORGNR#${orgNumber}`,
    sk: 'ORGNR',
  }),
  userLink: (tenant: string, userId: string) => ({ pk: `${t(tenant)}USER#${userId}`, sk: 'USER' }),

  placement: (tenant: string, placementId: string) => ({
    pk: `${t(tenant)}PLACEMENT#${placementId}`,
    sk: 'PLACEMENT',
  }),
  placementsOfEmployer: (tenant: string, employerId: string) =>
    `${t(tenant)}EMPLOYER#${employerId}#PLACEMENTS`,
  placementsByStatus: (tenant: string, status: string) => `${t(tenant)}PLACEMENTS#STATUS#${status}`,
  placementsAll: (tenant: string) => `${t(tenant)}PLACEMENTS`,

  idempotency: (tenant: string, userId: string, key: string) => ({
    pk: `${t(tenant)}IDEMPOTENCY#${userId}#${key}`,
    sk: 'IDEMPOTENCY',
  }),
};
