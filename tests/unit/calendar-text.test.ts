import { describe, expect, it } from 'vitest';
import { timelinePage } from '#api/services/timelines';
import { addDays, swedishDate, swedishMoment } from '#shared/domain/calendar';
import { textProblem, unstorableTexts } from '#shared/domain/text';

describe('Swedish dates', () => {
  it('is already tomorrow in Stockholm between midnight and 01:00/02:00 UTC', () => {
    expect(swedishDate(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15'); // winter, UTC+1
    expect(swedishDate(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15'); // summer, UTC+2
    expect(swedishDate(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14');
  });

  it('reads an instant as Swedish wall-clock time and leaves a date as it is', () => {
    expect(swedishMoment('2026-12-03T23:10:00.000Z')).toBe('2026-12-04T00:10:00.000');
    expect(swedishMoment('2026-07-14T21:59:59.999Z')).toBe('2026-07-14T23:59:59.999');
    expect(swedishMoment('2026-12-04')).toBe('2026-12-04');
  });

  it('orders a timeline by Swedish time: a step dated today comes before a proposal made after midnight', () => {
    const stage = { at: '2026-12-04', kind: 'stage' as const, id: 'S', status: 'prework' };
    const match = { at: '2026-12-03T23:10:00.000Z', kind: 'match' as const, id: 'M', status: 'proposed' };
    const older = { at: '2026-12-03T20:00:00.000Z', kind: 'match' as const, id: 'O', status: 'proposed' };
    const { items } = timelinePage([older, stage, match], 10);
    expect(items.map((entry) => entry.id)).toEqual(['M', 'S', 'O']);
    const first = timelinePage([older, stage, match], 1);
    expect(timelinePage([older, stage, match], 10, first.lastKey?.after).items.map((e) => e.id)).toEqual([
      'S',
      'O',
    ]);
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
