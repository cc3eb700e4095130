import type { Role } from '#shared/schemas/common';

/** Who is calling, as the verified token says. */
export interface Principal {
  userId: string;
  role: Role;
  tenant: string;
  employerId?: string;
  name?: string;
}
