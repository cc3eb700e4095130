import type { Said } from '../messages/language.ts';
import type { Participant } from '../schemas/participant.ts';
import type { Stage } from '../schemas/vocabulary.ts';
import { addDays } from './calendar.ts';
import { type Refusal, refuse as refusal } from './refusal.ts';

// The steps of daily activity toward work, in order, and the outcomes that end the pathway.
export const pathwayStages = [
  'group_activity',
  'individual_placement',
  'prework',
  'learning_placement',
  'reinforced_cooperation',
] as const satisfies readonly Stage[];
export const outcomeStages = ['employed', 'studies'] as const satisfies readonly Stage[];

export const stageLabels: Record<Stage, Said> = {
  group_activity: { sv: 'gruppverksamhet', en: 'group activity' },
  individual_placement: { sv: 'enskild plats', en: 'individual placement' },
  prework: { sv: 'förarbete', en: 'prework' },
  learning_placement: { sv: 'lärandeplats', en: 'learning placement' },
  reinforced_cooperation: { sv: 'förstärkt samverkan', en: 'reinforced cooperation' },
  employed: { sv: 'anställning', en: 'employment' },
  studies: { sv: 'studier', en: 'studies' },
  exited: { sv: 'avslut', en: 'exit' },
};

export type TransitionCheck = { ok: true } | { ok: false; reason: Said };

/*
 Allowed stage transitions (anything not listed is refused with a reason):

 | from                                  | to                                | why                                            |
 |---------------------------------------|-----------------------------------|------------------------------------------------|
 | a pathway stage                       | the next pathway stage            | the pathway is walked one step at a time       |
 | a pathway stage (not the first)       | the previous pathway stage        | stepping back when a step was too big          |
 | prework, learning_placement,          | employed                          | a job can come from any work-oriented step     |
 |   reinforced_cooperation              |                                   |                                                |
 | any pathway stage                     | studies                           | studies (e.g. folkhögskola) are open to anyone |
 | any stage except exited               | exited                            | anyone may leave daily activity                |
 | employed, studies                     | any pathway stage                 | returrätt: the right to come back under LSS    |
 | exited                                | any pathway stage                 | re-entry, at the step that fits now            |

 Refused: staying in the same stage, skipping forward over a pathway stage, stepping
 back more than one stage, employed from group_activity or individual_placement,
 employed ↔ studies directly (each outcome is counted once by the indicators), and
 exited → employed or studies (someone who has left is not followed up by the service).
*/

const pathwayIndex = new Map<Stage, number>(pathwayStages.map((stage, index) => [stage, index]));
const employableFrom = new Set<Stage>(['prework', 'learning_placement', 'reinforced_cooperation']);

const refuse = (sv: string, en: string): TransitionCheck => ({ ok: false, reason: { sv, en } });

export function checkTransition(from: Stage, to: Stage): TransitionCheck {
  const label = (stage: Stage) => stageLabels[stage];
  if (from === to) {
    return refuse(
      `Deltagaren är redan i steget ${label(from).sv}.`,
      `The participant is already in ${label(from).en}.`,
    );
  }
  if (to === 'exited') return { ok: true };

  const fromIndex = pathwayIndex.get(from);
  const toIndex = pathwayIndex.get(to);

  if (fromIndex === undefined) {
    // from is an outcome or exited: the only way on is back into the pathway.
    if (toIndex !== undefined) return { ok: true };
    if (from === 'exited') {
      return refuse(
        `Efter avslut börjar deltagaren om i ett steg i daglig verksamhet innan ${label(to).sv} kan registreras.`,
        `After an exit the participant re-enters a pathway stage before ${label(to).en} can be recorded.`,
      );
    }
    return refuse(
      `Från ${label(from).sv} går det inte direkt till ${label(to).sv}. Registrera återgång eller avslut först.`,
      `${capitalise(label(from).en)} cannot move straight to ${label(to).en}. Record a return or an exit first.`,
    );
  }

  if (to === 'studies') return { ok: true };
  if (to === 'employed') {
    if (employableFrom.has(from)) return { ok: true };
    return refuse(
      `Anställning registreras från förarbete, lärandeplats eller förstärkt samverkan, inte från ${label(from).sv}.`,
      `Employment is recorded from prework, learning placement or reinforced cooperation, not from ${label(from).en}.`,
    );
  }

  // Both are pathway stages here: to is none of exited, studies or employed.
  const step = (toIndex ?? fromIndex) - fromIndex;
  if (step === 1 || step === -1) return { ok: true };
  if (step > 1) {
    const next = label(pathwayStages[fromIndex + 1]!);
    return refuse(
      `Ett steg i taget: från ${label(from).sv} är nästa steg ${next.sv}.`,
      `One step at a time: after ${label(from).en} the next stage is ${next.en}.`,
    );
  }
  const previous = label(pathwayStages[fromIndex - 1]!);
  return refuse(
    `Tillbaka går ett steg i taget: från ${label(from).sv} är steget tillbaka ${previous.sv}.`,
    `Back one step at a time: from ${label(from).en} the step back is ${previous.en}.`,
  );
}

/** How far ahead a step may be dated: a start planned with an employer, not a guess. */
export const stepDaysAhead = 365;

/**
 * Whether a participant may take a step to `move.to` on `move.date`: the one rule
 * for a coach's recorded step and for the step a started or completed placement
 * takes. `fields` names the request fields to blame, which differ per route.
 */
export function checkStep(
  participant: Pick<Participant, 'stage' | 'stageSince'>,
  move: { to: Stage; date: string },
  today: string,
  fields = { to: 'to', date: 'date' },
): Refusal | undefined {
  const check = checkTransition(participant.stage, move.to);
  if (!check.ok) return refusal('pathway.step_not_allowed', fields.to, check.reason);
  if (move.date < participant.stageSince) {
    return refusal('pathway.date_before_previous_step', fields.date, {
      sv: `Datumet kan inte vara före ${participant.stageSince}, då förra steget togs.`,
      en: `The date cannot be before ${participant.stageSince}, when the previous step was taken.`,
    });
  }
  const latest = addDays(today, stepDaysAhead);
  if (move.date > latest) {
    return refusal('pathway.date_too_far_ahead', fields.date, {
      sv: `Datumet kan vara högst ett år fram, till ${latest}.`,
      en: `The date can be at most one year ahead, until ${latest}.`,
    });
  }
  return undefined;
}

/** The stages a participant in `from` may move to, for a form's choices. */
export function allowedNextStages(from: Stage): Stage[] {
  return (Object.keys(stageLabels) as Stage[]).filter((to) => checkTransition(from, to).ok);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
