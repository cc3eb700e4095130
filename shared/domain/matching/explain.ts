import {
  type ExclusionReason,
  type MatchFactor,
  matchFactors,
  type ScoreReason,
} from '../../schemas/matching.ts';
import type { EnvironmentNeed } from '../../schemas/participant.ts';
import type { Task, Trait, Weekday } from '../../schemas/vocabulary.ts';
import { incompleteProfileReason } from '../participant-profile.ts';
import { notStartableReason } from '../placement-kind.ts';
import { constraintBit, needConflicts } from './constraints.ts';
import { needRules, tagDemands } from './environment.ts';
import {
  choiceLabel,
  environmentNeedLabels,
  environmentTagLabels,
  type Label,
  listLabels,
  sectorLabel,
  taskLabels,
  traitLabels,
  weekdayLabels,
} from './labels.ts';
import { tagBits, taskBits, traitBits, valuesIn, weekdayBits } from './masks.ts';
import { factorIndex, type PreparedParticipant, type PreparedPlacement } from './prepare.ts';
import {
  capabilityShare,
  environmentShare,
  interestShare,
  supportShare,
  taskShare,
  travelShare,
} from './score.ts';

// Reasons in words a coach can read to the participant ("du" is the participant).

const statusText: Record<string, Label> = {
  draft: { sv: 'Platsen är inte publicerad än.', en: 'The placement is not published yet.' },
  full: { sv: 'Platsen är fullsatt.', en: 'The placement is full.' },
  closed: { sv: 'Platsen är stängd.', en: 'The placement is closed.' },
};

export function exclusionReasons(
  participant: PreparedParticipant,
  placement: PreparedPlacement,
  failed: number,
  minutes: number | undefined,
): ExclusionReason[] {
  const person = participant.source;
  const place = placement.source;
  const reasons: ExclusionReason[] = [];
  if (failed & constraintBit.status) {
    const text = statusText[place.status] ?? statusText.closed!;
    reasons.push({ constraint: 'status', ...text });
  }
  if (failed & constraintBit.seats) {
    reasons.push({
      constraint: 'seats',
      sv: `Det finns ingen ledig plats (${place.seatsTaken} av ${place.seats} är tagna).`,
      en: `There is no free seat (${place.seatsTaken} of ${place.seats} taken).`,
    });
  }
  if (failed & constraintBit.stage) {
    reasons.push({ constraint: 'stage', ...notStartableReason(person.stage, place.kind) });
  }
  if (failed & constraintBit.profile) {
    reasons.push({ constraint: 'profile', ...incompleteProfileReason(participant.profileGaps) });
  }
  if (failed & constraintBit.supportLevel) {
    reasons.push({
      constraint: 'supportLevel',
      sv: `Platsen kan ta emot stödnivå upp till ${place.maxSupportLevel}, och du har stödnivå ${person.supportLevel}.`,
      en: `The placement can host support level up to ${place.maxSupportLevel}; you have level ${person.supportLevel}.`,
    });
  }
  if (failed & constraintBit.schedule) reasons.push(...scheduleReasons(participant, placement));
  if (failed & constraintBit.environment) {
    for (const need of participant.needs) {
      if (needConflicts(need, placement)) reasons.push(environmentConflictReason(need.need, placement));
    }
  }
  if (failed & constraintBit.travel) {
    // Beyond the longest limit anyone can set, the exact estimate only distracts.
    const trip =
      minutes !== undefined && minutes > 120
        ? { sv: 'mer än två timmar', en: 'more than two hours' }
        : { sv: `ungefär ${minutes} minuter`, en: `about ${minutes} minutes` };
    reasons.push({
      constraint: 'travel',
      sv: `Resan tar ${trip.sv}, längre än de ${person.maxTravelMinutes} minuter du kan tänka dig.`,
      en: `The trip takes ${trip.en}, longer than the ${person.maxTravelMinutes} minutes you accept.`,
    });
  }
  return reasons;
}

function scheduleReasons(participant: PreparedParticipant, placement: PreparedPlacement): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  const missingDays = valuesIn<Weekday>(placement.weekdayMask & ~participant.weekdayMask, weekdayBits);
  if (missingDays.length > 0) {
    const days = listLabels(missingDays.map((day) => weekdayLabels[day]));
    reasons.push({
      constraint: 'schedule',
      sv: `Platsen har arbete på ${days.sv}, och då kan du inte.`,
      en: `The placement has work on ${days.en}, when you are not available.`,
    });
  }
  if (placement.fullDay && !participant.fullDay) {
    reasons.push({
      constraint: 'schedule',
      sv: 'Platsen är på heldag, och du vill arbeta halvdag.',
      en: 'The placement is full days, and you want half days.',
    });
  }
  return reasons;
}

function environmentConflictReason(need: EnvironmentNeed, placement: PreparedPlacement): ExclusionReason {
  const rule = needRules[need];
  const needLabel = environmentNeedLabels[need];
  const tag = rule.conflictingTags.find((t) => placement.tagMask & (tagBits.get(t) ?? 0));
  if (tag && !rule.unlessTags.some((t) => placement.tagMask & (tagBits.get(t) ?? 0))) {
    const tagLabel = environmentTagLabels[tag];
    return {
      constraint: 'environment',
      sv: `Platsen ${tagLabel.sv}, och du ${needLabel.sv}.`,
      en: `The placement ${tagLabel.en}, and you ${needLabel.en}.`,
    };
  }
  // needConflicts held, so when no tag conflicts a demanded trait does.
  const trait = rule.conflictingTraits.find((t) => placement.traitMask & (traitBits.get(t) ?? 0))!;
  const traitLabel = traitLabels[trait];
  return {
    constraint: 'environment',
    sv: `Arbetet kräver att man kan ${traitLabel.sv}, och du ${needLabel.sv}.`,
    en: `The work demands that you ${traitLabel.en}, and you ${needLabel.en}.`,
  };
}

/** One reason per weighted factor, in factor order; points add up to the score (± rounding). */
export function scoreReasons(
  participant: PreparedParticipant,
  placement: PreparedPlacement,
  minutes: number | undefined,
): ScoreReason[] {
  const reasons: ScoreReason[] = [];
  if (participant.weightTotal <= 0) return reasons;
  const texts = textsOf(participant);
  for (const factor of matchFactors) {
    const weight = participant.weights[factorIndex[factor]]!;
    if (weight <= 0) continue;
    const maxPoints = (100 * weight) / participant.weightTotal;
    const share = shareOf(factor, participant, placement, minutes);
    const text = textOf(factor, texts, participant, placement, minutes);
    reasons.push({
      factor,
      points: oneDecimal(maxPoints * share),
      maxPoints: oneDecimal(maxPoints),
      ...text,
    });
  }
  return reasons;
}

function shareOf(
  factor: MatchFactor,
  participant: PreparedParticipant,
  placement: PreparedPlacement,
  minutes: number | undefined,
): number {
  switch (factor) {
    case 'interest':
      return interestShare(participant, placement);
    case 'tasks':
      return taskShare(participant, placement);
    case 'capabilities':
      return capabilityShare(participant, placement);
    case 'environment':
      return environmentShare(participant, placement);
    case 'travel':
      return travelShare(participant, minutes);
    case 'support':
      return supportShare(placement);
  }
}

// Ranking explains thousands of placements for one participant, and most share a sector,
// a task overlap or a set of demands, so each text is built once per participant and key.
type TextCache = Record<MatchFactor, Map<string | number, Label>>;
const textCaches = new WeakMap<PreparedParticipant, TextCache>();

function textsOf(participant: PreparedParticipant): TextCache {
  let texts = textCaches.get(participant);
  if (!texts) {
    texts = Object.fromEntries(matchFactors.map((factor) => [factor, new Map()])) as TextCache;
    textCaches.set(participant, texts);
  }
  return texts;
}

/** What, besides the participant, a factor's text depends on. */
function textKey(
  factor: MatchFactor,
  participant: PreparedParticipant,
  placement: PreparedPlacement,
  minutes: number | undefined,
): string | number {
  switch (factor) {
    case 'interest':
      return placement.source.sector;
    case 'tasks':
      return participant.taskMask & placement.taskMask;
    case 'capabilities':
      return placement.traitMask;
    case 'environment':
      return placement.tagMask;
    case 'travel':
      return minutes ?? -1;
    case 'support':
      return placement.source.supervisorOnSite ? 1 : 0;
  }
}

function textOf(
  factor: MatchFactor,
  texts: TextCache,
  participant: PreparedParticipant,
  placement: PreparedPlacement,
  minutes: number | undefined,
): Label {
  const cache = texts[factor];
  const key = textKey(factor, participant, placement, minutes);
  let text = cache.get(key);
  if (!text) {
    text = buildText(factor, participant, placement, minutes);
    cache.set(key, text);
  }
  return text;
}

function buildText(
  factor: MatchFactor,
  participant: PreparedParticipant,
  placement: PreparedPlacement,
  minutes: number | undefined,
): Label {
  switch (factor) {
    case 'interest':
      return interestText(participant, placement);
    case 'tasks':
      return taskText(participant, placement);
    case 'capabilities':
      return capabilityText(participant, placement);
    case 'environment':
      return environmentText(participant, placement);
    case 'travel':
      return travelText(participant, minutes);
    case 'support':
      return supportText(participant, placement);
  }
}

function interestText(participant: PreparedParticipant, placement: PreparedPlacement): Label {
  if (participant.interestRank.size === 0) {
    return {
      sv: 'Du har inte valt några branscher än, så branschen ger halva poängen.',
      en: 'You have not chosen any sectors yet, so the sector gives half the points.',
    };
  }
  const sector = sectorLabel(placement.source.sector, participant.sectorNames);
  const rank = participant.interestRank.get(placement.source.sector);
  if (rank === undefined) {
    return {
      sv: `Platsen är inom ${sector.sv}, som inte finns bland dina önskade branscher.`,
      en: `The placement is in ${sector.en}, which is not among the sectors you want.`,
    };
  }
  const choice = choiceLabel(rank);
  return {
    sv: `Platsen är inom ${sector.sv}, som är ${choice.sv}.`,
    en: `The placement is in ${sector.en}, ${choice.en}.`,
  };
}

function taskText(participant: PreparedParticipant, placement: PreparedPlacement): Label {
  if (participant.taskMask === 0) {
    return {
      sv: 'Du har inte valt några arbetsuppgifter än, så uppgifterna ger halva poängen.',
      en: 'You have not chosen any tasks yet, so the tasks give half the points.',
    };
  }
  const shared = valuesIn<Task>(participant.taskMask & placement.taskMask, taskBits);
  if (shared.length === 0) {
    return {
      sv: 'Platsen har inga av de uppgifter du helst vill göra.',
      en: 'The placement has none of the tasks you prefer.',
    };
  }
  const list = listLabels(shared.map((task) => taskLabels[task]));
  return {
    sv: `Platsen har uppgifter du gärna gör: ${list.sv}.`,
    en: `The placement has tasks you like: ${list.en}.`,
  };
}

function capabilityText(participant: PreparedParticipant, placement: PreparedPlacement): Label {
  const demanded = valuesIn<Trait>(placement.traitMask, traitBits);
  if (demanded.length === 0) {
    return { sv: 'Arbetet ställer inga särskilda krav.', en: 'The work makes no special demands.' };
  }
  const missing = valuesIn<Trait>(placement.traitMask & ~participant.capabilityMask, traitBits);
  if (missing.length === 0) {
    const list = listLabels(demanded.map((trait) => traitLabels[trait]));
    return {
      sv: `Du kan det som arbetet kräver: ${list.sv}.`,
      en: `You can do what the work demands: ${list.en}.`,
    };
  }
  const list = listLabels(missing.map((trait) => traitLabels[trait]));
  const met = demanded.length - missing.length;
  return {
    sv: `Du kan ${met} av ${demanded.length} saker som arbetet kräver. Du kan behöva stöd för att ${list.sv}.`,
    en: `You can do ${met} of the ${demanded.length} things the work demands. You may need support to ${list.en}.`,
  };
}

function environmentText(participant: PreparedParticipant, placement: PreparedPlacement): Label {
  const sentences: Label[] = [];
  for (const tag of valuesIn(participant.wantedTagMask, tagBits)) {
    const phrase = environmentTagLabels[tag];
    sentences.push(
      placement.tagMask & (tagBits.get(tag) ?? 0)
        ? { sv: `Platsen ${phrase.sv}, som du vill.`, en: `The placement ${phrase.en}, as you want.` }
        : {
            sv: `Det står inte att platsen ${phrase.sv}.`,
            en: `It does not say that the placement ${phrase.en}.`,
          },
    );
  }
  for (const tag of valuesIn(placement.tagMask, tagBits)) {
    const trait = tagDemands[tag];
    if (!trait) continue;
    const phrase = environmentTagLabels[tag];
    const can = traitLabels[trait];
    sentences.push(
      participant.capabilityMask & (traitBits.get(trait) ?? 0)
        ? {
            sv: `Platsen ${phrase.sv}, och du kan ${can.sv}.`,
            en: `The placement ${phrase.en}, and you can ${can.en}.`,
          }
        : {
            sv: `Platsen ${phrase.sv}. Du har inte sagt att du kan ${can.sv}.`,
            en: `The placement ${phrase.en}. You have not said that you can ${can.en}.`,
          },
    );
  }
  if (sentences.length === 0) {
    return {
      sv: 'Inget i miljön behöver stämmas av för dig.',
      en: 'Nothing in the environment needs checking for you.',
    };
  }
  return { sv: sentences.map((s) => s.sv).join(' '), en: sentences.map((s) => s.en).join(' ') };
}

function travelText(participant: PreparedParticipant, minutes: number | undefined): Label {
  if (minutes === undefined) {
    return {
      sv: 'Restiden gick inte att räkna ut från postnumren, så resan ger halva poängen.',
      en: 'The travel time could not be estimated from the postcodes, so travel gives half the points.',
    };
  }
  const limit = participant.source.maxTravelMinutes;
  return {
    sv: `Resan tar ungefär ${minutes} minuter. Du kan tänka dig att resa upp till ${limit} minuter.`,
    en: `The trip takes about ${minutes} minutes; you accept up to ${limit} minutes.`,
  };
}

function supportText(participant: PreparedParticipant, placement: PreparedPlacement): Label {
  const level = participant.source.supportLevel;
  const why = {
    sv: ` Det väger mer ju högre stödnivå man har, och du har stödnivå ${level}.`,
    en: ` This weighs more the higher the support level; yours is ${level}.`,
  };
  return placement.source.supervisorOnSite
    ? { sv: `Det finns en handledare på plats.${why.sv}`, en: `A supervisor is on site.${why.en}` }
    : {
        sv: `Det finns ingen handledare på plats hela tiden.${why.sv}`,
        en: `There is no supervisor on site all the time.${why.en}`,
      };
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
