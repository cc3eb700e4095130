import type { Said } from '../messages/language.ts';
import type { PlacementKind } from '../schemas/placement.ts';
import type { Stage } from '../schemas/vocabulary.ts';
import { checkTransition, stageLabels } from './pathway.ts';
import { type Refusal, refuse } from './refusal.ts';

// Which pathway stages may start which kind of placement, and the stage a start means.
//
// | kind                   | the stage it means      | may be started from                        |
// |------------------------|-------------------------|--------------------------------------------|
// | `company_group`        | `group_activity`        | group_activity                             |
// | `individual_placement` | `individual_placement`  | group_activity, individual_placement       |
// | `learning_placement`   | `learning_placement`    | prework, learning_placement                |
//
// A kind is started from the stage it means (a company group is group activity at a
// company; a second learning placement after one that ended) or from the stage just
// before it on the pathway, so a start either keeps the participant's stage or is one
// legal step forward: nobody is accepted onto a seat whose start the pathway would
// refuse. Stepping back (a company group from an individual placement) or skipping
// prework (a learning placement from group activity or an individual placement) is a
// step the coach records first. Reinforced cooperation, the outcomes and exited start
// no placement.

/** The stage a started placement of each kind puts the participant in. */
export const kindStage: Record<PlacementKind, Stage> = {
  company_group: 'group_activity',
  individual_placement: 'individual_placement',
  learning_placement: 'learning_placement',
};

/** The kinds a participant in each stage may start. */
export const startableKinds: Record<Stage, readonly PlacementKind[]> = {
  group_activity: ['company_group', 'individual_placement'],
  individual_placement: ['individual_placement'],
  prework: ['learning_placement'],
  learning_placement: ['learning_placement'],
  reinforced_cooperation: [],
  employed: [],
  studies: [],
  exited: [],
};

/** Whether a participant in `stage` may start a placement of `kind`. */
export const mayStart = (stage: Stage, kind: PlacementKind): boolean => startableKinds[stage].includes(kind);

/** The stages that may start `kind`, in pathway order. */
export const stagesStarting = (kind: PlacementKind): Stage[] =>
  (Object.keys(startableKinds) as Stage[]).filter((stage) => mayStart(stage, kind));

/** The stage move a start of `kind` takes from `stage`: none when the participant is already there. */
export function stageAtStart(stage: Stage, kind: PlacementKind): Stage | undefined {
  const to = kindStage[kind];
  return to === stage || !checkTransition(stage, to).ok ? undefined : to;
}

/** A kind inside a sentence: "en företagsgrupp" / "a company group". */
export const kindInText: Record<PlacementKind, Said> = {
  company_group: { sv: 'en företagsgrupp', en: 'a company group' },
  individual_placement: { sv: 'en enskild plats', en: 'an individual placement' },
  learning_placement: { sv: 'en lärandeplats', en: 'a learning placement' },
};

function stageList(kind: PlacementKind): Said {
  const names = stagesStarting(kind).map((stage) => stageLabels[stage]);
  const join = (words: string[], and: string) =>
    words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
  return {
    sv: join(
      names.map((n) => n.sv),
      'eller',
    ),
    en: join(
      names.map((n) => n.en),
      'or',
    ),
  };
}

/** Why a participant in `stage` cannot start `kind`, spoken to the participant ("du"). */
export function notStartableReason(stage: Stage, kind: PlacementKind): Said {
  const place = kindInText[kind];
  const from = stageList(kind);
  return {
    sv: `Platsen är ${place.sv}, som passar den som är i ${from.sv}. Ditt steg just nu är ${stageLabels[stage].sv}.`,
    en: `The placement is ${place.en}, for people in ${from.en}. Your stage now is ${stageLabels[stage].en}.`,
  };
}

/**
 * Refuses a proposal, an acceptance or a start for a participant whose stage cannot
 * start the placement's kind; `field` names the request field to blame.
 */
export function checkMayStart(stage: Stage, kind: PlacementKind, field: string): Refusal | undefined {
  if (mayStart(stage, kind)) return undefined;
  const place = kindInText[kind];
  const from = stageList(kind);
  return refuse('match.stage_not_eligible', field, {
    sv: `Deltagaren är i steget ${stageLabels[stage].sv} och kan inte börja på ${place.sv}. Det kan den som är i ${from.sv}.`,
    en: `The participant is in ${stageLabels[stage].en} and cannot start ${place.en}; people in ${from.en} can.`,
  });
}

/**
 * A placement's kind may change only while nobody holds a seat on it: an accepted or
 * started participant was checked against the kind they took the seat on.
 */
export function checkKindChange(
  current: { kind: PlacementKind; seatsTaken: number },
  next: PlacementKind | undefined,
): Refusal | undefined {
  if (next === undefined || next === current.kind || current.seatsTaken === 0) return undefined;
  return refuse('placement.kind_locked', 'kind', {
    sv: `Platsens typ kan inte ändras när ${current.seatsTaken} platser är tillsatta.`,
    en: `The kind cannot change while ${current.seatsTaken} seats are taken.`,
  });
}
