import type { Role } from '#shared/schemas/common';

/** Who is calling, as the verified token says. */
export interface Principal {
  userId: string;
  role: Role;
  tenant: string;
  employerId?: string;
  name?: string;
  /** The sign-in's address (Cognito's `email` claim), recorded for staff: the daily digest goes there. */
  email?: string;
}
