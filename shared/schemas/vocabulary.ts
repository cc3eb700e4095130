import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';

// The shared words of the domain. Placements and participants are described with
// the same lists, so matching can compare them term by term.

export const sectors = [
  'it_media',
  'second_hand',
  'logistics',
  'library_culture',
  'retail',
  'food_service',
  'cleaning_facility',
  'gardening_outdoor',
  'office_admin',
] as const;
// Tenants may add sectors later, so a sector is a slug, checked against the tenant's list.
export const Sector = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, fieldMessage('sector.format'))
  .describe('Sector slug, one of the tenant sectors');
export type Sector = z.infer<typeof Sector>;

// Work-demand traits (arbetskrav / förmågor), Samhall-style. A placement lists the
// traits its tasks demand; a participant lists the traits they manage.
export const traits = [
  'standing_long',
  'walking_much',
  'lifting',
  'fine_motor',
  'gross_motor',
  'reading',
  'writing',
  'counting',
  'computer_use',
  'multi_step_instructions',
  'working_pace',
  'customer_contact',
  'teamwork',
  'working_alone',
  'noise_tolerance',
  'crowd_tolerance',
  'routine_changes',
  'outdoor_work',
  'cleanliness_hygiene',
  'driving_license',
] as const;
export const Trait = z.enum(traits);
export type Trait = z.infer<typeof Trait>;

// Task tags (kartläggning av arbetsuppgifter), each with the traits it usually demands,
// so a form can suggest the demands of the tasks an employer picks. The seeds' own
// employers each find their work here: second hand (sorting, price_labelling,
// repair_reuse, cashier), logistics (warehouse_picking, packing, goods_reception),
// library (shelving, book_handling), a reuse and sharing house (serving, lending,
// repair_reuse) and an IT/media daily activity (software_testing … photo_video).
// Matching keeps tasks in a 32-bit mask: at most 31 tasks (shared/domain/matching/masks.ts).
export const taskTraits = {
  sorting: ['fine_motor', 'multi_step_instructions'],
  packing: ['fine_motor', 'standing_long', 'working_pace'],
  shelving: ['standing_long', 'lifting', 'reading'],
  price_labelling: ['fine_motor', 'reading', 'counting'],
  cashier: ['customer_contact', 'counting', 'computer_use'],
  customer_service: ['customer_contact', 'crowd_tolerance'],
  cleaning: ['cleanliness_hygiene', 'walking_much', 'working_alone'],
  dishwashing: ['standing_long', 'noise_tolerance', 'cleanliness_hygiene'],
  food_preparation: ['cleanliness_hygiene', 'fine_motor', 'multi_step_instructions'],
  serving: ['customer_contact', 'walking_much', 'crowd_tolerance'],
  warehouse_picking: ['walking_much', 'lifting', 'reading'],
  goods_reception: ['lifting', 'counting', 'reading'],
  data_entry: ['computer_use', 'reading', 'writing'],
  scanning_archiving: ['computer_use', 'fine_motor', 'working_alone'],
  computer_repair: ['computer_use', 'fine_motor', 'multi_step_instructions'],
  media_editing: ['computer_use', 'working_alone'],
  mail_handling: ['reading', 'walking_much', 'routine_changes'],
  book_handling: ['reading', 'standing_long', 'fine_motor'],
  gardening: ['outdoor_work', 'gross_motor', 'lifting'],
  groundskeeping: ['outdoor_work', 'walking_much', 'gross_motor'],
  laundry: ['standing_long', 'fine_motor', 'working_pace'],
  repair_reuse: ['fine_motor', 'multi_step_instructions', 'teamwork'],
  deliveries: ['driving_license', 'walking_much', 'customer_contact'],
  lending: ['customer_contact', 'reading', 'computer_use'],
  software_testing: ['computer_use', 'reading', 'multi_step_instructions'],
  web_publishing: ['computer_use', 'reading', 'writing'],
  helpdesk_support: ['computer_use', 'customer_contact', 'multi_step_instructions'],
  digital_archiving: ['computer_use', 'reading', 'working_alone'],
  photo_video: ['fine_motor', 'computer_use', 'walking_much'],
} as const satisfies Record<string, readonly Trait[]>;
export const tasks = Object.keys(taskTraits) as (keyof typeof taskTraits)[];
export const Task = z.enum(tasks as [keyof typeof taskTraits, ...(keyof typeof taskTraits)[]]);
export type Task = z.infer<typeof Task>;

export const environmentTags = [
  'quiet',
  'noisy',
  'indoor',
  'outdoor',
  'physical',
  'customer_contact',
  'many_people',
  'few_people',
] as const;
export const EnvironmentTag = z.enum(environmentTags);
export type EnvironmentTag = z.infer<typeof EnvironmentTag>;

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

export const ScheduleKind = z.enum(['fullDay', 'halfDay']);
export type ScheduleKind = z.infer<typeof ScheduleKind>;

export const Schedule = z.strictObject({
  kind: ScheduleKind,
  weekdays: z.array(Weekday).min(1, fieldMessage('weekdays.none')).max(7),
});
export type Schedule = z.infer<typeof Schedule>;

// Omvårdnadsnivå 1–4: 4 is the most support.
export const SupportLevel = z.number().int().min(1).max(4);
export type SupportLevel = z.infer<typeof SupportLevel>;

export const stages = [
  'group_activity',
  'individual_placement',
  'prework',
  'learning_placement',
  'reinforced_cooperation',
  'employed',
  'studies',
  'exited',
] as const;
export const Stage = z.enum(stages);
export type Stage = z.infer<typeof Stage>;

export const Gender = z.enum(['woman', 'man', 'other', 'unspecified']);
export type Gender = z.infer<typeof Gender>;
