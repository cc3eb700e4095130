import type { MatchOutcome } from '../schemas/match.ts';
import type { EnvironmentNeed } from '../schemas/participant.ts';
import type { PlacementKind } from '../schemas/placement.ts';
import type {
  EnvironmentTag,
  Gender,
  ScheduleKind,
  sectors as sectorList,
  Task,
  Trait,
  Weekday,
} from '../schemas/vocabulary.ts';

// The vocabulary's words, in ONE place: the name a person reads on its own (a choice in a
// form, a tag, a heading), Swedish first. GET /v1/vocabulary serves them to the web, which
// keeps no copy. Matching's reasons put the same words inside sentences: its forms are
// derived from the name (first letter in lower case, see `inSentence`), or, where a
// sentence needs another grammatical form, given as `inText` beside the name in the same
// entry ("Du kan stå länge", "Platsen är bullrig").

/** One word or phrase in both languages. */
export interface Words<T = string> {
  sv: T;
  en: T;
}

/** A name, and the form a sentence needs when the name does not fit inside one. */
export interface Term extends Words {
  inText?: Words;
}

const lowerFirst = (text: string) =>
  // "IT och media" stays as it is: an abbreviation keeps its capitals.
  /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);

/** The words a sentence puts in: the entry's `inText`, or its name with a small first letter. */
export const inSentence = (term: Term): Words =>
  term.inText ?? { sv: lowerFirst(term.sv), en: lowerFirst(term.en) };

export type KnownSector = (typeof sectorList)[number];

/** The default sectors (tenants may add more; those show by their slug). */
const sectors: Record<KnownSector, Words> = {
  it_media: { sv: 'IT och media', en: 'IT and media' },
  second_hand: { sv: 'Second hand och återbruk', en: 'Second hand and reuse' },
  logistics: { sv: 'Lager och paketering', en: 'Warehouse and packing' },
  library_culture: { sv: 'Bibliotek och kultur', en: 'Library and culture' },
  retail: { sv: 'Butik och handel', en: 'Shops and retail' },
  food_service: { sv: 'Restaurang och café', en: 'Restaurant and café' },
  cleaning_facility: { sv: 'Städ och fastighet', en: 'Cleaning and property care' },
  gardening_outdoor: { sv: 'Trädgård och utemiljö', en: 'Gardening and outdoor work' },
  office_admin: { sv: 'Kontor och administration', en: 'Office and administration' },
};

const tasks: Record<Task, Term> = {
  sorting: { sv: 'Sortera saker', en: 'Sorting things' },
  packing: { sv: 'Packa', en: 'Packing' },
  shelving: { sv: 'Ställa varor eller böcker på hyllor', en: 'Putting goods or books on shelves' },
  price_labelling: { sv: 'Sätta prislappar', en: 'Putting on price labels' },
  cashier: { sv: 'Stå i kassan', en: 'Working at the till' },
  customer_service: { sv: 'Hjälpa kunder', en: 'Helping customers' },
  cleaning: { sv: 'Städa', en: 'Cleaning' },
  dishwashing: { sv: 'Diska', en: 'Washing up' },
  food_preparation: { sv: 'Laga och förbereda mat', en: 'Preparing food' },
  serving: { sv: 'Servera', en: 'Serving' },
  warehouse_picking: { sv: 'Plocka varor i lager', en: 'Picking goods in a warehouse' },
  goods_reception: { sv: 'Ta emot varor', en: 'Receiving deliveries' },
  data_entry: { sv: 'Skriva in uppgifter i dator', en: 'Typing information into a computer' },
  scanning_archiving: { sv: 'Skanna och arkivera papper', en: 'Scanning and filing papers' },
  computer_repair: { sv: 'Laga och testa datorer', en: 'Fixing and testing computers' },
  media_editing: { sv: 'Redigera bild, film eller ljud', en: 'Editing pictures, film or sound' },
  mail_handling: { sv: 'Sortera och dela ut post', en: 'Sorting and handing out post' },
  book_handling: { sv: 'Hantera böcker', en: 'Handling books' },
  gardening: { sv: 'Plantera och rensa', en: 'Planting and weeding' },
  groundskeeping: { sv: 'Sköta gräsmattor och gångar', en: 'Looking after lawns and paths' },
  laundry: { sv: 'Tvätta och vika', en: 'Washing and folding laundry' },
  repair_reuse: { sv: 'Laga saker så de kan användas igen', en: 'Mending things so they can be used again' },
  deliveries: { sv: 'Köra ut varor', en: 'Driving out deliveries' },
  lending: { sv: 'Låna ut saker och ta emot dem igen', en: 'Lending things out and taking them back' },
  software_testing: { sv: 'Testa program och webbsidor', en: 'Testing software and websites' },
  web_publishing: { sv: 'Lägga ut text och bilder på webben', en: 'Publishing text and pictures on the web' },
  helpdesk_support: {
    sv: 'Hjälpa andra med datorn (IT-support)',
    en: 'Helping others with their computer (IT support)',
  },
  digital_archiving: {
    sv: 'Ordna och spara filer i digitala arkiv',
    en: 'Sorting and saving files in digital archives',
  },
  photo_video: { sv: 'Fotografera och filma', en: 'Taking photos and filming' },
};

/** Work-demand traits, as a choice or a list names them: both what a placement demands and what a participant manages. */
const traits: Record<Trait, Term> = {
  standing_long: {
    sv: 'Stå länge',
    en: 'Standing for a long time',
    inText: { sv: 'stå länge', en: 'stand for long periods' },
  },
  walking_much: { sv: 'Gå mycket', en: 'Walking a lot', inText: { sv: 'gå mycket', en: 'walk a lot' } },
  lifting: { sv: 'Lyfta tunga saker', en: 'Lifting heavy things', inText: { sv: 'lyfta', en: 'lift' } },
  fine_motor: {
    sv: 'Göra noggranna saker med fingrarna',
    en: 'Careful work with the fingers',
    inText: { sv: 'arbeta noggrant med händerna', en: 'do precise work with the hands' },
  },
  gross_motor: {
    sv: 'Röra sig mycket med hela kroppen',
    en: 'Moving the whole body a lot',
    inText: { sv: 'röra hela kroppen i arbetet', en: 'use the whole body at work' },
  },
  reading: { sv: 'Läsa', en: 'Reading', inText: { sv: 'läsa', en: 'read' } },
  writing: { sv: 'Skriva', en: 'Writing', inText: { sv: 'skriva', en: 'write' } },
  counting: { sv: 'Räkna', en: 'Counting', inText: { sv: 'räkna', en: 'count' } },
  computer_use: {
    sv: 'Använda dator',
    en: 'Using a computer',
    inText: { sv: 'använda dator', en: 'use a computer' },
  },
  multi_step_instructions: {
    sv: 'Följa instruktioner i flera steg',
    en: 'Following instructions in several steps',
    inText: { sv: 'följa instruktioner i flera steg', en: 'follow multi-step instructions' },
  },
  working_pace: {
    sv: 'Hålla ett jämnt tempo',
    en: 'Keeping a steady pace',
    inText: { sv: 'hålla ett jämnt tempo', en: 'keep a steady pace' },
  },
  customer_contact: {
    sv: 'Prata med kunder',
    en: 'Talking to customers',
    inText: { sv: 'prata med kunder', en: 'talk with customers' },
  },
  teamwork: {
    sv: 'Arbeta tillsammans med andra',
    en: 'Working together with others',
    inText: { sv: 'arbeta tillsammans med andra', en: 'work in a team' },
  },
  working_alone: {
    sv: 'Arbeta själv',
    en: 'Working alone',
    inText: { sv: 'arbeta själv', en: 'work alone' },
  },
  noise_tolerance: {
    sv: 'Klara ljud och buller',
    en: 'Coping with noise',
    inText: { sv: 'klara ljud och buller', en: 'cope with noise' },
  },
  crowd_tolerance: {
    sv: 'Klara många människor runt sig',
    en: 'Coping with many people around',
    inText: { sv: 'klara många människor omkring sig', en: 'cope with many people around' },
  },
  routine_changes: {
    sv: 'Klara att rutiner ändras',
    en: 'Coping when routines change',
    inText: { sv: 'klara ändringar i rutinerna', en: 'cope with changes in routine' },
  },
  outdoor_work: {
    sv: 'Arbeta utomhus',
    en: 'Working outdoors',
    inText: { sv: 'arbeta utomhus', en: 'work outdoors' },
  },
  cleanliness_hygiene: {
    sv: 'Tänka på hygien',
    en: 'Taking care with hygiene',
    inText: { sv: 'tänka på hygien och renlighet', en: 'keep to hygiene rules' },
  },
  driving_license: {
    sv: 'Ha körkort',
    en: 'Having a driving licence',
    inText: { sv: 'köra bil med körkort', en: 'drive with a licence' },
  },
};

const environmentTags: Record<EnvironmentTag, Term> = {
  quiet: {
    sv: 'Lugnt och tyst',
    en: 'Calm and quiet',
    inText: { sv: 'är lugn och tyst', en: 'is calm and quiet' },
  },
  noisy: { sv: 'Mycket ljud', en: 'Lots of noise', inText: { sv: 'är bullrig', en: 'is noisy' } },
  indoor: { sv: 'Inomhus', en: 'Indoors', inText: { sv: 'är inomhus', en: 'is indoors' } },
  outdoor: { sv: 'Utomhus', en: 'Outdoors', inText: { sv: 'är utomhus', en: 'is outdoors' } },
  physical: {
    sv: 'Fysiskt arbete',
    en: 'Physical work',
    inText: { sv: 'har fysiskt tungt arbete', en: 'has physically demanding work' },
  },
  customer_contact: {
    sv: 'Kunder på plats',
    en: 'Customers on site',
    inText: { sv: 'har kundkontakt', en: 'has customer contact' },
  },
  many_people: {
    sv: 'Många människor',
    en: 'Many people',
    inText: { sv: 'har många människor', en: 'has many people around' },
  },
  few_people: {
    sv: 'Få människor',
    en: 'Few people',
    inText: { sv: 'har få människor', en: 'has few people around' },
  },
};

const environmentNeeds: Record<EnvironmentNeed, Term> = {
  needs_quiet: {
    sv: 'Behöver en lugn och tyst miljö',
    en: 'Needs a calm and quiet place',
    inText: { sv: 'behöver en lugn och tyst miljö', en: 'need a calm and quiet place' },
  },
  indoor_only: {
    sv: 'Vill bara arbeta inomhus',
    en: 'Wants to work indoors only',
    inText: { sv: 'vill arbeta inomhus', en: 'want to work indoors' },
  },
  outdoor_only: {
    sv: 'Vill bara arbeta utomhus',
    en: 'Wants to work outdoors only',
    inText: { sv: 'vill arbeta utomhus', en: 'want to work outdoors' },
  },
  no_customer_contact: {
    sv: 'Vill inte ha kontakt med kunder',
    en: 'Does not want contact with customers',
    inText: { sv: 'vill inte ha kundkontakt', en: 'do not want customer contact' },
  },
  few_people: {
    sv: 'Vill ha få människor omkring sig',
    en: 'Wants few people around',
    inText: { sv: 'vill ha få människor omkring dig', en: 'want few people around you' },
  },
  no_heavy_lifting: {
    sv: 'Ska inte lyfta tungt',
    en: 'Should not lift heavy things',
    inText: { sv: 'ska inte lyfta tungt', en: 'should not lift heavy things' },
  },
};

const weekdays: Record<Weekday, Words> = {
  mon: { sv: 'Måndag', en: 'Monday' },
  tue: { sv: 'Tisdag', en: 'Tuesday' },
  wed: { sv: 'Onsdag', en: 'Wednesday' },
  thu: { sv: 'Torsdag', en: 'Thursday' },
  fri: { sv: 'Fredag', en: 'Friday' },
  sat: { sv: 'Lördag', en: 'Saturday' },
  sun: { sv: 'Söndag', en: 'Sunday' },
};

/** Weekdays inside a sentence (Swedish writes them in lower case). */
const weekdaysInText: Record<Weekday, Words> = {
  mon: { sv: 'måndag', en: 'Monday' },
  tue: { sv: 'tisdag', en: 'Tuesday' },
  wed: { sv: 'onsdag', en: 'Wednesday' },
  thu: { sv: 'torsdag', en: 'Thursday' },
  fri: { sv: 'fredag', en: 'Friday' },
  sat: { sv: 'lördag', en: 'Saturday' },
  sun: { sv: 'söndag', en: 'Sunday' },
};

const scheduleKinds: Record<ScheduleKind, Words> = {
  fullDay: { sv: 'Heldag', en: 'Full day' },
  halfDay: { sv: 'Halvdag', en: 'Half day' },
};

/** Support levels (omvårdnadsnivå) with a plain-words explanation; 4 is the most support. */
const supportLevels: Record<1 | 2 | 3 | 4, Words<{ title: string; text: string }>> = {
  1: {
    sv: {
      title: 'Nivå 1 – lite stöd',
      text: 'Personen klarar det mesta själv när någon har visat hur man gör.',
    },
    en: { title: 'Level 1 – a little support', text: 'The person manages most things alone once shown how.' },
  },
  2: {
    sv: { title: 'Nivå 2 – en del stöd', text: 'Personen behöver någon att fråga och ibland en påminnelse.' },
    en: {
      title: 'Level 2 – some support',
      text: 'The person needs someone to ask and a reminder now and then.',
    },
  },
  3: {
    sv: {
      title: 'Nivå 3 – mycket stöd',
      text: 'Personen behöver en handledare i närheten större delen av dagen.',
    },
    en: {
      title: 'Level 3 – a lot of support',
      text: 'The person needs a supervisor nearby for most of the day.',
    },
  },
  4: {
    sv: { title: 'Nivå 4 – mest stöd', text: 'Personen behöver en handledare bredvid sig hela tiden.' },
    en: {
      title: 'Level 4 – the most support',
      text: 'The person needs a supervisor beside them all the time.',
    },
  },
};

const genders: Record<Gender, Words> = {
  woman: { sv: 'Kvinna', en: 'Woman' },
  man: { sv: 'Man', en: 'Man' },
  other: { sv: 'Annat', en: 'Other' },
  unspecified: { sv: 'Vill inte svara', en: 'Prefers not to say' },
};

/** The kinds of placement (which stages may start each: placement-kind.ts). */
const placementKinds: Record<PlacementKind, Words> = {
  company_group: { sv: 'Företagsgrupp', en: 'Company group' },
  individual_placement: { sv: 'Enskild plats', en: 'Individual placement' },
  learning_placement: { sv: 'Lärandeplats', en: 'Learning placement' },
};

/** How a placement ended. */
const matchOutcomes: Record<MatchOutcome, Words> = {
  employed: { sv: 'Fick en anställning', en: 'Got a job' },
  studies: { sv: 'Började studera', en: 'Started studying' },
  reinforced_cooperation: {
    sv: 'Gick vidare till förstärkt samverkan',
    en: 'Moved on to reinforced cooperation',
  },
  returned: { sv: 'Gick tillbaka till daglig verksamhet', en: 'Went back to daily activity' },
  other: { sv: 'Något annat', en: 'Something else' },
};

export const vocabularyWords = {
  sectors,
  tasks,
  traits,
  environmentTags,
  environmentNeeds,
  weekdays,
  weekdaysInText,
  scheduleKinds,
  supportLevels,
  genders,
  placementKinds,
  matchOutcomes,
};

const inLang = <K extends string | number, T>(words: Record<K, Words<T>>, lang: 'sv' | 'en') =>
  Object.fromEntries(Object.entries<Words<T>>(words).map(([key, word]) => [key, word[lang]])) as Record<K, T>;

/**
 * The words of a form that are not the domain's vocabulary (days, schedule kinds,
 * genders, placement kinds), in one language, as the web's catalogues take them. Sectors, tasks, traits,
 * environment, support levels and outcomes come to the web from GET /v1/vocabulary.
 */
export function everydayWordsIn(lang: 'sv' | 'en') {
  return {
    weekdays: inLang(weekdays, lang),
    weekdaysInText: inLang(weekdaysInText, lang),
    scheduleKinds: inLang(scheduleKinds, lang),
    genders: inLang(genders, lang),
    placementKinds: inLang(placementKinds, lang),
  };
}
