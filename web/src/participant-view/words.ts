import type { InterestPlacementState } from '#shared/schemas/easy-read';
import { useI18n } from '../i18n/I18nProvider.tsx';

// The words of the participant's own view, Swedish first and in easy Swedish (lättläst:
// short sentences, one idea per line, everyday words, "du"); English in plain English.
// Kept beside the pages, so the app's big catalogues only gain the links to it.

const sv = {
  plainTitle: 'Platser för dig',
  title: (firstName: string) => `Platser för dig, ${firstName}`,
  linkFromStaff: 'Visa för deltagaren (lättläst)',
  forCoach:
    'Visa sidan för deltagaren. Den visar bara deltagarens egna platser, i ord och utan siffror om hur väl de passar.',
  backToProfile: 'Tillbaka till profilen',
  intro: [
    'Här är platser som kan passa dig.',
    'Läs om platserna tillsammans.',
    'Tryck på Läs upp för att höra texten.',
    'Vill du veta mer om en plats?',
    'Tryck på Jag vill veta mer.',
  ],
  none: ['Just nu finns det ingen plats som passar dig.', 'Prata med din arbetskonsulent.'],
  at: (employer: string) => `Företaget heter ${employer}.`,
  where: (area: string) => `Platsen ligger i ${area}.`,
  starts: (date: string) => `Du kan börja ${date}.`,
  startsNow: 'Du kan börja nu.',
  fitHeading: 'Passar platsen dig?',
  tasksHeading: 'Det här gör du',
  aboutHeading: 'Om platsen',
  whyHeading: 'Därför kan platsen passa dig',
  readAloud: 'Läs upp',
  readAloudLabel: (title: string) => `Läs upp om ${title}`,
  stopReading: 'Sluta läsa',
  stopReadingLabel: (title: string) => `Sluta läsa om ${title}`,
  noSpeech: 'Den här webbläsaren kan inte läsa upp text.',
  wantToKnowMore: 'Jag vill veta mer',
  wantToKnowMoreLabel: (title: string) => `Jag vill veta mer om ${title}`,
  marked: 'Bra! Din arbetskonsulent ser att du vill veta mer.',
  unmarked: 'Okej. Du vill inte veta mer om den platsen just nu.',
  profile: {
    heading: 'Deltagaren vill veta mer',
    intro: 'Platser som deltagaren vill veta mer om. Markerat på sidan Visa för deltagaren.',
    none: 'Deltagaren har inte markerat någon plats än.',
    item: (title: string, employer: string) => `Vill veta mer om: ${title} (${employer})`,
    markedOn: (date: string) => `Markerad ${date}`,
    remove: 'Ta bort',
    removeLabel: (title: string) => `Ta bort att deltagaren vill veta mer om ${title}`,
    state: {
      open: '',
      full: 'Platsen är full just nu.',
      closed: 'Platsen är stängd.',
      draft: 'Platsen är inte publicerad.',
      gone: 'Platsen finns inte längre.',
    } satisfies Record<InterestPlacementState, string>,
  },
};

type Words = typeof sv;

const en: Words = {
  plainTitle: 'Places for you',
  title: (firstName) => `Places for you, ${firstName}`,
  linkFromStaff: 'Show to the participant (easy to read)',
  forCoach:
    'Show this page to the participant. There are no scores here. There are only this participant’s own places.',
  backToProfile: 'Back to the profile',
  intro: [
    'Here are places that may suit you.',
    'Read about the places together.',
    'Press Read aloud to hear the text.',
    'Do you want to know more about a place?',
    'Press I want to know more.',
  ],
  none: ['Right now there is no place that suits you.', 'Talk to your job coach.'],
  at: (employer) => `The company is called ${employer}.`,
  where: (area) => `The place is in ${area}.`,
  starts: (date) => `You can start on ${date}.`,
  startsNow: 'You can start now.',
  fitHeading: 'Does the place suit you?',
  tasksHeading: 'What you do',
  aboutHeading: 'About the place',
  whyHeading: 'Why the place may suit you',
  readAloud: 'Read aloud',
  readAloudLabel: (title) => `Read aloud about ${title}`,
  stopReading: 'Stop reading',
  stopReadingLabel: (title) => `Stop reading about ${title}`,
  noSpeech: 'This browser cannot read text aloud.',
  wantToKnowMore: 'I want to know more',
  wantToKnowMoreLabel: (title) => `I want to know more about ${title}`,
  marked: 'Good! Your job coach can see that you want to know more.',
  unmarked: 'OK. You do not want to know more about that place right now.',
  profile: {
    heading: 'The participant wants to know more',
    intro: 'Places the participant wants to know more about. Marked on the page Show to the participant.',
    none: 'The participant has not marked any place yet.',
    item: (title, employer) => `Wants to know more about: ${title} (${employer})`,
    markedOn: (date) => `Marked ${date}`,
    remove: 'Remove',
    removeLabel: (title) => `Remove that the participant wants to know more about ${title}`,
    state: {
      open: '',
      full: 'The place is full right now.',
      closed: 'The place is closed.',
      draft: 'The place is not published.',
      gone: 'The place no longer exists.',
    },
  },
};

export function useEasyReadWords() {
  const { lang } = useI18n();
  return { w: lang === 'en' ? en : sv, lang };
}
