import type { Participant } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';

// A participant and a placement that fit each other on every hard constraint;
// each test changes only what it is about.

export function aParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    id: '01JPART0000000000000000001',
    tenant: 'malmo',
    firstName: 'Sara',
    lastName: 'Lind',
    gender: 'woman',
    birthYear: 1998,
    coachId: 'coach-1',
    interests: ['retail', 'logistics', 'second_hand'],
    preferredTasks: ['packing', 'sorting'],
    availability: { kind: 'fullDay', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    supportLevel: 2,
    environmentNeeds: [],
    capabilities: ['fine_motor', 'standing_long', 'working_pace', 'reading'],
    home: { postcode: '21122', area: 'Innerstaden' },
    maxTravelMinutes: 45,
    goal: 'Jag vill jobba i en butik.',
    consent: { sharedSummary: true, givenAt: '2026-01-10' },
    stage: 'prework',
    stageSince: '2026-01-10',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function aPlacement(overrides: Partial<Placement> = {}): Placement {
  return {
    id: '01JPLAC0000000000000000001',
    tenant: 'malmo',
    employerId: '01JEMPL0000000000000000001',
    employerName: 'Hemköp Triangeln',
    kind: 'learning_placement',
    title: 'Varupåfyllning i butik',
    sector: 'retail',
    tasks: ['packing', 'shelving'],
    traits: ['fine_motor', 'standing_long'],
    description: 'Fyll på hyllor och packa varor tillsammans med en handledare.',
    seats: 2,
    schedule: { kind: 'halfDay', weekdays: ['mon', 'wed'] },
    maxSupportLevel: 3,
    environment: ['indoor'],
    supervisorOnSite: true,
    location: { postcode: '21120', area: 'Innerstaden' },
    startDate: '2026-02-01',
    seatsTaken: 0,
    status: 'open',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** Ids in ULID shape that sort in number order. */
export function idFor(prefix: 'PART' | 'PLAC', n: number): string {
  return `01J${prefix}${String(n).padStart(19, '0')}`;
}
