import type { EnvironmentNeed } from '../../schemas/participant.ts';
import type { EnvironmentTag, Task, Trait, Weekday } from '../../schemas/vocabulary.ts';

// Plain words for the reasons a coach reads aloud. Swedish first; English for logs and docs.
export interface Label {
  sv: string;
  en: string;
}

const sectorLabels: Record<string, Label> = {
  it_media: { sv: 'IT och media', en: 'IT and media' },
  second_hand: { sv: 'second hand', en: 'second-hand' },
  logistics: { sv: 'lager och logistik', en: 'warehouse and logistics' },
  library_culture: { sv: 'bibliotek och kultur', en: 'library and culture' },
  retail: { sv: 'handel', en: 'retail' },
  food_service: { sv: 'restaurang och kök', en: 'food service' },
  cleaning_facility: { sv: 'städ och fastighet', en: 'cleaning and facilities' },
  gardening_outdoor: { sv: 'trädgård och utemiljö', en: 'gardening and outdoor work' },
  office_admin: { sv: 'kontor och administration', en: 'office and administration' },
};

/** Tenants may add sectors; those are shown by their slug until they get a label. */
export function sectorLabel(sector: string): Label {
  const known = sectorLabels[sector];
  if (known) return known;
  const words = sector.replace(/_/g, ' ');
  return { sv: words, en: words };
}

export const taskLabels: Record<Task, Label> = {
  sorting: { sv: 'sortering', en: 'sorting' },
  packing: { sv: 'packning', en: 'packing' },
  shelving: { sv: 'fylla på hyllor', en: 'shelving' },
  price_labelling: { sv: 'prismärkning', en: 'price labelling' },
  cashier: { sv: 'kassa', en: 'cashier work' },
  customer_service: { sv: 'kundservice', en: 'customer service' },
  cleaning: { sv: 'städning', en: 'cleaning' },
  dishwashing: { sv: 'disk', en: 'dishwashing' },
  food_preparation: { sv: 'matlagning', en: 'food preparation' },
  serving: { sv: 'servering', en: 'serving' },
  warehouse_picking: { sv: 'plock på lager', en: 'warehouse picking' },
  goods_reception: { sv: 'ta emot varor', en: 'goods reception' },
  data_entry: { sv: 'skriva in uppgifter i datorn', en: 'data entry' },
  scanning_archiving: { sv: 'skanna och arkivera', en: 'scanning and archiving' },
  computer_repair: { sv: 'laga datorer', en: 'computer repair' },
  media_editing: { sv: 'redigera bild och film', en: 'media editing' },
  mail_handling: { sv: 'hantera post', en: 'mail handling' },
  book_handling: { sv: 'hantera böcker', en: 'book handling' },
  gardening: { sv: 'trädgårdsarbete', en: 'gardening' },
  groundskeeping: { sv: 'sköta utemiljön', en: 'groundskeeping' },
  laundry: { sv: 'tvätt', en: 'laundry' },
  repair_reuse: { sv: 'laga och återbruka', en: 'repair and reuse' },
  deliveries: { sv: 'leveranser', en: 'deliveries' },
  lending: { sv: 'utlåning', en: 'lending' },
  software_testing: { sv: 'testa program och webbsidor', en: 'software and web testing' },
  web_publishing: { sv: 'webbpublicering', en: 'web publishing' },
  helpdesk_support: { sv: 'IT-support', en: 'helpdesk support' },
  digital_archiving: { sv: 'digital arkivering', en: 'digital archiving' },
  photo_video: { sv: 'foto och film', en: 'photo and video' },
};

// Phrased to follow "kan" / "can": "Du kan stå länge".
export const traitLabels: Record<Trait, Label> = {
  standing_long: { sv: 'stå länge', en: 'stand for long periods' },
  walking_much: { sv: 'gå mycket', en: 'walk a lot' },
  lifting: { sv: 'lyfta', en: 'lift' },
  fine_motor: { sv: 'arbeta noggrant med händerna', en: 'do precise work with the hands' },
  gross_motor: { sv: 'röra hela kroppen i arbetet', en: 'use the whole body at work' },
  reading: { sv: 'läsa', en: 'read' },
  writing: { sv: 'skriva', en: 'write' },
  counting: { sv: 'räkna', en: 'count' },
  computer_use: { sv: 'använda dator', en: 'use a computer' },
  multi_step_instructions: { sv: 'följa instruktioner i flera steg', en: 'follow multi-step instructions' },
  working_pace: { sv: 'hålla ett jämnt tempo', en: 'keep a steady pace' },
  customer_contact: { sv: 'prata med kunder', en: 'talk with customers' },
  teamwork: { sv: 'arbeta tillsammans med andra', en: 'work in a team' },
  working_alone: { sv: 'arbeta själv', en: 'work alone' },
  noise_tolerance: { sv: 'klara ljud och buller', en: 'cope with noise' },
  crowd_tolerance: { sv: 'klara många människor omkring sig', en: 'cope with many people around' },
  routine_changes: { sv: 'klara ändringar i rutinerna', en: 'cope with changes in routine' },
  outdoor_work: { sv: 'arbeta utomhus', en: 'work outdoors' },
  cleanliness_hygiene: { sv: 'tänka på hygien och renlighet', en: 'keep to hygiene rules' },
  driving_license: { sv: 'köra bil med körkort', en: 'drive with a licence' },
};

// Phrased to follow "Platsen" / "The placement": "Platsen är bullrig".
export const environmentTagLabels: Record<EnvironmentTag, Label> = {
  quiet: { sv: 'är lugn och tyst', en: 'is calm and quiet' },
  noisy: { sv: 'är bullrig', en: 'is noisy' },
  indoor: { sv: 'är inomhus', en: 'is indoors' },
  outdoor: { sv: 'är utomhus', en: 'is outdoors' },
  physical: { sv: 'har fysiskt tungt arbete', en: 'has physically demanding work' },
  customer_contact: { sv: 'har kundkontakt', en: 'has customer contact' },
  many_people: { sv: 'har många människor', en: 'has many people around' },
  few_people: { sv: 'har få människor', en: 'has few people around' },
};

// Phrased to follow "du" / "you": "du behöver en lugn miljö".
export const environmentNeedLabels: Record<EnvironmentNeed, Label> = {
  needs_quiet: { sv: 'behöver en lugn och tyst miljö', en: 'need a calm and quiet place' },
  indoor_only: { sv: 'vill arbeta inomhus', en: 'want to work indoors' },
  outdoor_only: { sv: 'vill arbeta utomhus', en: 'want to work outdoors' },
  no_customer_contact: { sv: 'vill inte ha kundkontakt', en: 'do not want customer contact' },
  few_people: { sv: 'vill ha få människor omkring dig', en: 'want few people around you' },
  no_heavy_lifting: { sv: 'ska inte lyfta tungt', en: 'should not lift heavy things' },
};

export const weekdayLabels: Record<Weekday, Label> = {
  mon: { sv: 'måndag', en: 'Monday' },
  tue: { sv: 'tisdag', en: 'Tuesday' },
  wed: { sv: 'onsdag', en: 'Wednesday' },
  thu: { sv: 'torsdag', en: 'Thursday' },
  fri: { sv: 'fredag', en: 'Friday' },
  sat: { sv: 'lördag', en: 'Saturday' },
  sun: { sv: 'söndag', en: 'Sunday' },
};

/** "a, b och c" / "a, b and c". */
export function listLabels(labels: readonly Label[]): Label {
  return {
    sv: joinWords(
      labels.map((l) => l.sv),
      'och',
    ),
    en: joinWords(
      labels.map((l) => l.en),
      'and',
    ),
  };
}

function joinWords(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

const ordinalsSv = ['förstahandsval', 'andrahandsval', 'tredjehandsval'];
const ordinalsEn = ['first', 'second', 'third'];

/** The participant's nth choice, from a zero-based rank. */
export function choiceLabel(rank: number): Label {
  const sv = ordinalsSv[rank];
  const en = ordinalsEn[rank];
  if (sv && en) return { sv: `ditt ${sv}`, en: `your ${en} choice` };
  return { sv: `nummer ${rank + 1} på din lista`, en: `number ${rank + 1} on your list` };
}
