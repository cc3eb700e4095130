import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldKey, issuesToErrors } from '../../web/src/forms/field-errors.ts';

// The web shows each error on the input it is about: a list of choices as one field, a list
// of records (a provider, a session, a companion) by the record's own input.

describe('which field an error belongs to', () => {
  it('keeps a record’s position, and drops a choice’s', () => {
    expect(fieldKey(['compensation', 'providers', 3, 'name'])).toBe('compensation.providers.3.name');
    expect(fieldKey('sessions.1.startsAt')).toBe('sessions.1.startsAt');
    expect(fieldKey(['tasks', 2])).toBe('tasks');
    expect(fieldKey('rates.municipal.fullDay.0')).toBe('rates.municipal.fullDay');
    expect(fieldKey(['address', 'postcode'])).toBe('address.postcode');
  });

  it('maps a zod issue inside a list of records to that record’s input', () => {
    const schema = z.object({
      companions: z.array(z.object({ name: z.string().min(2, 'name') })),
      tasks: z.array(z.string().min(1, 'task')),
    });
    const result = schema.safeParse({ companions: [{ name: 'Eva' }, { name: '' }], tasks: ['a', ''] });
    expect(result.success).toBe(false);
    expect(issuesToErrors(result.error?.issues ?? [], (message) => message)).toEqual({
      'companions.1.name': 'name',
      tasks: 'task',
    });
  });
});
