import { describe, expect, it } from 'vitest';
import { type MatchChangeInput, planMatchChange } from '#shared/domain/match-change';
import type { Match, MatchPatch } from '#shared/schemas/match';
import type { Participant } from '#shared/schemas/participant';

// 2026-03-10 00:30 in Stockholm is still 2026-03-09 in UTC.
const now = new Date('2026-03-09T23:30:00Z');

const match = (overrides: Partial<Match> = {}): Match => ({
  id: '01JAAAAAAAAAAAAAAAAAAAAAAA',
  tenant: 'malmo',
  participantId: '01JBBBBBBBBBBBBBBBBBBBBBBB',
  placementId: '01JCCCCCCCCCCCCCCCCCCCCCCC',
  employerId: '01JDDDDDDDDDDDDDDDDDDDDDDD',
  placementTitle: 'Packa varor',
  status: 'proposed',
  score: 70,
  reasons: [],
  consent: { sharedSummary: true, recordedAt: '2026-03-01T10:00:00.000Z', recordedBy: 'coach' },
  history: [{ status: 'proposed', at: '2026-03-01T10:00:00.000Z', by: 'coach' }],
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  version: 1,
  ...overrides,
});

const participant = { stage: 'prework', stageSince: '2026-01-05' } as Participant;

const plan = (patch: MatchPatch, overrides: Partial<MatchChangeInput> = {}) =>
  planMatchChange({
    current: match(),
    patch,
    participant,
    placement: { kind: 'learning_placement' },
    actor: { role: 'employer', userId: 'employer-1' },
    now,
    ...overrides,
  });

describe('planning a match change', () => {
  it('accepts by the employer, taking a seat', () => {
    const result = plan({ status: 'accepted' });
    expect(result).toMatchObject({ ok: true, unchanged: false, seatChange: 1, ends: false });
  });

  it('refuses fields that do not belong to the step, naming the field', () => {
    expect(plan({ status: 'declined', reason: 'Nej', outcome: 'employed' })).toMatchObject({
      ok: false,
      code: 'match.field_not_allowed',
      field: 'outcome',
    });
    expect(plan({ status: 'declined', startDate: '1999-01-01' })).toMatchObject({ field: 'startDate' });
    expect(plan({ status: 'accepted', reason: 'why' })).toMatchObject({ field: 'reason' });
    expect(
      plan({ consentToShare: true, status: 'accepted' }, { actor: { role: 'coach', userId: 'c' } }),
    ).toMatchObject({
      field: 'status',
    });
  });

  it('needs the step’s own fields', () => {
    const accepted = match({ status: 'accepted' });
    expect(plan({ status: 'started' }, { current: accepted })).toMatchObject({ field: 'startDate' });
    const started = match({ status: 'started' });
    expect(
      plan({ status: 'completed' }, { current: started, actor: { role: 'coach', userId: 'c' } }),
    ).toMatchObject({
      field: 'outcome',
    });
  });

  it('takes a start date from 60 days back to a year ahead of the Swedish today', () => {
    const accepted = match({ status: 'accepted' });
    const start = (startDate: string) => plan({ status: 'started', startDate }, { current: accepted });
    expect(start('2026-01-09')).toMatchObject({ ok: true }); // 60 days before 2026-03-10
    expect(start('2026-01-08')).toMatchObject({ ok: false, code: 'match.start_date_out_of_range' });
    expect(start('2027-03-10')).toMatchObject({ ok: true });
    expect(start('2027-03-11')).toMatchObject({ ok: false, field: 'startDate' });
    expect(start('9999-12-31')).toMatchObject({ ok: false, field: 'startDate' });
  });

  it('moves the participant to a learning placement on start, dated with the start', () => {
    const result = plan(
      { status: 'started', startDate: '2026-03-10' },
      { current: match({ status: 'accepted' }) },
    );
    expect(result).toMatchObject({ ok: true, stageMove: { to: 'learning_placement', date: '2026-03-10' } });
  });

  it('moves the participant to the stage the placement kind means on start, when that is a step', () => {
    const accepted = match({ status: 'accepted' });
    const inGroup = { ...participant, stage: 'group_activity' } as Participant;
    const start = (kind: 'company_group' | 'individual_placement', who = inGroup) =>
      plan(
        { status: 'started', startDate: '2026-03-10' },
        { current: accepted, participant: who, placement: { kind } },
      );
    // A company group is group activity at a company: the stage stays.
    const group = start('company_group');
    expect(group).toMatchObject({ ok: true, unchanged: false });
    expect(group).not.toHaveProperty('stageMove');
    expect(start('individual_placement')).toMatchObject({
      ok: true,
      stageMove: { to: 'individual_placement', date: '2026-03-10' },
    });
    const individual = { ...participant, stage: 'individual_placement' } as Participant;
    expect(start('individual_placement', individual)).not.toHaveProperty('stageMove');
  });

  it('refuses to accept or start a seat the participant’s stage cannot start', () => {
    const inGroup = { ...participant, stage: 'group_activity' } as Participant;
    const refused = {
      ok: false,
      code: 'match.stage_not_eligible',
      field: 'status',
    };
    expect(plan({ status: 'accepted' }, { participant: inGroup })).toMatchObject(refused);
    expect(
      plan({ status: 'accepted' }, { participant: inGroup, placement: { kind: 'company_group' } }),
    ).toMatchObject({ ok: true, seatChange: 1 });
    // The stage changed after the acceptance: the start is refused too, and the coach cancels.
    expect(
      plan(
        { status: 'started', startDate: '2026-03-10' },
        { current: match({ status: 'accepted' }), participant: inGroup },
      ),
    ).toMatchObject(refused);
    // Declining and cancelling never depend on the stage.
    expect(plan({ status: 'declined' }, { participant: inGroup })).toMatchObject({ ok: true });
  });

  it('refuses a start dated before the participant’s previous step, as the pathway does', () => {
    const result = plan(
      { status: 'started', startDate: '2026-02-01' },
      { current: match({ status: 'accepted' }), participant: { ...participant, stageSince: '2026-02-15' } },
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'pathway.date_before_previous_step',
      field: 'startDate',
    });
  });

  it('dates a completion into work with the Swedish today, by staff only', () => {
    const started = match({ status: 'started' });
    const learning = { ...participant, stage: 'learning_placement' } as Participant;
    expect(
      plan({ status: 'completed', outcome: 'employed' }, { current: started, participant: learning }),
    ).toMatchObject({
      ok: false,
      code: 'match.step_not_yours',
    });
    const byCoach = plan(
      { status: 'completed', outcome: 'employed' },
      { current: started, participant: learning, actor: { role: 'coach', userId: 'c' } },
    );
    expect(byCoach).toMatchObject({
      ok: true,
      seatChange: -1,
      ends: true,
      stageMove: { to: 'employed', date: '2026-03-10' },
    });
  });

  it('treats a repeated step as no change', () => {
    expect(plan({ status: 'declined' }, { current: match({ status: 'declined' }) })).toEqual({
      ok: true,
      unchanged: true,
    });
  });

  it('records consent by staff only, and withdrawing it keeps when it was given', () => {
    expect(plan({ consentToShare: false })).toMatchObject({ ok: false, code: 'match.consent_by_staff_only' });
    const withdrawn = plan({ consentToShare: false }, { actor: { role: 'coach', userId: 'c' } });
    expect(withdrawn).toMatchObject({
      ok: true,
      next: { consent: { sharedSummary: false, recordedBy: 'coach', revokedAt: now.toISOString() } },
    });
    expect(plan({ consentToShare: true }, { actor: { role: 'coach', userId: 'c' } })).toEqual({
      ok: true,
      unchanged: true,
    });
  });

  it('lets a coach record the employer’s answer only with how, who and when, dated from the proposal to today', () => {
    const coach = { actor: { role: 'coach' as const, userId: 'coach-1' } };
    const onBehalf = { channel: 'phone' as const, person: 'Johan Berg', date: '2026-03-10' };
    expect(plan({ status: 'accepted' }, coach)).toMatchObject({
      ok: false,
      code: 'match.field_required',
      field: 'onBehalf',
    });
    expect(plan({ status: 'accepted', onBehalf }, coach)).toMatchObject({
      ok: true,
      seatChange: 1,
      next: { history: [expect.anything(), { status: 'accepted', by: 'coach-1', onBehalf }] },
    });
    // Today in Sweden is 2026-03-10; the proposal was made 2026-03-01.
    expect(plan({ status: 'accepted', onBehalf: { ...onBehalf, date: '2026-03-11' } }, coach)).toMatchObject({
      code: 'match.answer_date_out_of_range',
      field: 'onBehalf.date',
    });
    expect(plan({ status: 'declined', onBehalf: { ...onBehalf, date: '2026-02-28' } }, coach)).toMatchObject({
      code: 'match.answer_date_out_of_range',
    });
    expect(plan({ status: 'accepted', onBehalf })).toMatchObject({
      code: 'match.field_not_allowed',
      field: 'onBehalf',
    });
    expect(
      plan({ status: 'cancelled', onBehalf }, { ...coach, current: match({ status: 'accepted' }) }),
    ).toMatchObject({ code: 'match.field_not_allowed', field: 'onBehalf' });
  });
});
