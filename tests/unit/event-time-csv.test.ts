import { describe, expect, it } from 'vitest';
import { stockholmToUtc, stockholmWallTime } from '#shared/domain/event-time';
import { csvField, toCsv } from '../../web/src/events/csv.ts';

describe('Swedish event times', () => {
  it('turns a Swedish wall-clock time into UTC on both sides of the change to and from summer time', () => {
    expect(stockholmToUtc('2027-03-27', '10:00')).toBe('2027-03-27T09:00:00.000Z');
    expect(stockholmToUtc('2027-03-28', '10:00')).toBe('2027-03-28T08:00:00.000Z');
    expect(stockholmToUtc('2027-10-31', '10:00')).toBe('2027-10-31T09:00:00.000Z');
    expect(stockholmWallTime('2027-03-28T08:00:00.000Z')).toEqual(['2027-03-28', '10:00']);
  });
});

describe('CSV for Excel', () => {
  it('starts with a BOM, separates with semicolons, quotes what needs it and defuses formulas', () => {
    expect(csvField('Åsa; "Stöd"')).toBe('"Åsa; ""Stöd"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(toCsv(['Namn', 'Status'], [['Öje', 'bekräftad']])).toBe('\uFEFFNamn;Status\r\nÖje;bekräftad\r\n');
  });
});
