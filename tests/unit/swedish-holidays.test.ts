import { describe, expect, it } from 'vitest';
import { supportRequestDueDate } from '#shared/domain/support-request';
import {
  easterSunday,
  holidayOn,
  isWorkingDay,
  nextWorkingDay,
  swedishHolidays,
} from '#shared/domain/swedish-holidays';

describe('Swedish holidays', () => {
  it('finds Easter Sunday for known years', () => {
    const known: Record<number, string> = {
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('lists the moving and fixed holidays of several years', () => {
    const y2026 = swedishHolidays(2026);
    expect(y2026.get('2026-04-03')).toBe('langfredagen');
    expect(y2026.get('2026-04-06')).toBe('annandag_pask');
    expect(y2026.get('2026-05-14')).toBe('kristi_himmelsfardsdag');
    expect(y2026.get('2026-06-19')).toBe('midsommarafton');
    expect(y2026.get('2026-06-20')).toBe('midsommardagen');
    expect(y2026.get('2026-10-31')).toBe('alla_helgons_dag');
    expect(holidayOn('2025-04-18')).toBe('langfredagen');
    expect(holidayOn('2025-04-21')).toBe('annandag_pask');
    expect(holidayOn('2025-05-29')).toBe('kristi_himmelsfardsdag');
    expect(holidayOn('2025-06-20')).toBe('midsommarafton');
    expect(holidayOn('2025-11-01')).toBe('alla_helgons_dag');
    expect(holidayOn('2024-06-21')).toBe('midsommarafton');
    expect(holidayOn('2027-06-25')).toBe('midsommarafton');
    expect(holidayOn('2027-11-06')).toBe('alla_helgons_dag');
    expect(holidayOn('2028-04-14')).toBe('langfredagen');
    for (const year of [2024, 2025, 2026, 2027, 2030]) {
      expect(holidayOn(`${year}-12-24`)).toBe('julafton');
      expect(holidayOn(`${year}-12-31`)).toBe('nyarsafton');
      expect(holidayOn(`${year}-06-06`)).toBe('nationaldagen');
      expect(holidayOn(`${year}-01-06`)).toBe('trettondedag_jul');
      expect(swedishHolidays(year).size).toBe(16);
    }
    expect(holidayOn('2026-06-18')).toBeUndefined();
  });

  it('knows working days and the next one', () => {
    expect(isWorkingDay('2026-01-16')).toBe(true); // Friday
    expect(isWorkingDay('2026-01-17')).toBe(false); // Saturday
    expect(nextWorkingDay('2026-01-16')).toBe('2026-01-19');
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-07'); // over Easter
    expect(nextWorkingDay('2026-12-23')).toBe('2026-12-28'); // over Christmas
    expect(nextWorkingDay('2026-12-30')).toBe('2027-01-04'); // over New Year
  });
});

describe('when a support request is due', () => {
  const at = (date: string) => new Date(`${date}T10:00:00Z`);

  it('is the next working day, or today when urgent', () => {
    expect(supportRequestDueDate(at('2026-01-14'), false)).toBe('2026-01-15');
    expect(supportRequestDueDate(at('2026-01-14'), true)).toBe('2026-01-14');
    expect(supportRequestDueDate(at('2026-01-16'), false)).toBe('2026-01-19');
  });

  it('skips weekends and holidays, also for an urgent request made on one', () => {
    expect(supportRequestDueDate(at('2026-01-17'), true)).toBe('2026-01-19');
    expect(supportRequestDueDate(at('2026-04-03'), true)).toBe('2026-04-07');
    expect(supportRequestDueDate(at('2025-04-17'), false)).toBe('2025-04-22');
    expect(supportRequestDueDate(at('2026-06-18'), false)).toBe('2026-06-22');
    expect(supportRequestDueDate(at('2025-12-23'), false)).toBe('2025-12-29');
    expect(supportRequestDueDate(at('2025-12-30'), false)).toBe('2026-01-02');
  });

  it('counts the day in Sweden, not in UTC', () => {
    // 23:30 UTC on Thursday 15 January is Friday in Stockholm.
    expect(supportRequestDueDate(new Date('2026-01-15T23:30:00Z'), false)).toBe('2026-01-19');
  });
});
