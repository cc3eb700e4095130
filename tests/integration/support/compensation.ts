import type { Compensation } from '#shared/schemas/compensation';
import { type Caller, changeTenant } from './harness.ts';

// A compensation table for tests: Västerås 2021's level 2 full day (10,034 municipal,
// 10,674 private SEK a month) and its goal-based sum (30,000 SEK); the other rates are
// made up for the tests.
export const testCompensation: Compensation = {
  providers: [
    { id: 'kommunal', name: 'Daglig verksamhet Västerås stad', kind: 'municipal' },
    { id: 'arbetsgladje', name: 'Arbetsglädje AB', kind: 'private' },
  ],
  rates: {
    municipal: { fullDay: [8_000, 10_034, 12_500, 15_000], halfDay: [4_000, 5_017, 6_250, 7_500] },
    private: { fullDay: [8_500, 10_674, 13_100, 15_900], halfDay: [4_250, 5_337, 6_550, 7_950] },
  },
  goalPayment: 30_000,
  goalMonthsAfterSupport: 6,
};

/** Gives the caller's tenant the test table (an admin's PATCH with the ETag just read). */
export async function useCompensation(admin: Caller, compensation: Compensation = testCompensation) {
  return changeTenant(admin, { compensation });
}
