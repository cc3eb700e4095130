// Reading a placement aloud with the browser's own speech synthesis (Web Speech API).
// The placements are written in Swedish by their employers, so they are read in Swedish
// whatever language the page is shown in, with a Swedish voice when the device has one.

export const speechLang = 'sv-SE';

/** The voice to read Swedish with: the first whose language is Swedish (sv, sv-SE, sv_FI …). */
export function swedishVoice<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  return voices.find((voice) => /^sv([-_]|$)/i.test(voice.lang));
}

/** What "Läs upp" reads: the title, the employer and the description, each a sentence of its own. */
export function speechText(card: { title: string; employerName: string; description: string }): string {
  const sentence = (text: string) => {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  };
  return [sentence(card.title), sentence(`Hos ${card.employerName}`), sentence(card.description)].join(' ');
}
