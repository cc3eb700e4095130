// Key builders. Only repositories import this file; every key starts with the tenant.

const t = (tenant: string) => `T#${tenant}#`;

export const keys = {
  tenant: (tenant: string) => ({ pk: `${t(tenant)}TENANT`, sk: 'TENANT' }),
  /** The tenant's paused employers (a string set), beside the tenant: read with it in one BatchGetItem. */
  pausedEmployers: (tenant: string) => ({ pk: `${t(tenant)}TENANT`, sk: 'PAUSED_EMPLOYERS' }),

  employer: (tenant: string, employerId: string) => ({
    pk: `${t(tenant)}EMPLOYER#${employerId}`,
    sk: 'EMPLOYER',
  }),
  employerByStatus: (tenant: string, status: string) => `${t(tenant)}EMPLOYERS#STATUS#${status}`,
  employersAll: (tenant: string) => `${t(tenant)}EMPLOYERS`,
  /** One guard per organisation number and unit; the organisation itself (no unit) keeps `ORGNR`. */
  orgNumberGuard: (tenant: string, orgNumber: string, unit: string | undefined) => ({
    pk: `${t(tenant)}ORGNR#${orgNumber}`,
    sk: unit === undefined ? 'ORGNR' : `UNIT#${unit}`,
  }),
  userLink: (tenant: string, userId: string) => ({ pk: `${t(tenant)}USER#${userId}`, sk: 'USER' }),
  /** The tenant's coaches and admins, in one partition: a municipality has tens, not thousands. */
  staffMember: (tenant: string, userId: string) => ({ pk: `${t(tenant)}STAFF`, sk: `USER#${userId}` }),
  /** An employer's users live in the employer's partition, after the employer item. */
  employerUser: (tenant: string, employerId: string, userId: string) => ({
    pk: `${t(tenant)}EMPLOYER#${employerId}`,
    sk: `USER#${userId}`,
  }),
  employerUserPrefix: 'USER#',
  /** Found by the hash of its token; the token itself is never stored. */
  invitation: (tenant: string, tokenHash: string) => ({
    pk: `${t(tenant)}INVITATION#${tokenHash}`,
    sk: 'INVITATION',
  }),
  invitationsOfEmployer: (tenant: string, employerId: string) =>
    `${t(tenant)}EMPLOYER#${employerId}#INVITATIONS`,

  placement: (tenant: string, placementId: string) => ({
    pk: `${t(tenant)}PLACEMENT#${placementId}`,
    sk: 'PLACEMENT',
  }),
  placementsOfEmployer: (tenant: string, employerId: string) =>
    `${t(tenant)}EMPLOYER#${employerId}#PLACEMENTS`,
  placementsByStatus: (tenant: string, status: string) => `${t(tenant)}PLACEMENTS#STATUS#${status}`,
  placementsAll: (tenant: string) => `${t(tenant)}PLACEMENTS`,

  participant: (tenant: string, participantId: string) => ({
    pk: `${t(tenant)}PARTICIPANT#${participantId}`,
    sk: 'PARTICIPANT',
  }),
  participantsAll: (tenant: string) => `${t(tenant)}PARTICIPANTS`,
  participantsByStage: (tenant: string, stage: string) => `${t(tenant)}PARTICIPANTS#STAGE#${stage}`,
  participantsByCoach: (tenant: string, coachId: string) => `${t(tenant)}PARTICIPANTS#COACH#${coachId}`,
  /** Transitions live in the participant's partition, in date order. */
  transition: (tenant: string, participantId: string, date: string, transitionId: string) => ({
    pk: `${t(tenant)}PARTICIPANT#${participantId}`,
    sk: `TRANSITION#${date}#${transitionId}`,
  }),
  transitionPrefix: 'TRANSITION#',
  /** Month buckets keep a period's transitions to a few small partitions. */
  transitionsInMonth: (tenant: string, month: string) => `${t(tenant)}TRANSITIONS#${month}`,

  match: (tenant: string, matchId: string) => ({ pk: `${t(tenant)}MATCH#${matchId}`, sk: 'MATCH' }),
  matchesOfPlacement: (tenant: string, placementId: string) => `${t(tenant)}PLACEMENT#${placementId}#MATCHES`,
  matchesOfParticipant: (tenant: string, participantId: string) =>
    `${t(tenant)}PARTICIPANT#${participantId}#MATCHES`,
  matchesOfEmployer: (tenant: string, employerId: string) => `${t(tenant)}EMPLOYER#${employerId}#MATCHES`,
  /** One live proposal per participant and placement. */
  matchGuard: (tenant: string, participantId: string, placementId: string) => ({
    pk: `${t(tenant)}MATCHGUARD#${participantId}#${placementId}`,
    sk: 'MATCHGUARD',
  }),

  auditEntry: (tenant: string, subjectId: string, at: string, entryId: string) => ({
    pk: `${t(tenant)}AUDIT#${subjectId}`,
    sk: `${at}#${entryId}`,
  }),
  auditOfSubject: (tenant: string, subjectId: string) => `${t(tenant)}AUDIT#${subjectId}`,

  // Events and sign-ups (docs/data-model.md, items and patterns 31–43).
  event: (tenant: string, eventId: string) => ({ pk: `${t(tenant)}EVENT#${eventId}`, sk: 'EVENT' }),
  eventsAll: (tenant: string) => `${t(tenant)}EVENTS`,
  eventsByStatus: (tenant: string, status: string) => `${t(tenant)}EVENTS#STATUS#${status}`,
  /** The event's seat ledger, beside the event: every sign-up transaction rewrites it. */
  /**
   * The one key that is not a tenant's: scheduled jobs work across tenants, and the
   * reminder job finds the events that start on a (UTC) day with it. Read by that job only.
   */
  eventsStartingOn: (day: string) => `JOB#EVENTS#STARTING#${day}`,
  /** Every tenant, for the scheduled jobs that serve each one (not a tenant's key either). */
  tenantsAll: 'JOB#TENANTS',
  eventSeats: (tenant: string, eventId: string) => ({ pk: `${t(tenant)}EVENT#${eventId}`, sk: 'SEATS' }),
  /** One guard per person and event (e-mail, phone or participant), held by the active sign-up. */
  signupGuard: (tenant: string, eventId: string, field: string, value: string) => ({
    pk: `${t(tenant)}EVENT#${eventId}`,
    sk: `GUARD#${field}#${value}`,
  }),
  /** The waitlist of a kind, in the event's partition, in arrival order: its head is one consistent Query. */
  waitlistEntry: (tenant: string, eventId: string, kind: string, seq: number) => ({
    pk: `${t(tenant)}EVENT#${eventId}`,
    sk: `WAIT#${kind}#${String(seq).padStart(9, '0')}`,
  }),
  waitlistPrefix: (kind: string) => `WAIT#${kind}#`,
  signup: (tenant: string, signupId: string) => ({ pk: `${t(tenant)}SIGNUP#${signupId}`, sk: 'SIGNUP' }),
  signupsOfEvent: (tenant: string, eventId: string) => `${t(tenant)}EVENT#${eventId}#SIGNUPS`,
  signupsOfEmployer: (tenant: string, employerId: string) => `${t(tenant)}EMPLOYER#${employerId}#SIGNUPS`,
  /** Found by the hash of the cancel link's secret; the secret itself is never stored. */
  cancelLink: (tenant: string, tokenHash: string) => ({
    pk: `${t(tenant)}CANCEL#${tokenHash}`,
    sk: 'CANCEL',
  }),
  /** A counter of public sign-up attempts per event, client and time window (expires by TTL). */
  rateWindow: (tenant: string, scope: string, window: number) => ({
    pk: `${t(tenant)}RATE#${scope}#${window}`,
    sk: 'RATE',
  }),
  // Support calls, "ring me" requests, employment and support after hire (issue 11).
  supportCall: (tenant: string, callId: string) => ({
    pk: `${t(tenant)}SUPPORTCALL#${callId}`,
    sk: 'SUPPORTCALL',
  }),
  supportCallsOfEmployer: (tenant: string, employerId: string) =>
    `${t(tenant)}EMPLOYER#${employerId}#SUPPORTCALLS`,
  supportCallsOfParticipant: (tenant: string, participantId: string) =>
    `${t(tenant)}PARTICIPANT#${participantId}#SUPPORTCALLS`,
  /** Open follow-ups of every kind (a call's, an employment's next check-in), by due date. */
  openFollowUps: (tenant: string) => `${t(tenant)}FOLLOWUPS#OPEN`,
  supportRequest: (tenant: string, requestId: string) => ({
    pk: `${t(tenant)}SUPPORTREQUEST#${requestId}`,
    sk: 'SUPPORTREQUEST',
  }),
  supportRequestsOfEmployer: (tenant: string, employerId: string) =>
    `${t(tenant)}EMPLOYER#${employerId}#SUPPORTREQUESTS`,
  supportRequestsByStatus: (tenant: string, status: string) => `${t(tenant)}SUPPORTREQUESTS#${status}`,
  /** Employments live in the participant's partition, in start order. */
  employment: (tenant: string, participantId: string, startDate: string, employmentId: string) => ({
    pk: `${t(tenant)}PARTICIPANT#${participantId}`,
    sk: `EMPLOYMENT#${startDate}#${employmentId}`,
  }),
  employmentPrefix: 'EMPLOYMENT#',
  employmentsOfEmployer: (tenant: string, employerId: string) =>
    `${t(tenant)}EMPLOYER#${employerId}#EMPLOYMENTS`,
  /** Support periods still running (not ended early), by end date. */
  activeSupportPeriods: (tenant: string) => `${t(tenant)}SUPPORTPERIODS#ACTIVE`,
  /** One item per coach and day once that day's digest went out. */
  digestMarker: (tenant: string, coachId: string, date: string) => ({
    pk: `${t(tenant)}DIGEST#${date}`,
    sk: `USER#${coachId}`,
  }),

  // The participant's own view: placements they want to know more about (issue 12).
  /** One per participant and placement, in the participant's partition (patterns 70–71). */
  placementInterest: (tenant: string, participantId: string, placementId: string) => ({
    pk: `${t(tenant)}PARTICIPANT#${participantId}`,
    sk: `INTEREST#${placementId}`,
  }),
  placementInterestPrefix: 'INTEREST#',
  // Indicators (issue 13, docs/data-model.md patterns 56–60).
  /** A month's ledger of counted facts (match steps, calls, requests, follow-ups done, retention marks). */
  factsInMonth: (tenant: string, month: string) => `${t(tenant)}FACTS#${month}`,
  fact: (tenant: string, date: string, kind: string, id: string) => ({
    pk: `${t(tenant)}FACTS#${date.slice(0, 7)}`,
    sk: `${date}#${kind}#${id}`,
  }),
  /** A closed time in a stage, once under each calendar year it touched, by its end date. */
  spellsInYear: (tenant: string, stage: string, year: string) => `${t(tenant)}SPELLS#${stage}#${year}`,
  spell: (tenant: string, stage: string, year: string, end: string, participantId: string, id: string) => ({
    pk: `${t(tenant)}SPELLS#${stage}#${year}`,
    sk: `${end}#${participantId}#${id}`,
  }),

  /** A time a placement was published, once under each calendar year it touched, by its last day. */
  publicationsInYear: (tenant: string, year: string) => `${t(tenant)}SPELLS#published#${year}`,
  publication: (tenant: string, year: string, end: string, placementId: string, version: number) => ({
    pk: `${t(tenant)}SPELLS#published#${year}`,
    sk: `${end}#${placementId}#${version}`,
  }),

  /** A participant's daily activity with a provider, in the participant's partition by start. */
  provision: (tenant: string, participantId: string, from: string, provisionId: string) => ({
    pk: `${t(tenant)}PARTICIPANT#${participantId}`,
    sk: `PROVISION#${from}#${provisionId}`,
  }),
  provisionPrefix: 'PROVISION#',
  /** Every provision of the tenant by its last day (open ones last), for a month's compensation. */
  provisionsByEnd: (tenant: string) => `${t(tenant)}PROVISIONS`,

  // Participants' rights (issue 16, patterns at the end of docs/data-model.md).
  /** An erasure, found by a hash of the participant's id: the id itself is not kept once erased. */
  erasure: (tenant: string, idHash: string) => ({ pk: `${t(tenant)}ERASURE#${idHash}`, sk: 'ERASURE' }),
  /** Erasures not yet finished, for the retention job to resume (sparse: only while erasing). */
  erasuresInProgress: (tenant: string) => `${t(tenant)}ERASURES#ERASING`,
  /** The sign-ups made for a participant (sparse: only those naming one). */
  signupsOfParticipant: (tenant: string, participantId: string) =>
    `${t(tenant)}PARTICIPANT#${participantId}#SIGNUPS`,
  /** Cached replies that name a participant, so erasure can delete them (sparse). */
  idempotencyOfParticipant: (tenant: string, participantId: string) =>
    `${t(tenant)}PARTICIPANT#${participantId}#IDEMPOTENCY`,
  idempotency: (tenant: string, userId: string, key: string) => ({
    pk: `${t(tenant)}IDEMPOTENCY#${userId}#${key}`,
    sk: 'IDEMPOTENCY',
  }),
};
