import type { Role } from '#shared/schemas/common';

/** Where each role starts after signing in. */
export const homeFor = (role: Role) => (role === 'employer' ? '/company' : '/employers');
