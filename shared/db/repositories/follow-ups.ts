import { addDays } from '../../domain/calendar.ts';
import { periodEndingDays, type TenantFollowUps } from '../../domain/follow-ups.ts';
import type { Employment } from '../../schemas/employment.ts';
import type { SupportCall } from '../../schemas/support-call.ts';
import { listSupportPeriodsEnding } from './employments.ts';
import { listOpenFollowUpItems } from './support-calls.ts';
import { allOpenSupportRequests } from './support-requests.ts';

/**
 * Everything open in the tenant on `date`, read from three small partitions: open
 * follow-ups due by then (calls and employments' check-ins), open requests, and
 * support periods ending within 30 days.
 */
export async function tenantFollowUps(tenant: string, date: string): Promise<TenantFollowUps> {
  const [due, openRequests, periods] = await Promise.all([
    listOpenFollowUpItems(tenant, date),
    allOpenSupportRequests(tenant),
    listSupportPeriodsEnding(tenant, date, addDays(date, periodEndingDays)),
  ]);
  return {
    calls: due.filter((item) => 'followUp' in item) as unknown as SupportCall[],
    employments: due.filter((item) => 'checkIns' in item) as unknown as Employment[],
    openRequests,
    periods,
  };
}
