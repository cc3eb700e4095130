import type { MatchOutcome } from '../schemas/match.ts';
import type { EnvironmentNeed } from '../schemas/participant.ts';
import type { EnvironmentTag, Stage, Task, Trait } from '../schemas/vocabulary.ts';
import type { KnownSector, Words } from './vocabulary-labels.ts';

// One line in plain words for each term of the vocabulary, Swedish first ("lättläst"):
// short sentences, everyday words, no abbreviations. GET /v1/vocabulary serves them
// beside the names. A term added to a list needs its line here too (a unit test checks).

type Lines<K extends string | number> = Partial<Record<K, Words>>;

const sectors: Lines<KnownSector> = {
  it_media: {
    sv: 'Arbete med datorer, webb, bild och film.',
    en: 'Work with computers, the web, pictures and film.',
  },
  second_hand: {
    sv: 'Arbete med saker som säljs eller lagas en gång till.',
    en: 'Work with things that are sold or mended once more.',
  },
  logistics: {
    sv: 'Arbete i ett lager där varor tas emot, plockas och packas.',
    en: 'Work in a warehouse where goods arrive and are picked and packed.',
  },
  library_culture: {
    sv: 'Arbete på bibliotek, museum eller andra platser för kultur.',
    en: 'Work at a library, a museum or another place for culture.',
  },
  retail: { sv: 'Arbete i en butik där kunder handlar.', en: 'Work in a shop where customers buy things.' },
  food_service: {
    sv: 'Arbete i kök, restaurang eller café.',
    en: 'Work in a kitchen, a restaurant or a café.',
  },
  cleaning_facility: {
    sv: 'Arbete med att städa och sköta hus och lokaler.',
    en: 'Work cleaning and looking after buildings and rooms.',
  },
  gardening_outdoor: {
    sv: 'Arbete utomhus med växter, gräs och gångar.',
    en: 'Work outdoors with plants, grass and paths.',
  },
  office_admin: {
    sv: 'Arbete på ett kontor med papper, post och dator.',
    en: 'Work in an office with papers, post and a computer.',
  },
};

const tasks: Lines<Task> = {
  sorting: {
    sv: 'Du lägger saker som hör ihop på samma ställe.',
    en: 'You put things that belong together in one place.',
  },
  packing: { sv: 'Du lägger varor i kartonger eller påsar.', en: 'You put goods into boxes or bags.' },
  shelving: {
    sv: 'Du ställer varor eller böcker på rätt hylla.',
    en: 'You put goods or books on the right shelf.',
  },
  price_labelling: {
    sv: 'Du sätter en lapp med priset på varorna.',
    en: 'You put a label with the price on the goods.',
  },
  cashier: { sv: 'Du tar betalt när kunderna handlar.', en: 'You take payment when customers buy things.' },
  customer_service: {
    sv: 'Du svarar på frågor och visar kunder rätt.',
    en: 'You answer questions and show customers the way.',
  },
  cleaning: { sv: 'Du torkar, dammsuger och gör rent.', en: 'You wipe, vacuum and clean.' },
  dishwashing: { sv: 'Du diskar tallrikar, glas och kastruller.', en: 'You wash plates, glasses and pans.' },
  food_preparation: { sv: 'Du skär, blandar och gör i ordning mat.', en: 'You cut, mix and get food ready.' },
  serving: { sv: 'Du bär fram mat och dryck till gästerna.', en: 'You bring food and drink to the guests.' },
  warehouse_picking: {
    sv: 'Du hämtar varorna som står på en lista.',
    en: 'You fetch the goods that are on a list.',
  },
  goods_reception: {
    sv: 'Du tar emot leveranser och räknar att allt kom.',
    en: 'You take in deliveries and count that all arrived.',
  },
  data_entry: {
    sv: 'Du skriver in uppgifter i ett program på datorn.',
    en: 'You type information into a program on the computer.',
  },
  scanning_archiving: {
    sv: 'Du gör papper digitala och sparar dem i ordning.',
    en: 'You make papers digital and keep them in order.',
  },
  computer_repair: {
    sv: 'Du letar fel i datorer och byter delar.',
    en: 'You look for faults in computers and change parts.',
  },
  media_editing: {
    sv: 'Du klipper och gör i ordning bilder, film eller ljud.',
    en: 'You cut and tidy pictures, film or sound.',
  },
  mail_handling: {
    sv: 'Du sorterar brev och paket och lämnar dem rätt.',
    en: 'You sort letters and parcels and hand them out.',
  },
  book_handling: { sv: 'Du tar emot, sorterar och lagar böcker.', en: 'You take in, sort and mend books.' },
  gardening: { sv: 'Du sätter växter och tar bort ogräs.', en: 'You plant and pull up weeds.' },
  groundskeeping: {
    sv: 'Du klipper gräs, krattar och sopar gångar.',
    en: 'You cut grass, rake and sweep paths.',
  },
  laundry: {
    sv: 'Du tvättar, torkar och viker kläder och lakan.',
    en: 'You wash, dry and fold clothes and sheets.',
  },
  repair_reuse: {
    sv: 'Du lagar saker så att någon kan använda dem igen.',
    en: 'You mend things so someone can use them again.',
  },
  deliveries: { sv: 'Du kör varor till kunder med bil.', en: 'You drive goods to customers by car.' },
  lending: {
    sv: 'Du lånar ut saker till besökare och tar emot dem när de kommer tillbaka.',
    en: 'You lend things to visitors and take them back when they return.',
  },
  software_testing: {
    sv: 'Du provar program och webbsidor och skriver ner det som inte fungerar.',
    en: 'You try out programs and websites and write down what does not work.',
  },
  web_publishing: {
    sv: 'Du lägger ut texter och bilder på en webbplats.',
    en: 'You put texts and pictures on a website.',
  },
  helpdesk_support: {
    sv: 'Du hjälper personer som har problem med datorn eller telefonen.',
    en: 'You help people who have problems with their computer or phone.',
  },
  digital_archiving: {
    sv: 'Du sparar dokument i datorn och ger dem rätt namn så att de går att hitta.',
    en: 'You save documents on the computer and name them so they can be found.',
  },
  photo_video: {
    sv: 'Du fotograferar och filmar, till exempel saker som ska säljas.',
    en: 'You take photos and film, for example of things that will be sold.',
  },
};

const traits: Lines<Trait> = {
  standing_long: {
    sv: 'Arbetet görs stående en stor del av dagen.',
    en: 'The work is done standing for much of the day.',
  },
  walking_much: { sv: 'Du går mycket under dagen.', en: 'You walk a lot during the day.' },
  lifting: { sv: 'Du lyfter saker som är tunga.', en: 'You lift things that are heavy.' },
  fine_motor: {
    sv: 'Du gör små och noggranna rörelser med händerna.',
    en: 'You make small, careful movements with your hands.',
  },
  gross_motor: {
    sv: 'Du böjer dig, sträcker dig och rör hela kroppen.',
    en: 'You bend, stretch and move your whole body.',
  },
  reading: { sv: 'Du läser lappar, listor eller skärmar.', en: 'You read notes, lists or screens.' },
  writing: { sv: 'Du skriver korta texter eller siffror.', en: 'You write short texts or numbers.' },
  counting: { sv: 'Du räknar saker eller pengar.', en: 'You count things or money.' },
  computer_use: { sv: 'Du använder en dator eller surfplatta.', en: 'You use a computer or a tablet.' },
  multi_step_instructions: {
    sv: 'Du gör flera saker i rätt ordning.',
    en: 'You do several things in the right order.',
  },
  working_pace: {
    sv: 'Du arbetar i samma takt hela passet.',
    en: 'You work at the same speed the whole shift.',
  },
  customer_contact: { sv: 'Du pratar med kunder eller gäster.', en: 'You talk with customers or guests.' },
  teamwork: { sv: 'Du gör arbetet tillsammans med andra.', en: 'You do the work together with others.' },
  working_alone: {
    sv: 'Du gör arbetet själv en stund i taget.',
    en: 'You do the work on your own for a while.',
  },
  noise_tolerance: {
    sv: 'Det finns ljud och buller där du arbetar.',
    en: 'There is sound and noise where you work.',
  },
  crowd_tolerance: { sv: 'Det finns många människor runt dig.', en: 'There are many people around you.' },
  routine_changes: {
    sv: 'Det som ska göras kan ändras under dagen.',
    en: 'What is to be done can change during the day.',
  },
  outdoor_work: {
    sv: 'Du arbetar ute, också när det är kallt eller regnar.',
    en: 'You work outside, also when it is cold or rains.',
  },
  cleanliness_hygiene: {
    sv: 'Du tvättar händerna och håller rent.',
    en: 'You wash your hands and keep things clean.',
  },
  driving_license: {
    sv: 'Du har körkort och kan köra bil.',
    en: 'You have a driving licence and can drive a car.',
  },
};

const environmentTags: Lines<EnvironmentTag> = {
  quiet: { sv: 'Det är lugnt och lite ljud på platsen.', en: 'The place is calm, with little sound.' },
  noisy: { sv: 'Det låter mycket på platsen.', en: 'The place is loud.' },
  indoor: { sv: 'Arbetet är inne.', en: 'The work is indoors.' },
  outdoor: { sv: 'Arbetet är ute.', en: 'The work is outdoors.' },
  physical: { sv: 'Arbetet tar på kroppen.', en: 'The work is hard on the body.' },
  customer_contact: {
    sv: 'Kunder eller gäster kommer till platsen.',
    en: 'Customers or guests come to the place.',
  },
  many_people: {
    sv: 'Många människor är på platsen samtidigt.',
    en: 'Many people are at the place at once.',
  },
  few_people: { sv: 'Bara några få människor är på platsen.', en: 'Only a few people are at the place.' },
};

const environmentNeeds: Lines<EnvironmentNeed> = {
  needs_quiet: {
    sv: 'Personen mår bäst där det är lugnt och tyst.',
    en: 'The person does best where it is calm and quiet.',
  },
  indoor_only: { sv: 'Personen vill arbeta inne.', en: 'The person wants to work indoors.' },
  outdoor_only: { sv: 'Personen vill arbeta ute.', en: 'The person wants to work outdoors.' },
  no_customer_contact: {
    sv: 'Personen vill inte prata med kunder.',
    en: 'The person does not want to talk with customers.',
  },
  few_people: { sv: 'Personen vill ha få människor runt sig.', en: 'The person wants few people around.' },
  no_heavy_lifting: {
    sv: 'Personen ska inte lyfta tunga saker.',
    en: 'The person should not lift heavy things.',
  },
};

const stages: Lines<Stage> = {
  group_activity: {
    sv: 'Personen är med i en grupp i daglig verksamhet.',
    en: 'The person takes part in a group in daily activity.',
  },
  individual_placement: {
    sv: 'Personen har en egen plats med stöd.',
    en: 'The person has a place of their own, with support.',
  },
  prework: {
    sv: 'Personen förbereder sig för att prova ett arbete.',
    en: 'The person gets ready to try a job.',
  },
  learning_placement: {
    sv: 'Personen lär sig ett arbete hos en arbetsgivare.',
    en: 'The person learns a job at an employer.',
  },
  reinforced_cooperation: {
    sv: 'Personen får stöd från Arbetsförmedlingen och Försäkringskassan.',
    en: 'The person gets support from the employment and social insurance agencies.',
  },
  employed: { sv: 'Personen har fått ett arbete.', en: 'The person has got a job.' },
  studies: { sv: 'Personen har börjat studera.', en: 'The person has started to study.' },
  exited: { sv: 'Personen har slutat i daglig verksamhet.', en: 'The person has left daily activity.' },
};

const outcomes: Lines<MatchOutcome> = {
  employed: {
    sv: 'Personen fick ett arbete efter platsen.',
    en: 'The person got a job after the placement.',
  },
  studies: {
    sv: 'Personen började studera efter platsen.',
    en: 'The person started to study after the placement.',
  },
  reinforced_cooperation: {
    sv: 'Personen gick vidare till stöd från flera myndigheter.',
    en: 'The person moved on to support from several agencies.',
  },
  returned: {
    sv: 'Personen gick tillbaka till sin dagliga verksamhet.',
    en: 'The person went back to their daily activity.',
  },
  other: { sv: 'Platsen slutade på ett annat sätt.', en: 'The placement ended in another way.' },
};

export const vocabularyDescriptions = {
  sectors,
  tasks,
  traits,
  environmentTags,
  environmentNeeds,
  stages,
  outcomes,
};
