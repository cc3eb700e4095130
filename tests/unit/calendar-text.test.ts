import { describe, expect, it } from 'vitest';
import { addDays, swedishDate } from '#shared/domain/calendar';
import { textProblem, unstorableTexts } from '#shared/domain/text';

describe('Swedish dates', () => {
  it('is already tomorrow in Stockholm between midnight and 01:00/02:00 UTC', () => {
    expect(swedishDate(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15'); // winter, UTC+1
    expect(swedishDate(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15'); // summer, UTC+2
    expect(swedishDate(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14');
  });

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 365)).toBe('2027-12-31');
  });
});

describe('text that may be stored', () => {
  it('keeps ordinary text, line breaks and tabs', () => {
    expect(textProblem('Åsa packar varor.\nTvå dagar i veckan.\t✓')).toBeUndefined();
  });

  it('refuses control characters, direction overrides and lone surrogates', () => {
    expect(textProblem('a\u0000b')).toBe('control_character');
    expect(textProblem('abc\u202Efed')).toBe('control_character');
    expect(textProblem('isolate\u2066x')).toBe('control_character');
    expect(textProblem('bad \uD800 half')).toBe('not_well_formed');
  });

  it('names each field that holds such text, nested or in a list', () => {
    expect(unstorableTexts({ title: 'ok', address: { street: 'x\u0007' }, tags: ['ok', 'y\u202E'] })).toEqual(
      ['address.street', 'tags.1'],
    );
  });
});
