// What each stored entity is to a participant's rights (GDPR art. 15 and 17): how it
// is found for one participant, whether the export shows it, and what erasure does to
// it. A unit test fails when the code writes an entity this registry has no rule for.
// The code that follows the rules: repositories/participant-data.ts (finding, export)
// and repositories/participant-erasure.ts (erasure).

export type ErasureRule =
  | { kind: 'delete' }
  | { kind: 'pseudonymise'; attributes: readonly string[]; why: string }
  | { kind: 'leave'; why: string };

export interface DataRule {
  /** How the items about one participant are found, or `not personal`. */
  found: string;
  exported: boolean;
  erasure: ErasureRule;
}

const notPersonal = (why: string): DataRule => ({
  found: 'not personal to a participant',
  exported: false,
  erasure: { kind: 'leave', why },
});

export const participantDataRules: Record<string, DataRule> = {
  participant: {
    found: 'GetItem of the profile (their partition)',
    exported: true,
    erasure: { kind: 'delete' },
  },
  erasedParticipant: {
    found: 'written by erasure under the pseudonym only',
    exported: false,
    erasure: {
      kind: 'leave',
      why: 'already de-identified: gender and a five-year birth band under a random pseudonym, for the by-gender indicators',
    },
  },
  participantErasure: {
    found: 'GetItem by a hash of the id',
    exported: false,
    erasure: { kind: 'leave', why: 'the marker of the erasure itself; holds the id only while erasing' },
  },
  transition: {
    found: 'Query of their partition, TRANSITION#',
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['participantId', 'note (removed)', 'key moves to the pseudonym'],
      why: 'the indicators count steps of past periods',
    },
  },
  spell: {
    found: 'GetItem by key from each transition out of a kept stage',
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['participantId', 'sort key'],
      why: 'the indicators count time in prework',
    },
  },
  fact: {
    found: 'retention marks: GetItem by key from each employment; other facts name no participant',
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['participantId (retention marks)'],
      why: 'the indicators count hires kept after 6 and 12 months',
    },
  },
  employment: {
    found: 'Query of their partition, EMPLOYMENT#',
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['participantId', 'key moves to the pseudonym'],
      why: 'retention marks read the end date; compensation reads support periods',
    },
  },
  provision: {
    found: 'Query of their partition, PROVISION#',
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['participantId', 'key moves to the pseudonym'],
      why: 'the compensation report of past months pays providers by it',
    },
  },
  placementInterest: {
    found: 'Query of their partition, INTEREST#',
    exported: true,
    erasure: { kind: 'delete' },
  },
  match: { found: 'Query of gsi2 PARTICIPANT#id#MATCHES', exported: true, erasure: { kind: 'delete' } },
  matchGuard: {
    found: 'GetItem by participant and placement, from each match',
    exported: false,
    erasure: { kind: 'delete' },
  },
  supportCall: {
    found: 'Query of gsi2 PARTICIPANT#id#SUPPORTCALLS',
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['participantId, matchId, employmentId and note (removed)'],
      why: "stays in the employer's support history; the indicators count calls",
    },
  },
  supportRequest: {
    found: "GetItem of the request a participant's call answered",
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['message (removed)'],
      why: "the employer's own request; its free text may name the person",
    },
  },
  signup: {
    found: 'Query of gsi3 PARTICIPANT#id#SIGNUPS, and the companions it names',
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['name', 'email', 'phone', 'organisation', 'needs', 'participantId', 'guards'],
      why: "the event's seats and the indicators count it",
    },
  },
  signupGuard: {
    found: 'GetItem of each guard the sign-up lists (their e-mail, phone or id is in its key)',
    exported: false,
    erasure: { kind: 'delete' },
  },
  audit: {
    found: 'Query of AUDIT#id',
    exported: true,
    erasure: {
      kind: 'pseudonymise',
      attributes: ['subjectId', 'key moves to the pseudonym'],
      why: 'who read what is kept; the subject becomes the pseudonym',
    },
  },
  idempotency: {
    found: 'Query of gsi3 PARTICIPANT#id#IDEMPOTENCY (replies recorded since issue 16)',
    exported: false,
    erasure: { kind: 'delete' },
  },
  waitlistEntry: notPersonal("a sign-up's place in line: the sign-up id and the seats needed"),
  cancelLink: notPersonal('a hash of a secret and the sign-up id'),
  tenant: notPersonal('the municipality'),
  employer: notPersonal('a company'),
  orgNumberGuard: notPersonal("a company's organisation number"),
  userLink: notPersonal('an employer user (staff of a company), not a participant'),
  staffMember: notPersonal('a coach or admin of the tenant'),
  employerUser: notPersonal('an employer user, not a participant'),
  invitation: notPersonal('an invitation of an employer user'),
  placement: notPersonal("an employer's placement"),
  publication: notPersonal('names a placement and its employer, never a person'),
  event: notPersonal('an event'),
  eventSeats: notPersonal("an event's seat counts"),
  rateLimit: notPersonal('a counter per client window; expires'),
  digestMarker: notPersonal("a coach's digest was sent on a day"),
  pausedEmployers: notPersonal("the ids of the tenant's paused employers"),
};
