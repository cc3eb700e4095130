import type { ExportPartName, ParticipantExport } from '../schemas/participant-rights.ts';

// The answer to a participant's request for access (GDPR art. 15): every part of what
// is stored, each with a short explanation in plain Swedish that can be handed over.

export const exportExplanation =
  'Här är alla uppgifter som Bryggan har sparat om dig. Varje del säger vad uppgifterna är och varför de finns.';

export const partExplanations: Record<ExportPartName, string> = {
  profile:
    'Din profil: namn, födelseår, kön, vad du vill arbeta med, vilka tider du kan, hur mycket stöd du behöver och vem som är din coach. Coachen använder den för att hitta platser som passar dig.',
  consent:
    'Dina samtycken: om arbetsgivare får se en kort sammanfattning av din profil, och vad du sa ja till vid varje förslag på plats.',
  transitions:
    'Dina steg i daglig verksamhet: vilket steg du var i, när du bytte steg och ibland en kort anteckning från coachen.',
  matches: 'Platser som du har föreslagits till, vad som hände med förslagen och när.',
  eventSignups: 'Träffar och aktiviteter som du anmäldes till, och om du kom.',
  supportCalls:
    'Samtal och besök mellan din coach och en arbetsgivare som handlade om dig, med coachens anteckning.',
  supportRequests: 'Frågor från en arbetsgivare som coachen svarade på i ett samtal om dig.',
  employments:
    'Dina anställningar och stödet efter att du fick jobb: arbetsgivare, när anställningen började och slutade, och planerade uppföljningar.',
  provisions:
    'Vilken utförare av daglig verksamhet du har haft, med vilken nivå och hur många timmar. Kommunen betalar utföraren efter det.',
  interests: 'Platser som du har sagt att du vill veta mer om.',
  followUps: 'Uppföljningar som coachen har planerat eller gjort efter samtal och efter att du fick jobb.',
  statistics:
    'Uppgifter som kommunen räknar i sin statistik om daglig verksamhet: tider i ett steg och om du hade kvar ett jobb efter 6 och 12 månader. De visar inte ditt namn.',
  audit:
    'Vem som har läst eller ändrat dina uppgifter och när. Det sparas för att du ska kunna se att bara de som får läsa dem har gjort det.',
};

/** The export document, from the items of each part (already without storage keys). */
export function exportDocument(
  participantId: string,
  exportedAt: string,
  items: Record<ExportPartName, Record<string, unknown>[]>,
): ParticipantExport {
  const parts = Object.fromEntries(
    (Object.keys(partExplanations) as ExportPartName[]).map((name) => [
      name,
      { explanation: partExplanations[name], items: items[name] },
    ]),
  ) as ParticipantExport['parts'];
  return { participantId, exportedAt, explanation: exportExplanation, parts };
}
