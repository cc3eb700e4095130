import type { Language, Said } from './language.ts';

/**
 * What a field's check says when it fails. The schemas carry the key
 * (`fieldMessage('person.first_name')`), so the API and the web each say it in
 * the reader's language instead of translating a sentence.
 */
export const fieldMessages = {
  'id.invalid': { sv: 'Ogiltigt id.', en: 'Not a valid id.' },
  'tenant.invalid': { sv: 'Ogiltig kommun.', en: 'Not a valid municipality.' },
  'date.format': { sv: 'Skriv datumet som ÅÅÅÅ-MM-DD.', en: 'Write the date as YYYY-MM-DD.' },
  'date.range': { sv: 'Skriv ett datum mellan 1900 och 2099.', en: 'Enter a date between 1900 and 2099.' },
  'postcode.format': {
    sv: 'Skriv postnumret med fem siffror, till exempel 211 22.',
    en: 'Enter the postcode as five digits, for example 211 22.',
  },
  'patch.empty': { sv: 'Ändra minst ett fält.', en: 'Change at least one field.' },
  'field.unknown': { sv: 'Okänt fält.', en: 'Unknown field.' },
  'sector.format': {
    sv: 'Skriv en bransch med små bokstäver, siffror och _.',
    en: 'Give a sector in small letters, digits and _.',
  },
  'weekdays.none': { sv: 'Välj minst en veckodag.', en: 'Choose at least one weekday.' },
  'org_number.format': {
    sv: 'Skriv organisationsnumret som 556677-8899.',
    en: 'Write the organisation number like 556677-8899.',
  },
  'org_number.checksum': {
    sv: 'Organisationsnumret stämmer inte. Kontrollera siffrorna.',
    en: 'The organisation number is not right. Check the digits.',
  },
  'address.street': { sv: 'Skriv gatuadressen.', en: 'Enter the street address.' },
  'address.city': { sv: 'Skriv orten.', en: 'Enter the town.' },
  'address.area': { sv: 'Skriv kommundelen.', en: 'Enter the part of the municipality.' },
  'contact.name': { sv: 'Skriv kontaktpersonens namn.', en: 'Enter the contact person’s name.' },
  'contact.phone': {
    sv: 'Skriv ett telefonnummer, till exempel 070-123 45 67.',
    en: 'Enter a phone number, for example 070-123 45 67.',
  },
  'contact.email': {
    sv: 'Skriv en e-postadress, till exempel namn@foretag.se.',
    en: 'Enter an email address, for example name@company.se.',
  },
  'employer.name': { sv: 'Skriv företagets namn.', en: 'Enter the company’s name.' },
  'employer.unit': {
    sv: 'Skriv enhetens namn med minst 2 tecken, eller lämna fältet tomt.',
    en: 'Give the unit’s name with at least 2 characters, or leave the field empty.',
  },
  'employer.sectors': { sv: 'Välj minst en bransch.', en: 'Choose at least one sector.' },
  'placement.title': {
    sv: 'Skriv en rubrik med minst 3 tecken.',
    en: 'Write a title of at least 3 characters.',
  },
  'placement.tasks': { sv: 'Välj minst en arbetsuppgift.', en: 'Choose at least one task.' },
  'placement.description': {
    sv: 'Beskriv platsen med några meningar.',
    en: 'Describe the placement in a few sentences.',
  },
  'placement.seats': { sv: 'Minst 1 plats.', en: 'At least 1 seat.' },
  'text.max_500': { sv: 'Skriv högst 500 tecken.', en: 'Write at most 500 characters.' },
  'weight.min': { sv: 'En vikt kan inte vara mindre än 0.', en: 'A weight cannot be less than 0.' },
  'weight.max': { sv: 'En vikt kan vara högst 100.', en: 'A weight can be at most 100.' },
  'weights.none': {
    sv: 'Minst en vikt måste vara mer än 0.',
    en: 'At least one weight must be more than 0.',
  },
  'words.short': { sv: 'Skriv minst 2 tecken.', en: 'Write at least 2 characters.' },
  'words.long': { sv: 'Skriv högst 120 tecken.', en: 'Write at most 120 characters.' },
  'months.min': { sv: 'Skriv ett antal månader, minst 1.', en: 'Enter a number of months, at least 1.' },
  'months.max': { sv: 'Det är för många månader.', en: 'That is too many months.' },
  'max_months.required': {
    sv: 'Skriv hur många månader stödet kan bli som längst.',
    en: 'Enter the longest the support can be, in months.',
  },
  'max_months.not_renewable': {
    sv: 'Längsta tid gäller bara när stödet kan förlängas.',
    en: 'A longest time applies only when the support can be extended.',
  },
  'max_months.not_longer': {
    sv: 'Längsta tid måste vara längre än den första tiden.',
    en: 'The longest time must be longer than the first period.',
  },
  'sectors.unique': { sv: 'Ta med varje bransch bara en gång.', en: 'List each sector only once.' },
  'sector.default_fixed': {
    sv: 'En standardbransch har fasta namn och uppgifter. Du kan bara slå på eller av den.',
    en: 'A default sector has fixed names and tasks. You can only turn it on or off.',
  },
  'score.min': {
    sv: 'Lägsta poäng kan inte vara mindre än 0.',
    en: 'The lowest score cannot be less than 0.',
  },
  'score.max': { sv: 'Lägsta poäng kan vara högst 100.', en: 'The lowest score can be at most 100.' },
  'consent.given_at': {
    sv: 'Skriv datumet då deltagaren sa ja.',
    en: 'Enter the date the participant said yes.',
  },
  'consent.revoked': {
    sv: 'Ett samtycke som är återkallat kan inte gälla samtidigt.',
    en: 'A consent that has been taken back cannot hold at the same time.',
  },
  'birth_year.digits': {
    sv: 'Skriv födelseåret med fyra siffror.',
    en: 'Write the year of birth with four digits.',
  },
  'birth_year.min': {
    sv: 'Skriv födelseåret med fyra siffror, till exempel 1998.',
    en: 'Write the year of birth with four digits, for example 1998.',
  },
  'birth_year.age': {
    sv: 'Deltagaren måste vara minst 16 år.',
    en: 'The participant must be at least 16 years old.',
  },
  'person.own_name': { sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  'password.rules': {
    sv: 'Lösenordet behöver minst 12 tecken: stora och små bokstäver, minst en siffra och minst ett tecken som ! eller ?.',
    en: 'The password needs at least 12 characters: capital and small letters, at least one digit and at least one sign such as ! or ?.',
  },
  'sign_up.code': {
    sv: 'Skriv koden med sex siffror från e-postmeddelandet.',
    en: 'Enter the six-digit code from the email.',
  },
  'person.first_name': { sv: 'Skriv förnamnet.', en: 'Enter the first name.' },
  'person.last_name': { sv: 'Skriv efternamnet.', en: 'Enter the last name.' },
  'participant.coach': { sv: 'Välj en arbetskonsulent.', en: 'Choose a job coach.' },
  'interests.first': {
    sv: 'Välj minst en bransch som deltagaren vill arbeta i.',
    en: 'Choose at least one sector the participant wants to work in.',
  },
  'interests.max': { sv: 'Välj högst 9 branscher.', en: 'Choose at most 9 sectors.' },
  'interests.unique': { sv: 'Välj varje bransch bara en gång.', en: 'Choose each sector only once.' },
  'tasks.unique': { sv: 'Välj varje arbetsuppgift bara en gång.', en: 'Choose each task only once.' },
  'needs.unique': { sv: 'Välj varje behov bara en gång.', en: 'Choose each need only once.' },
  'needs.indoor_or_outdoor': {
    sv: 'Välj bara inomhus eller bara utomhus, inte båda.',
    en: 'Choose only indoors or only outdoors, not both.',
  },
  'capabilities.unique': { sv: 'Välj varje förmåga bara en gång.', en: 'Choose each ability only once.' },
  'travel.whole_minutes': {
    sv: 'Skriv restiden i hela minuter.',
    en: 'Enter the travel time in whole minutes.',
  },
  'travel.min': {
    sv: 'Restiden måste vara minst 5 minuter.',
    en: 'The travel time must be at least 5 minutes.',
  },
  'travel.max': {
    sv: 'Restiden kan vara högst 120 minuter.',
    en: 'The travel time can be at most 120 minutes.',
  },
  'goal.max': {
    sv: 'Skriv målet kort, högst 300 tecken.',
    en: 'Keep the goal short, at most 300 characters.',
  },
  // Written by the API itself, not by a schema.
  'body.not_utf8': { sv: 'Texten är inte UTF-8.', en: 'The text is not UTF-8.' },
  'body.not_json': { sv: 'Innehållet är inte JSON.', en: 'The content is not JSON.' },
  'body.content_type': {
    sv: 'Skicka innehållet som application/json.',
    en: 'Send the content as application/json.',
  },
  'text.disallowed_character': {
    sv: 'Texten innehåller otillåtna tecken.',
    en: 'The text contains characters that are not allowed.',
  },
  'cursor.invalid': {
    sv: 'Listan har ändrats. Börja om från första sidan.',
    en: 'The list has changed. Start again from the first page.',
  },
  'idempotency_key.format': {
    sv: 'Använd 1–128 bokstäver, siffror eller . _ : -',
    en: 'Use 1–128 letters, digits or . _ : -',
  },
  'participant.missing': { sv: 'Deltagaren finns inte.', en: 'The participant does not exist.' },
  'placement.missing': { sv: 'Platsen finns inte.', en: 'The placement does not exist.' },
  'invitation.token': {
    sv: 'Länken i inbjudan är inte hel. Kopiera hela länken.',
    en: 'The invitation link is not complete. Copy the whole link.',
  },
  'answer.person': {
    sv: 'Skriv namnet på den som svarade hos arbetsgivaren.',
    en: 'Enter the name of the person who answered at the employer.',
  },
  'matches.filter': { sv: 'Välj en plats eller en deltagare.', en: 'Choose a placement or a participant.' },
  'event.kind': {
    sv: 'Ange typen med små bokstäver, siffror och _, till exempel forum.',
    en: 'Give the kind in small letters, digits and _, for example forum.',
  },
  'event.title': { sv: 'Skriv en rubrik med minst 3 tecken.', en: 'Write a title of at least 3 characters.' },
  'event.description': {
    sv: 'Beskriv evenemanget med några meningar.',
    en: 'Describe the event in a few sentences.',
  },
  'event.place_name': { sv: 'Skriv platsens namn.', en: 'Enter the name of the place.' },
  'event.sessions': { sv: 'Lägg till minst ett tillfälle.', en: 'Add at least one session.' },
  'event.sessions_order': {
    sv: 'Tillfällena ska komma i tidsordning och inte gå in i varandra.',
    en: 'The sessions must be in time order and must not overlap.',
  },
  'event.ends_before_start': {
    sv: 'Slutet måste komma efter starten.',
    en: 'The end must be after the start.',
  },
  'event.seats': { sv: 'Ange minst en plats.', en: 'Give at least one seat.' },
  'event.deadline': {
    sv: 'Sista anmälningsdag måste vara före första tillfället.',
    en: 'The sign-up deadline must be before the first session.',
  },
  'signup.name': { sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  'signup.contact': {
    sv: 'Skriv en e-postadress eller ett telefonnummer, så att vi kan nå dig.',
    en: 'Enter an e-mail address or a phone number, so we can reach you.',
  },
  'signup.organisation': {
    sv: 'Skriv vilket företag du kommer från.',
    en: 'Enter the company you come from.',
  },
  'signup.companions': { sv: 'Högst 3 personer kan följa med.', en: 'At most 3 people can come along.' },
  'signup.cancel_token': {
    sv: 'Länken är inte hel. Kopiera hela länken från brevet.',
    en: 'The link is not complete. Copy the whole link from the mail.',
  },
  'event.missing': { sv: 'Evenemanget finns inte.', en: 'The event does not exist.' },
  // Support calls, "ring me" requests and employment (issue 11).
  'support.filter': {
    sv: 'Välj en arbetsgivare, en deltagare eller ett datum för uppföljning.',
    en: 'Choose an employer, a participant or a follow-up date.',
  },
  'support.topics': { sv: 'Välj minst ett ämne.', en: 'Choose at least one topic.' },
  'support.topics_unique': { sv: 'Välj varje ämne en gång.', en: 'Choose each topic once.' },
  'support.duration': {
    sv: 'Skriv hur många minuter det tog, 1–480.',
    en: 'Enter how many minutes it took, 1–480.',
  },
  'text.max_1000': { sv: 'Skriv högst 1000 tecken.', en: 'Write at most 1000 characters.' },
  'text.max_300': { sv: 'Skriv högst 300 tecken.', en: 'Write at most 300 characters.' },
  'support.employer_missing': { sv: 'Arbetsgivaren finns inte.', en: 'The employer does not exist.' },
  'support.participant_missing': { sv: 'Deltagaren finns inte.', en: 'The participant does not exist.' },
  'support.match_missing': {
    sv: 'Matchningen finns inte hos den här arbetsgivaren.',
    en: 'The match does not exist at this employer.',
  },
  'support.employment_missing': {
    sv: 'Anställningen finns inte hos den här arbetsgivaren.',
    en: 'The employment does not exist at this employer.',
  },
  'support.request_missing': {
    sv: 'Förfrågan finns inte hos den här arbetsgivaren.',
    en: 'The request does not exist at this employer.',
  },
  'support.owner_unknown': {
    sv: 'Välj en arbetskonsulent i kommunen.',
    en: 'Choose a job coach of the municipality.',
  },
  'support.no_follow_up': {
    sv: 'Samtalet har ingen uppföljning. Lägg till en först.',
    en: 'The call has no follow-up. Add one first.',
  },
  'support_request.no_company': {
    sv: 'Registrera ert företag först, så vet vi vem vi ska ringa.',
    en: 'Register your company first, so we know whom to call.',
  },
  'support_request.employer_staff_only': {
    sv: 'Lämna bort fältet: er förfrågan gäller alltid ert eget företag.',
    en: 'Leave this out: your request is always for your own company.',
  },
  'support_request.employer_required': {
    sv: 'Välj vilken arbetsgivare som bad om samtal.',
    en: 'Choose the employer who asked to be called.',
  },
  'employment.required': {
    sv: 'Ange arbetsgivare och typ av anställning.',
    en: 'Give the employer and the kind of employment.',
  },
  'employment.not_this_step': {
    sv: 'Anställning anges bara när deltagaren får ett arbete.',
    en: 'Employment is given only when the participant gets a job.',
  },
  // Indicators and compensation (issue 13).
  'report.period_order': {
    sv: 'Slutdatumet ska vara samma dag som startdatumet eller senare.',
    en: 'The end date must be the start date or later.',
  },
  'report.period_length': {
    sv: 'Välj en period på högst fem år.',
    en: 'Choose a period of at most five years.',
  },
  'report.month_format': { sv: 'Skriv månaden som ÅÅÅÅ-MM.', en: 'Write the month as YYYY-MM.' },
  'report.threshold': {
    sv: 'Skriv ett heltal från 1 till 20.',
    en: 'Enter a whole number from 1 to 20.',
  },
  'provider.id': {
    sv: 'Skriv ett kort id med små bokstäver, siffror, - och _.',
    en: 'Give a short id in small letters, digits, - and _.',
  },
  'provider.name': { sv: 'Skriv utförarens namn.', en: 'Enter the provider’s name.' },
  'provider.unique': { sv: 'Varje utförare får bara finnas en gång.', en: 'Each provider only once.' },
  'provider.kept': {
    sv: 'En utförare kan inte tas bort, eftersom deltagares insatser kan vara knutna till den. Byt namn om det behövs.',
    en: 'A provider cannot be removed, since participants’ provisions may name it. Rename it if needed.',
  },
  'provider.unknown': {
    sv: 'Kommunen har ingen sådan utförare. Välj en av kommunens utförare.',
    en: 'The municipality has no such provider. Choose one of its providers.',
  },
  'compensation.four_levels': {
    sv: 'Ange ett belopp för var och en av stödnivå 1–4.',
    en: 'Give an amount for each of support levels 1–4.',
  },
  'provision.from_after_previous': {
    sv: 'Välj en dag efter den dag då deltagarens förra utförare eller nivå började.',
    en: 'Choose a day after the day the participant’s previous provider or level started.',
  },
  'retention.years': {
    sv: 'Ange ett helt antal år från 1 till 10.',
    en: 'Enter a whole number of years from 1 to 10.',
  },
} as const satisfies Record<string, Said>;

export type FieldMessageKey = keyof typeof fieldMessages;

/** A schema's message: the key, checked against the catalogue when compiled. */
export const fieldMessage = (key: FieldMessageKey): string => key;

export const isFieldMessageKey = (message: string): message is FieldMessageKey =>
  Object.hasOwn(fieldMessages, message);

/** A field message in the reader's language; a message that is not a key is already words. */
export const sayField = (message: string, language: Language): string =>
  isFieldMessageKey(message) ? fieldMessages[message][language] : message;
