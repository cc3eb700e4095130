import { describe, expect, it } from 'vitest';
import { employerInMatching, pausedSetChange } from '#shared/domain/employer-pause';
import type { EmployerStatus } from '#shared/schemas/employer';

describe('the paused set follows the employer status', () => {
  const cases: [EmployerStatus, EmployerStatus, 'add' | 'delete' | undefined][] = [
    ['active', 'paused', 'add'],
    ['pending', 'paused', 'add'],
    ['paused', 'active', 'delete'],
    ['paused', 'pending', 'delete'],
    ['pending', 'active', undefined],
    ['active', 'pending', undefined],
    ['paused', 'paused', undefined],
    ['active', 'active', undefined],
  ];
  it.each(cases)('%s → %s: %s', (from, to, change) => {
    expect(pausedSetChange(from, to)).toBe(change);
  });

  it('keeps a paused employer out of matching and the others in', () => {
    const paused = new Set(['e1']);
    expect(employerInMatching('e1', paused)).toBe(false);
    expect(employerInMatching('e2', paused)).toBe(true);
  });
});
