import { describe, expect, it } from 'vitest';
import {
  birthYearBand,
  deIdentifiedSupportCall,
  pastRetention,
  pseudonymisedSignup,
  pseudonymisedTransition,
} from '#shared/domain/erasure';
import type { Signup } from '#shared/schemas/signup';
import type { SupportCall } from '#shared/schemas/support-call';

describe('what erasure keeps of a participant', () => {
  it('coarsens a birth year to its five-year band', () => {
    expect(birthYearBand(1998)).toBe('1995–1999');
    expect(birthYearBand(1995)).toBe('1995–1999');
    expect(birthYearBand(2000)).toBe('2000–2004');
  });

  it('keeps a step without its note, under the pseudonym, with the gender copied on', () => {
    const kept = pseudonymisedTransition(
      {
        id: 'T1',
        tenant: 't',
        participantId: 'P1',
        from: 'prework',
        to: 'exited',
        date: '2025-01-02',
        note: 'Anna flyttar',
        createdBy: 'coach',
        createdAt: '2025-01-02T10:00:00Z',
      },
      'PSEUDO',
      'woman',
    );
    expect(kept).not.toHaveProperty('note');
    expect(kept).toMatchObject({ participantId: 'PSEUDO', gender: 'woman', from: 'prework', to: 'exited' });
  });

  it('keeps a sign-up’s seat and status but not who came or how to reach them', () => {
    const signup = {
      id: 'S1',
      name: 'Anna Andersson',
      email: 'anna@example.se',
      phone: '0701234567',
      participantId: 'P1',
      needs: { stepFree: true, food: 'glutenfri' },
      status: 'attended',
      guards: [{ field: 'email', value: 'anna@example.se' }],
    } as unknown as Signup & { guards: unknown[] };
    const kept = pseudonymisedSignup(signup, 'PSEUDO');
    expect(JSON.stringify(kept)).not.toMatch(/Anna|anna@|0701234567|glutenfri|P1/);
    expect(kept).toMatchObject({ status: 'attended', participantId: 'PSEUDO', guards: [] });
  });

  it('keeps a call for the employer without the person or the note', () => {
    const call = { id: 'C1', employerId: 'E1', participantId: 'P1', note: 'Anna mår bra' } as SupportCall;
    expect(deIdentifiedSupportCall(call)).toEqual({ id: 'C1', employerId: 'E1' });
  });

  it('erases the day after the anniversary of leaving, not on it', () => {
    expect(pastRetention('2024-03-10', '2026-03-10', 2)).toBe(false);
    expect(pastRetention('2024-03-10', '2026-03-11', 2)).toBe(true);
    expect(pastRetention('2024-03-11', '2026-03-11', 2)).toBe(false);
  });
});
