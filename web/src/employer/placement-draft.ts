import type { PlacementKind } from '#shared/schemas/placement';
import {
  type EnvironmentTag,
  type ScheduleKind,
  sectors,
  type Task,
  type Trait,
  taskTraits,
  type Weekday,
} from '#shared/schemas/vocabulary';
import type { Employer, Placement } from '../api/types.ts';
import type { Messages } from '../i18n/sv.ts';

/** The placement form as typed: text for text inputs, '' for a choice not made yet. */
export interface PlacementDraft {
  kind: PlacementKind;
  title: string;
  sector: string;
  tasks: Task[];
  traits: Trait[];
  description: string;
  seats: string;
  scheduleKind: ScheduleKind | '';
  weekdays: Weekday[];
  maxSupportLevel: string;
  environment: EnvironmentTag[];
  supervisorOnSite: boolean;
  postcode: string;
  area: string;
  startDate: string;
}

export function newPlacementDraft(employer: Employer): PlacementDraft {
  return {
    kind: 'learning_placement',
    title: '',
    sector: employer.sectors[0] ?? sectors[0],
    tasks: [],
    traits: [],
    description: '',
    seats: '1',
    scheduleKind: '',
    weekdays: [],
    maxSupportLevel: '',
    environment: [],
    supervisorOnSite: true,
    // Most placements are at the company's own address.
    postcode: employer.address.postcode,
    area: employer.address.area,
    startDate: '',
  };
}

export function draftFromPlacement(placement: Placement): PlacementDraft {
  return {
    kind: placement.kind,
    title: placement.title,
    sector: placement.sector,
    tasks: placement.tasks,
    traits: placement.traits,
    description: placement.description,
    seats: String(placement.seats),
    scheduleKind: placement.schedule.kind,
    weekdays: placement.schedule.weekdays,
    maxSupportLevel: String(placement.maxSupportLevel),
    environment: placement.environment,
    supervisorOnSite: placement.supervisorOnSite,
    postcode: placement.location.postcode,
    area: placement.location.area,
    startDate: placement.startDate,
  };
}

/** The draft in the shape of `PlacementCreate`/`PlacementPatch`; empty choices stay missing. */
export const toPlacementInput = (draft: PlacementDraft) => ({
  kind: draft.kind,
  title: draft.title,
  sector: draft.sector,
  tasks: draft.tasks,
  traits: draft.traits,
  description: draft.description,
  seats: draft.seats.trim() === '' ? Number.NaN : Number(draft.seats),
  schedule: { kind: draft.scheduleKind || undefined, weekdays: draft.weekdays },
  maxSupportLevel: draft.maxSupportLevel ? Number(draft.maxSupportLevel) : undefined,
  environment: draft.environment,
  supervisorOnSite: draft.supervisorOnSite,
  location: { postcode: draft.postcode, area: draft.area },
  startDate: draft.startDate.trim(),
});

const demandsOf = (tasks: readonly Task[]) => new Set<Trait>(tasks.flatMap((task) => taskTraits[task]));

/**
 * New tasks tick the traits they usually demand, so the coach can match on them;
 * a task taken away takes away the traits no remaining task demands.
 */
export function withTasks(draft: PlacementDraft, tasks: Task[]): Pick<PlacementDraft, 'tasks' | 'traits'> {
  const before = demandsOf(draft.tasks);
  const after = demandsOf(tasks);
  const kept = draft.traits.filter((trait) => after.has(trait) || !before.has(trait));
  const added = [...after].filter((trait) => !before.has(trait) && !kept.includes(trait));
  return { tasks, traits: [...kept, ...added] };
}

/** Field labels by error path, in the order the form shows them. */
export const placementLabels = (t: Messages): Record<string, string> => ({
  kind: t.placementForm.kind,
  title: t.placementForm.title,
  sector: t.placementForm.sector,
  description: t.placementForm.description,
  seats: t.placementForm.seats,
  tasks: t.placementForm.tasks,
  traits: t.placementForm.traits,
  'schedule.kind': t.placementForm.scheduleKind,
  'schedule.weekdays': t.placementForm.weekdays,
  startDate: t.placementForm.startDate,
  'location.postcode': t.placementForm.postcode,
  'location.area': t.placementForm.area,
  maxSupportLevel: t.placementForm.supportLevel,
  environment: t.placementForm.environment,
  supervisorOnSite: t.placementForm.supervisorOnSite,
});
