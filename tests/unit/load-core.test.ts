import { describe, expect, it } from 'vitest';
import {
  duplicateSignupViolations,
  eventSeatViolations,
  type Item,
  invariantViolations,
  type KindResult,
  placementSeatViolations,
  unexpectedAnswers,
} from '../load/load-core.ts';

// The checks `npm run load` trusts after its run: each must pass a consistent table
// and name each way the table can be wrong.

const placement = (id: string, seats: number, seatsTaken: number): Item => ({
  entity: 'placement',
  id,
  seats,
  seatsTaken,
});
const match = (placementId: string, status: string): Item => ({ entity: 'match', placementId, status });
const ledger = (eventId: string, taken: number, waiting: number, capacity = 2): Item => ({
  entity: 'eventSeats',
  eventId,
  capacity: { participant: capacity, employer: 0 },
  taken: { participant: taken, employer: 0 },
  waiting: { participant: waiting, employer: 0 },
});
const signup = (id: string, status: string, extra: Item = {}): Item => ({
  entity: 'signup',
  id,
  eventId: 'e1',
  kind: 'participant',
  status,
  email: `${id}@test.example`,
  ...extra,
});
const entry = (signupId: string, seq: number): Item => ({
  entity: 'waitlistEntry',
  pk: 'T#t#EVENT#e1',
  sk: `WAIT#participant#${String(seq).padStart(9, '0')}`,
  signupId,
});

const consistent: Item[] = [
  placement('p1', 2, 2),
  match('p1', 'accepted'),
  match('p1', 'started'),
  match('p1', 'declined'),
  placement('p2', 1, 0),
  match('p2', 'proposed'),
  ledger('e1', 2, 2),
  signup('a', 'confirmed', { companionIds: ['a2'] }),
  signup('a2', 'confirmed', { companionOf: 'a', email: undefined }),
  signup('b', 'waitlisted'),
  signup('c', 'waitlisted'),
  signup('d', 'cancelled'),
  entry('b', 3),
  entry('c', 4),
];

describe('the load run’s invariants', () => {
  it('find nothing wrong in a consistent table', () => {
    expect(invariantViolations(consistent)).toEqual([]);
  });

  it('catch a placement over its seats, and a counter that disagrees with the matches', () => {
    expect(
      placementSeatViolations([placement('p', 1, 2), match('p', 'accepted'), match('p', 'accepted')]),
    ).toEqual(['placement p: 2 seats taken of 1']);
    expect(
      placementSeatViolations([placement('p', 3, 1), match('p', 'accepted'), match('p', 'accepted')]),
    ).toEqual(['placement p: counter 1, but 2 matches hold a seat']);
  });

  it('catch a sign-up counted twice or not at all by the ledger', () => {
    expect(eventSeatViolations([ledger('e1', 2, 0), signup('a', 'confirmed')])).toEqual([
      'event e1 (participant): ledger says 2 seats taken, 1 sign-ups hold one',
    ]);
    expect(eventSeatViolations([ledger('e1', 0, 0), signup('a', 'attended')])).toHaveLength(1);
  });

  it('catch a gap, a double and a stray in the waitlist', () => {
    const missing = consistent.filter((item) => !(item.entity === 'waitlistEntry' && item.signupId === 'b'));
    expect(eventSeatViolations(missing)).toEqual([
      'event e1 (participant): waitlisted sign-up b has no place in the waitlist',
    ]);
    expect(eventSeatViolations([...consistent, entry('c', 5)])).toEqual([
      'event e1 (participant): sign-up c is 2 times on the waitlist',
    ]);
    expect(eventSeatViolations([...consistent, entry('d', 6)])).toEqual([
      'event e1 (participant): the waitlist holds d, which is not waitlisted',
    ]);
  });

  it('catch one person signed up twice for an event, but not after a cancellation', () => {
    const twice = [
      signup('x', 'confirmed', { email: 'sam@test.example' }),
      signup('y', 'waitlisted', { email: 'Sam@test.example' }),
    ];
    expect(duplicateSignupViolations(twice)).toHaveLength(1);
    expect(duplicateSignupViolations([twice[0]!, { ...twice[1]!, status: 'cancelled' }])).toEqual([]);
  });

  it('count every non-2xx answer that is not an expected refusal as unexpected', () => {
    const result: KindResult = {
      kind: 'accept',
      requests: 10,
      durationSeconds: 1,
      p50: 5,
      p99: 9,
      statusCounts: { '200': 5, '409': 3, '412': 1, '500': 1 },
      expected: [409],
    };
    expect(unexpectedAnswers(result)).toBe(2);
  });
});
