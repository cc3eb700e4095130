import { describe, expect, it } from 'vitest';
import { sayField } from '#shared/messages/field-messages';
import { ParticipantCreate, ParticipantPatch, TransitionCreate } from '#shared/schemas/participant';

const valid = {
  firstName: 'Sara',
  lastName: 'Lind',
  gender: 'woman',
  birthYear: 1998,
  coachId: 'coach-1',
  interests: ['retail', 'logistics'],
  preferredTasks: ['packing'],
  availability: { kind: 'halfDay', weekdays: ['mon', 'tue'] },
  supportLevel: 2,
  environmentNeeds: ['needs_quiet'],
  capabilities: ['reading'],
  home: { postcode: '211 22', area: 'Innerstaden' },
  maxTravelMinutes: 40,
  goal: 'Jobba i butik.',
  consent: { sharedSummary: true, givenAt: '2026-01-10' },
};

function messages(result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) {
  return (result.error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${sayField(issue.message, 'sv')}`,
  );
}

describe('participant schema', () => {
  it('accepts a complete profile, normalises the postcode and starts at group activity', () => {
    const parsed = ParticipantCreate.parse(valid);
    expect(parsed.home?.postcode).toBe('21122');
    expect(parsed.stage).toBe('group_activity');
  });

  it('saves a draft from name, birth year, gender, support level and a first interest', () => {
    const draft = ParticipantCreate.parse({
      firstName: 'Alva',
      lastName: 'Ek',
      birthYear: 1998,
      gender: 'woman',
      supportLevel: 2,
      interests: ['library_culture'],
    });
    expect(draft).toEqual({
      firstName: 'Alva',
      lastName: 'Ek',
      birthYear: 1998,
      gender: 'woman',
      supportLevel: 2,
      interests: ['library_culture'],
      preferredTasks: [],
      environmentNeeds: [],
      capabilities: [],
      consent: { sharedSummary: false },
      stage: 'group_activity',
    });
  });

  it('needs a first interest even for a draft', () => {
    expect(messages(ParticipantCreate.safeParse({ ...valid, interests: [] }))).toEqual([
      'interests: Välj minst en bransch som deltagaren vill arbeta i.',
    ]);
  });

  it('refuses a sector chosen twice and more than nine sectors, in Swedish', () => {
    expect(messages(ParticipantCreate.safeParse({ ...valid, interests: ['retail', 'retail'] }))).toEqual([
      'interests: Välj varje bransch bara en gång.',
    ]);
    const ten = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'b1'];
    expect(messages(ParticipantCreate.safeParse({ ...valid, interests: ten }))).toEqual([
      'interests: Välj högst 9 branscher.',
    ]);
  });

  it('refuses both indoor-only and outdoor-only', () => {
    const result = ParticipantCreate.safeParse({
      ...valid,
      environmentNeeds: ['indoor_only', 'outdoor_only'],
    });
    expect(messages(result)).toEqual(['environmentNeeds: Välj bara inomhus eller bara utomhus, inte båda.']);
  });

  it('keeps travel time and support level within their ranges', () => {
    expect(messages(ParticipantCreate.safeParse({ ...valid, maxTravelMinutes: 3 }))).toEqual([
      'maxTravelMinutes: Restiden måste vara minst 5 minuter.',
    ]);
    expect(ParticipantCreate.safeParse({ ...valid, maxTravelMinutes: 121 }).success).toBe(false);
    expect(ParticipantCreate.safeParse({ ...valid, supportLevel: 5 }).success).toBe(false);
  });

  it('needs the date of a consent, and a revoked consent cannot still be given', () => {
    expect(messages(ParticipantCreate.safeParse({ ...valid, consent: { sharedSummary: true } }))).toEqual([
      'consent.givenAt: Skriv datumet då deltagaren sa ja.',
    ]);
    const revoked = { sharedSummary: false, givenAt: '2026-01-10', revokedAt: '2026-03-01' };
    expect(ParticipantCreate.safeParse({ ...valid, consent: revoked }).success).toBe(true);
    const both = { sharedSummary: true, givenAt: '2026-01-10', revokedAt: '2026-03-01' };
    expect(ParticipantCreate.safeParse({ ...valid, consent: both }).success).toBe(false);
  });

  it('has no field for personnummer or diagnoses, and rejects unknown fields', () => {
    expect(ParticipantCreate.safeParse({ ...valid, personnummer: '19980101-1234' }).success).toBe(false);
    expect(ParticipantCreate.safeParse({ ...valid, diagnosis: 'x' }).success).toBe(false);
  });

  it('cannot start someone in an outcome stage', () => {
    expect(ParticipantCreate.safeParse({ ...valid, stage: 'employed' }).success).toBe(false);
    expect(ParticipantCreate.parse({ ...valid, stage: 'prework' }).stage).toBe('prework');
  });

  it('patches any subset of fields but never the stage', () => {
    expect(ParticipantPatch.parse({ maxTravelMinutes: 30 })).toEqual({ maxTravelMinutes: 30 });
    expect(ParticipantPatch.safeParse({ stage: 'prework' }).success).toBe(false);
  });

  it('needs a stage and a date for a transition', () => {
    expect(TransitionCreate.parse({ to: 'prework', date: '2026-02-01' })).toEqual({
      to: 'prework',
      date: '2026-02-01',
    });
    expect(TransitionCreate.safeParse({ to: 'prework' }).success).toBe(false);
    expect(TransitionCreate.safeParse({ to: 'hired', date: '2026-02-01' }).success).toBe(false);
  });
});
