import { swedishDate } from './calendar.ts';
import { nextWorkingDay, workingDayFrom } from './swedish-holidays.ts';

/**
 * When a coach should have called back an employer who asked: the next working day,
 * or today when it is urgent (the next working day when asked on a weekend or holiday).
 */
export function supportRequestDueDate(now: Date, urgent: boolean): string {
  const today = swedishDate(now);
  return urgent ? workingDayFrom(today) : nextWorkingDay(today);
}
