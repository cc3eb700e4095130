import type { EmployerStatus } from '../schemas/employer.ts';

/**
 * How a status change moves the employer in the tenant's set of paused employers:
 * into it when the employer becomes paused, out of it when it stops being paused,
 * not at all otherwise (pending → active is not a pause).
 */
export function pausedSetChange(from: EmployerStatus, to: EmployerStatus): 'add' | 'delete' | undefined {
  if (from === to) return undefined;
  if (to === 'paused') return 'add';
  if (from === 'paused') return 'delete';
  return undefined;
}

/** A placement is ranked or proposed only while its employer is not paused (and it is open). */
export const employerInMatching = (employerId: string, paused: ReadonlySet<string>) =>
  !paused.has(employerId);
