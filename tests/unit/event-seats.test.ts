import { describe, expect, it } from 'vitest';
import { emptyLedger, placeSignup, promote, release, resize } from '#shared/domain/event-seats';
import {
  checkEventMove,
  checkSignupMove,
  checkSignupWindow,
  normalisePhone,
  personKeys,
} from '#shared/domain/event-signup';

const now = new Date('2027-03-01T10:00:00Z');
const event = {
  status: 'published' as const,
  signupDeadline: '2027-03-10T12:00:00.000Z',
  seats: { participant: 2 },
};

describe('who may sign up when', () => {
  it('refuses a draft, a cancelled or held event, a passed deadline and a kind without seats, each by its code', () => {
    expect(checkSignupWindow(event, 'participant', now)).toBeUndefined();
    expect(checkSignupWindow({ ...event, status: 'draft' }, 'participant', now)?.code).toBe(
      'event.not_published',
    );
    expect(checkSignupWindow({ ...event, status: 'cancelled' }, 'participant', now)?.code).toBe(
      'event.cancelled',
    );
    expect(checkSignupWindow({ ...event, status: 'held' }, 'participant', now)?.code).toBe(
      'event.signup_closed',
    );
    expect(checkSignupWindow(event, 'participant', new Date('2027-03-10T12:00:01Z'))?.code).toBe(
      'event.signup_closed',
    );
    expect(checkSignupWindow(event, 'employer', now)?.code).toBe('signup.kind_not_offered');
  });

  it('knows one person by e-mail in any case, and by one phone number however written', () => {
    expect(normalisePhone('070-123 45 67')).toBe(normalisePhone('+46 70 123 45 67'));
    expect(normalisePhone('0046701234567')).toBe('0701234567');
    expect(personKeys({ email: ' Sara@Test.se ', phone: '070-1234567' })).toEqual([
      { field: 'email', value: 'sara@test.se' },
      { field: 'phone', value: '0701234567' },
    ]);
  });

  it('lets a sign-up move only along its lifecycle, and an event too', () => {
    expect(checkSignupMove('confirmed', 'attended')).toBeUndefined();
    expect(checkSignupMove('attended', 'no_show')).toBeUndefined();
    expect(checkSignupMove('no_show', 'confirmed')).toBeUndefined();
    expect(checkSignupMove('waitlisted', 'attended')?.code).toBe('signup.status_move_not_allowed');
    expect(checkSignupMove('cancelled', 'confirmed')?.code).toBe('signup.status_move_not_allowed');
    expect(checkEventMove('draft', 'published')).toBeUndefined();
    expect(checkEventMove('published', 'draft')?.code).toBe('event.status_move_not_allowed');
    expect(checkEventMove('cancelled', 'published')?.code).toBe('event.status_move_not_allowed');
  });
});

describe('the seat ledger', () => {
  it('confirms while seats of the kind remain, then waitlists with positions 1, 2, … and arrival numbers', () => {
    let ledger = emptyLedger({ participant: 3 });
    const placed = [];
    for (const need of [2, 1, 1, 2]) {
      const result = placeSignup(ledger, 'participant', need);
      placed.push([result.status, result.position, result.seq]);
      ledger = result.ledger;
    }
    expect(placed).toEqual([
      ['confirmed', undefined, 1],
      ['confirmed', undefined, 2],
      ['waitlisted', 1, 3],
      ['waitlisted', 2, 4],
    ]);
    expect(ledger).toMatchObject({ taken: { participant: 3 }, waiting: { participant: 2 }, rev: 4 });
  });

  it('never confirms past someone waiting, even when a seat would fit the newcomer', () => {
    const ledger = {
      ...emptyLedger({ participant: 3 }),
      taken: { participant: 2, employer: 0 },
      waiting: { participant: 1, employer: 0 },
    };
    expect(placeSignup(ledger, 'participant', 1)).toMatchObject({ status: 'waitlisted', position: 2 });
  });

  it('promotes from the head in order while the head fits, and stops at one that does not', () => {
    const full = {
      ...emptyLedger({ participant: 4 }),
      taken: { participant: 4, employer: 0 },
      waiting: { participant: 3, employer: 0 },
    };
    const freed = release(full, 'participant', 2, 'seat');
    const heads = [
      { signupId: 'a', need: 1 },
      { signupId: 'b', need: 2 },
      { signupId: 'c', need: 1 },
    ];
    const result = promote(freed, 'participant', heads);
    expect(result.promoted.map((w) => w.signupId)).toEqual(['a']);
    expect(result.ledger).toMatchObject({ taken: { participant: 3 }, waiting: { participant: 2 } });
  });

  it('refuses fewer seats than are held, and lets more seats in', () => {
    const ledger = { ...emptyLedger({ participant: 4 }), taken: { participant: 3, employer: 0 } };
    expect(resize(ledger, { participant: 2 })).toBeUndefined();
    expect(resize(ledger, { participant: 6 })?.capacity.participant).toBe(6);
  });
});
