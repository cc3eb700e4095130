import type { Said } from './language.ts';

export interface ProblemEntry {
  status: number;
  /** Short, the same for every occurrence of the code (RFC 9457 `title`). */
  title: Said;
  /** What happened and what to do next, in plain words. */
  detail: Said;
}

const entry = (status: number, title: Said, detail: Said): ProblemEntry => ({ status, title, detail });

/**
 * Every problem the API answers, by the stable code at the end of its `type`
 * (`https://bryggan.se/problems/match.no_free_seat`). A client branches on the
 * code; people read the title and detail in their language. docs/api.md lists them.
 */
export const problemCatalogue = {
  'request.invalid': entry(
    400,
    { sv: 'Uppgifterna behöver rättas', en: 'Some fields need correcting' },
    {
      sv: 'Ett eller flera fält är fel. Se vad som står vid varje fält.',
      en: 'One or more fields are invalid. See the message for each field.',
    },
  ),
  'request.bad': entry(
    400,
    { sv: 'Felaktig förfrågan', en: 'Bad request' },
    { sv: 'Förfrågan gick inte att läsa.', en: 'The request could not be read.' },
  ),
  'body.not_utf8': entry(
    400,
    { sv: 'Texten är inte UTF-8', en: 'The text is not UTF-8' },
    { sv: 'Skicka innehållet som UTF-8.', en: 'Send the body as UTF-8.' },
  ),
  'body.not_json': entry(
    400,
    { sv: 'Innehållet är inte JSON', en: 'The body is not JSON' },
    { sv: 'Skicka innehållet som giltig JSON.', en: 'Send the body as valid JSON.' },
  ),
  'text.disallowed_character': entry(
    400,
    { sv: 'Otillåtna tecken', en: 'Characters not allowed' },
    {
      sv: 'En text innehåller styrtecken eller tecken som vänder skriftriktningen. Ta bort dem.',
      en: 'A text contains control or direction-override characters. Remove them.',
    },
  ),
  'idempotency.key_invalid': entry(
    400,
    { sv: 'Ogiltig Idempotency-Key', en: 'Invalid Idempotency-Key' },
    {
      sv: 'Idempotency-Key ska vara 1–128 bokstäver, siffror eller . _ : -',
      en: 'Idempotency-Key must be 1–128 letters, digits or . _ : -',
    },
  ),
  'cursor.invalid': entry(
    400,
    { sv: 'Ogiltig sidmarkör', en: 'Invalid cursor' },
    {
      sv: 'Sidmarkören hör inte till den här listan. Börja om från första sidan.',
      en: 'The cursor does not belong to this list. Start again from the first page.',
    },
  ),
  'matches.filter_required': entry(
    400,
    { sv: 'Välj plats eller deltagare', en: 'Choose a placement or a participant' },
    {
      sv: 'Skriv placementId eller participantId för att lista förslag.',
      en: 'Give placementId or participantId to list matches.',
    },
  ),
  'sector.unknown': entry(
    400,
    { sv: 'Okänd bransch', en: 'Unknown sector' },
    {
      sv: 'Branschen finns inte i kommunens lista. Välj en av dem som står vid fältet.',
      en: 'The sector is not in the municipality’s list. Choose one of those named at the field.',
    },
  ),
  'participant.coach_unknown': entry(
    400,
    { sv: 'Okänd arbetskonsulent', en: 'Unknown job coach' },
    {
      sv: 'Arbetskonsulenten finns inte i kommunen. Välj någon i listan.',
      en: 'The job coach is not in the municipality. Choose someone from the list.',
    },
  ),
  'match.references_missing': entry(
    400,
    { sv: 'Deltagare eller plats saknas', en: 'Participant or placement missing' },
    {
      sv: 'Deltagaren eller platsen finns inte. Hämta sidan igen.',
      en: 'The participant or the placement does not exist. Reload the page.',
    },
  ),
  'match.field_not_allowed': entry(
    400,
    { sv: 'Fältet hör inte till steget', en: 'Field not part of the step' },
    { sv: 'Det här hör inte till steget.', en: 'This does not belong to the step.' },
  ),
  'match.nothing_to_change': entry(
    400,
    { sv: 'Inget att ändra', en: 'Nothing to change' },
    { sv: 'Skriv en status eller ett samtycke.', en: 'Give a status or a consent.' },
  ),
  'match.start_date_out_of_range': entry(
    400,
    { sv: 'Startdatumet går inte', en: 'Start date out of range' },
    {
      sv: 'Startdatumet kan vara högst 60 dagar bakåt och ett år fram.',
      en: 'The start date can be at most 60 days back and one year ahead.',
    },
  ),
  'match.field_required': entry(
    400,
    { sv: 'Uppgift saknas', en: 'Field missing' },
    { sv: 'Steget behöver en uppgift till.', en: 'The step needs one more field.' },
  ),
  'match.answer_date_out_of_range': entry(
    400,
    { sv: 'Svarsdatumet går inte', en: 'Answer date out of range' },
    {
      sv: 'Arbetsgivarens svar kan inte vara daterat före förslaget eller efter i dag.',
      en: 'The employer’s answer cannot be dated before the proposal or after today.',
    },
  ),
  'pathway.date_too_far_ahead': entry(
    400,
    { sv: 'Datumet är för långt fram', en: 'Date too far ahead' },
    { sv: 'Ett steg kan dateras högst ett år fram.', en: 'A step can be dated at most one year ahead.' },
  ),
  'auth.required': entry(
    401,
    { sv: 'Logga in', en: 'Sign in' },
    { sv: 'Logga in för att fortsätta.', en: 'Sign in to continue.' },
  ),
  'auth.token_invalid': entry(
    401,
    { sv: 'Inloggningen gäller inte', en: 'Sign-in not valid' },
    {
      sv: 'Inloggningen har gått ut eller gäller inte. Logga in igen.',
      en: 'The sign-in has expired or is not valid. Sign in again.',
    },
  ),
  'auth.tenant_unknown': entry(
    401,
    { sv: 'Okänd kommun', en: 'Unknown municipality' },
    {
      sv: 'Inloggningen hör till en kommun som inte finns i Bryggan.',
      en: 'The sign-in belongs to a municipality that is not in Bryggan.',
    },
  ),
  'role.not_allowed': entry(
    403,
    { sv: 'Inte tillåtet', en: 'Not allowed' },
    { sv: 'Du får inte göra det här.', en: 'Your role may not do this.' },
  ),
  'employer.status_by_staff_only': entry(
    403,
    { sv: 'Bara arbetskonsulenter', en: 'Job coaches only' },
    {
      sv: 'Bara en arbetskonsulent kan pausa eller återuppta en arbetsgivare.',
      en: 'Only a job coach can pause or resume an employer.',
    },
  ),
  'match.step_not_yours': entry(
    403,
    { sv: 'Inte ditt steg', en: 'Not your step' },
    {
      sv: 'Det här steget tas av någon annan än du.',
      en: 'This step is taken by someone other than you.',
    },
  ),
  'match.consent_by_staff_only': entry(
    403,
    { sv: 'Bara arbetskonsulenter', en: 'Job coaches only' },
    { sv: 'Bara en arbetskonsulent kan registrera samtycke.', en: 'Only a job coach can record consent.' },
  ),
  'route.not_found': entry(
    404,
    { sv: 'Finns inte', en: 'Not found' },
    { sv: 'Adressen finns inte i Bryggans API.', en: 'There is no such route in Bryggan’s API.' },
  ),
  'employer.not_found': entry(
    404,
    { sv: 'Arbetsgivaren finns inte', en: 'Employer not found' },
    { sv: 'Arbetsgivaren finns inte, eller så får du inte se den.', en: 'The employer was not found.' },
  ),
  'placement.not_found': entry(
    404,
    { sv: 'Platsen finns inte', en: 'Placement not found' },
    { sv: 'Platsen finns inte, eller så får du inte se den.', en: 'The placement was not found.' },
  ),
  'participant.not_found': entry(
    404,
    { sv: 'Deltagaren finns inte', en: 'Participant not found' },
    { sv: 'Deltagaren finns inte.', en: 'The participant was not found.' },
  ),
  'match.not_found': entry(
    404,
    { sv: 'Förslaget finns inte', en: 'Match not found' },
    { sv: 'Förslaget finns inte, eller så får du inte se det.', en: 'The match was not found.' },
  ),
  'invitation.not_found': entry(
    404,
    { sv: 'Inbjudan finns inte', en: 'Invitation not found' },
    {
      sv: 'Det finns ingen sådan inbjudan. Kontrollera länken eller be om en ny.',
      en: 'There is no such invitation. Check the link or ask for a new one.',
    },
  ),
  'employer_user.not_found': entry(
    404,
    { sv: 'Användaren finns inte', en: 'User not found' },
    { sv: 'Användaren hör inte till arbetsgivaren.', en: 'The user does not belong to the employer.' },
  ),
  'tenant.not_found': entry(
    404,
    { sv: 'Kommunen finns inte', en: 'Municipality not found' },
    { sv: 'Kommunen använder inte Bryggan.', en: 'The municipality does not use Bryggan.' },
  ),
  'demo_user.not_found': entry(
    404,
    { sv: 'Demoanvändaren finns inte', en: 'Demo user not found' },
    { sv: 'Det finns ingen sådan demoanvändare.', en: 'There is no such demo user.' },
  ),
  'employer.org_number_taken': entry(
    409,
    { sv: 'Organisationsnumret finns redan', en: 'Organisation number taken' },
    {
      sv: 'En arbetsgivare med det här organisationsnumret och den enheten finns redan. Ett annat arbetsställe under samma nummer registreras med enhetens namn.',
      en: 'An employer with this organisation number and unit already exists. Another workplace under the same number is registered with the unit’s name.',
    },
  ),
  'employer.already_registered': entry(
    409,
    { sv: 'Redan registrerad', en: 'Already registered' },
    { sv: 'Du har redan registrerat ett företag.', en: 'You have already registered a company.' },
  ),
  'employer.pending': entry(
    409,
    { sv: 'Väntar på verifiering', en: 'Waiting for verification' },
    {
      sv: 'En arbetsgivare som väntar blir aktiv när en arbetskonsulent verifierar den.',
      en: 'A pending employer becomes active when a job coach verifies it.',
    },
  ),
  'employer.already_verified': entry(
    409,
    { sv: 'Redan verifierad', en: 'Already verified' },
    { sv: 'Arbetsgivaren är redan verifierad.', en: 'The employer is already verified.' },
  ),
  'employer.changed': entry(
    409,
    { sv: 'Arbetsgivaren ändrades', en: 'Employer changed' },
    {
      sv: 'Arbetsgivaren ändrades samtidigt. Försök igen.',
      en: 'The employer changed at the same time. Try again.',
    },
  ),
  'placement.employer_not_verified': entry(
    409,
    { sv: 'Arbetsgivaren är inte verifierad', en: 'Employer not verified' },
    {
      sv: 'Platsen kan öppnas när arbetsgivaren är verifierad. Spara den som utkast så länge.',
      en: 'The placement can open once the employer is verified. Save it as a draft until then.',
    },
  ),
  'employer.not_active': entry(
    409,
    { sv: 'Arbetsgivaren är inte aktiv', en: 'Employer not active' },
    {
      sv: 'Arbetsgivaren är pausad eller inte verifierad just nu.',
      en: 'The employer is paused or not verified right now.',
    },
  ),
  'match.no_free_seat': entry(
    409,
    { sv: 'Platsen är full', en: 'No free seat' },
    { sv: 'Platsen har inga lediga platser kvar.', en: 'The placement has no free seats left.' },
  ),
  'match.already_proposed': entry(
    409,
    { sv: 'Redan föreslagen', en: 'Already proposed' },
    {
      sv: 'Deltagaren är redan föreslagen till platsen.',
      en: 'The participant is already proposed for this placement.',
    },
  ),
  'participant.changed': entry(
    409,
    { sv: 'Deltagaren ändrades', en: 'Participant changed' },
    {
      sv: 'Deltagaren ändrades samtidigt. Försök igen.',
      en: 'The participant changed at the same time. Try again.',
    },
  ),
  'participant.gone': entry(
    409,
    { sv: 'Deltagaren finns inte längre', en: 'Participant gone' },
    { sv: 'Deltagaren finns inte längre.', en: 'The participant no longer exists.' },
  ),
  'invitation.used': entry(
    409,
    { sv: 'Inbjudan är använd', en: 'Invitation used' },
    {
      sv: 'Inbjudan är redan använd. Logga in med kontot som skapades.',
      en: 'The invitation has already been used. Sign in with the account it created.',
    },
  ),
  'invitation.user_elsewhere': entry(
    409,
    { sv: 'Kontot hör till en annan arbetsgivare', en: 'Account belongs elsewhere' },
    {
      sv: 'E-postadressen har redan ett konto hos en annan arbetsgivare eller kommun. Be om en inbjudan till en annan adress.',
      en: 'The address already has an account with another employer or municipality. Ask for an invitation to another address.',
    },
  ),
  'employer_user.self': entry(
    409,
    { sv: 'Du kan inte ta bort dig själv', en: 'You cannot remove yourself' },
    {
      sv: 'Be en kollega eller en arbetskonsulent att ta bort dig.',
      en: 'Ask a colleague or a job coach to remove you.',
    },
  ),
  'placement.changed': entry(
    409,
    { sv: 'Platsen ändrades', en: 'Placement changed' },
    {
      sv: 'Platsen ändrades samtidigt. Hämta sidan igen och försök igen.',
      en: 'The placement changed at the same time. Reload the page and try again.',
    },
  ),
  'idempotency.in_progress': entry(
    409,
    { sv: 'Pågår redan', en: 'Still running' },
    {
      sv: 'Samma förfrågan körs redan. Vänta en stund och försök igen.',
      en: 'A request with this Idempotency-Key is still running. Wait a moment and try again.',
    },
  ),
  'resource.changed': entry(
    412,
    { sv: 'Uppgifterna har ändrats', en: 'Changed since you read it' },
    {
      sv: 'Någon har ändrat uppgifterna sedan du hämtade dem. Hämta dem igen.',
      en: 'The resource has changed since you read it. Read it again.',
    },
  ),
  'invitation.expired': entry(
    410,
    { sv: 'Inbjudan har gått ut', en: 'Invitation expired' },
    { sv: 'Inbjudan har gått ut. Be om en ny.', en: 'The invitation has expired. Ask for a new one.' },
  ),
  'body.too_large': entry(
    413,
    { sv: 'För mycket innehåll', en: 'Content too large' },
    { sv: 'Innehållet får vara högst 64 kB.', en: 'The body may be at most 64 kB.' },
  ),
  'body.media_type': entry(
    415,
    { sv: 'Fel innehållstyp', en: 'Unsupported media type' },
    {
      sv: 'Skicka innehållet som JSON med Content-Type: application/json.',
      en: 'Send the body as JSON with Content-Type: application/json.',
    },
  ),
  'if_match.required': entry(
    428,
    { sv: 'If-Match saknas', en: 'Precondition required' },
    {
      sv: 'Skicka If-Match med den ETag du läste, så att ingen annans ändring skrivs över.',
      en: 'Send If-Match with the ETag you read, so nobody else’s change is overwritten.',
    },
  ),
  'idempotency.key_reused': entry(
    422,
    { sv: 'Idempotency-Key används redan', en: 'Idempotency-Key reused' },
    {
      sv: 'Den här Idempotency-Key användes för en annan förfrågan.',
      en: 'This Idempotency-Key was used for a different request.',
    },
  ),
  'match.step_not_allowed': entry(
    422,
    { sv: 'Steget går inte', en: 'Step not allowed' },
    {
      sv: 'Förslaget kan inte få den statusen nu. Hämta sidan igen och se vad som gäller.',
      en: 'The proposal cannot get that status now. Reload the page to see where it stands.',
    },
  ),
  'match.does_not_fit': entry(
    422,
    { sv: 'Passar inte', en: 'Does not fit' },
    {
      sv: 'Deltagaren passar inte platsen. Skälen står vid fältet.',
      en: 'The participant does not fit this placement. The reasons are given at the field.',
    },
  ),
  'match.stage_not_eligible': entry(
    422,
    { sv: 'Kan inte börja här', en: 'Cannot start here' },
    {
      sv: 'Deltagarens steg kan inte börja på den här typen av plats. Skälet står vid fältet.',
      en: 'The participant’s stage cannot start this kind of placement. The reason is given at the field.',
    },
  ),
  'placement.kind_locked': entry(
    422,
    { sv: 'Typen kan inte ändras', en: 'Kind locked' },
    {
      sv: 'Platsens typ kan inte ändras medan platser är tillsatta.',
      en: 'The placement’s kind cannot change while seats are taken.',
    },
  ),
  'pathway.step_not_allowed': entry(
    422,
    { sv: 'Steget går inte', en: 'Step not allowed' },
    {
      sv: 'Deltagaren kan inte ta det steget härifrån.',
      en: 'The participant cannot take that step from here.',
    },
  ),
  'pathway.date_before_previous_step': entry(
    422,
    { sv: 'Datumet är före förra steget', en: 'Date before the previous step' },
    {
      sv: 'Ett steg kan inte dateras före det förra steget.',
      en: 'A step cannot be dated before the previous one.',
    },
  ),
  'tenant.no_sector': entry(
    422,
    { sv: 'Ingen bransch kvar', en: 'No sector left' },
    {
      sv: 'Kommunen måste ha minst en bransch påslagen. Slå på en bransch innan du slår av den sista.',
      en: 'The municipality needs at least one sector turned on. Turn one on before turning off the last.',
    },
  ),
  'placement.seats_below_taken': entry(
    422,
    { sv: 'För få platser', en: 'Too few seats' },
    {
      sv: 'Antalet platser kan inte bli färre än de som redan är tagna.',
      en: 'The number of seats cannot be fewer than those already taken.',
    },
  ),
  'placement.status_move_not_allowed': entry(
    422,
    { sv: 'Statusen går inte', en: 'Status not allowed' },
    {
      sv: 'Platsen kan inte få den statusen härifrån.',
      en: 'The placement cannot get that status from here.',
    },
  ),
  // Events and sign-ups (issue 10).
  'event.not_found': entry(
    404,
    { sv: 'Evenemanget finns inte', en: 'Event not found' },
    {
      sv: 'Evenemanget finns inte. Kontrollera länken.',
      en: 'The event does not exist. Check the link.',
    },
  ),
  'signup.not_found': entry(
    404,
    { sv: 'Anmälan finns inte', en: 'Sign-up not found' },
    {
      sv: 'Vi hittar ingen anmälan med den länken. Kopiera hela länken från brevet.',
      en: 'No sign-up has that link. Copy the whole link from the mail.',
    },
  ),
  'signup.participant_missing': entry(
    400,
    { sv: 'Deltagaren finns inte', en: 'Participant missing' },
    {
      sv: 'Deltagaren finns inte. Välj någon i listan.',
      en: 'The participant does not exist. Choose someone from the list.',
    },
  ),
  'signup.event_missing': entry(
    400,
    { sv: 'Evenemanget finns inte', en: 'Event missing' },
    {
      sv: 'Evenemanget finns inte. Välj ett i listan.',
      en: 'The event does not exist. Choose one from the list.',
    },
  ),
  'event.not_published': entry(
    409,
    { sv: 'Inte publicerat', en: 'Not published' },
    {
      sv: 'Evenemanget är inte publicerat än. Anmälan öppnar när det publiceras.',
      en: 'The event is not published yet. Sign-up opens when it is.',
    },
  ),
  'event.cancelled': entry(
    409,
    { sv: 'Evenemanget är inställt', en: 'Event cancelled' },
    {
      sv: 'Evenemanget är inställt. Det går inte att anmäla sig.',
      en: 'The event is cancelled. Sign-up is closed.',
    },
  ),
  'event.signup_closed': entry(
    409,
    { sv: 'Anmälan är stängd', en: 'Sign-up closed' },
    { sv: 'Sista dagen för anmälan har passerat.', en: 'The last day to sign up has passed.' },
  ),
  'signup.duplicate': entry(
    409,
    { sv: 'Redan anmäld', en: 'Already signed up' },
    {
      sv: 'Det finns redan en anmälan med samma e-post, telefon eller deltagare. Avboka den först om du vill ändra.',
      en: 'A sign-up with the same e-mail, phone or participant exists. Cancel it first to change it.',
    },
  ),
  'signup.kind_not_offered': entry(
    422,
    { sv: 'Inga platser av det slaget', en: 'No seats of that kind' },
    {
      sv: 'Evenemanget har inga platser för den sortens deltagare.',
      en: 'The event has no seats for that kind of attendee.',
    },
  ),
  'signup.status_move_not_allowed': entry(
    422,
    { sv: 'Statusen går inte', en: 'Status not allowed' },
    { sv: 'Anmälan kan inte få den statusen härifrån.', en: 'The sign-up cannot get that status from here.' },
  ),
  'event.status_move_not_allowed': entry(
    422,
    { sv: 'Statusen går inte', en: 'Status not allowed' },
    {
      sv: 'Evenemanget kan inte få den statusen härifrån.',
      en: 'The event cannot get that status from here.',
    },
  ),
  'event.seats_below_taken': entry(
    422,
    { sv: 'För få platser', en: 'Too few seats' },
    {
      sv: 'Antalet platser kan inte bli färre än de som redan är bokade.',
      en: 'The number of seats cannot be fewer than those already booked.',
    },
  ),
  'event.deadline_after_start': entry(
    422,
    { sv: 'Anmälan stänger för sent', en: 'Deadline after the start' },
    {
      sv: 'Sista anmälningsdag måste vara före första tillfället.',
      en: 'The sign-up deadline must be before the first session.',
    },
  ),
  'signup.rate_limited': entry(
    429,
    { sv: 'För många anmälningar', en: 'Too many sign-ups' },
    {
      sv: 'Många anmälningar har kommit härifrån på kort tid. Vänta en stund och försök igen.',
      en: 'Many sign-ups came from here in a short time. Wait a while and try again.',
    },
  ),
  'server.error': entry(
    500,
    { sv: 'Något gick fel', en: 'Something went wrong' },
    {
      sv: 'Något gick fel hos oss. Försök igen om en stund.',
      en: 'Something went wrong on our side. Try again later.',
    },
  ),
  'service.busy': entry(
    503,
    { sv: 'Många ändringar just nu', en: 'Service busy' },
    {
      sv: 'Många ändringar sker samtidigt. Försök igen om en stund.',
      en: 'Many changes at once. Try again in a moment.',
    },
  ),
  // Support calls, "ring me" requests, employment and support after hire (issue 11).
  'support.references_missing': entry(
    400,
    { sv: 'Arbetsgivare eller deltagare saknas', en: 'Employer or participant missing' },
    {
      sv: 'En arbetsgivare, deltagare eller matchning som du angav finns inte.',
      en: 'An employer, participant or match you named does not exist.',
    },
  ),
  'support_call.not_found': entry(
    404,
    { sv: 'Stödsamtalet finns inte', en: 'Support call not found' },
    { sv: 'Stödsamtalet finns inte.', en: 'The support call was not found.' },
  ),
  'support_request.not_found': entry(
    404,
    { sv: 'Förfrågan finns inte', en: 'Request not found' },
    { sv: 'Förfrågan finns inte, eller så får du inte se den.', en: 'The request was not found.' },
  ),
  'employment.not_found': entry(
    404,
    { sv: 'Ingen anställning', en: 'No employment' },
    {
      sv: 'Deltagaren har ingen pågående anställning med stöd, eller ingen sådan uppföljning.',
      en: 'The participant has no current employment with support, or no such check-in.',
    },
  ),
  'support_period.not_renewable': entry(
    422,
    { sv: 'Stödet kan inte förlängas', en: 'Support cannot be renewed' },
    {
      sv: 'Stödperioden kan inte förlängas. Se förklaringen vid fältet.',
      en: 'The support period cannot be renewed. See the message for the field.',
    },
  ),
  'support_period.beyond_cap': entry(
    422,
    { sv: 'För lång stödperiod', en: 'Support period too long' },
    {
      sv: 'Stödet kan inte förlängas längre än kommunens högsta antal månader.',
      en: 'Support cannot be renewed beyond the municipality’s maximum number of months.',
    },
  ),
  // The participant's own view: "Jag vill veta mer" (issue 12).
  'interest.placement_not_open': entry(
    409,
    { sv: 'Platsen är inte öppen', en: 'Placement not open' },
    {
      sv: 'Det går bara att visa intresse för en plats som är öppen eller full, inte för ett utkast eller en stängd plats.',
      en: 'Interest can only be marked for a placement that is open or full, not for a draft or a closed one.',
    },
  ),
  // Providers of daily activity (issue 13).
  'provision.date_before_previous': entry(
    422,
    { sv: 'Datumet är för tidigt', en: 'Date too early' },
    {
      sv: 'En ny utförare eller nivå börjar efter dagen då den förra började.',
      en: 'A new provider or level starts after the day the previous one started.',
    },
  ),
  // Deployable for real (issue 15): the API answers only requests that came through CloudFront.
  'origin.not_allowed': entry(
    403,
    { sv: 'Fel väg in', en: 'Wrong way in' },
    {
      sv: 'Tjänsten nås bara via sin egen webbadress.',
      en: 'The service is reached only through its own web address.',
    },
  ),
  // Performance (issue 14): one request solves at most 1,000 participants × 1,000 seats.
  'matching.batch_too_large': entry(
    400,
    { sv: 'För många att matcha på en gång', en: 'Too many to match at once' },
    {
      sv: 'Ett förslag kan omfatta högst 1 000 deltagare och 1 000 lediga platser. Välj deltagare eller platser och försök igen.',
      en: 'A suggestion can cover at most 1,000 participants and 1,000 free seats. Choose participants or placements and try again.',
    },
  ),
  // Participants' rights (issue 16): an erased participant is gone from every read.
  'participant.erased': entry(
    404,
    { sv: 'Deltagaren är raderad', en: 'Participant erased' },
    {
      sv: 'Deltagarens uppgifter är raderade och kan inte visas.',
      en: 'The participant’s data has been erased and cannot be shown.',
    },
  ),
} as const satisfies Record<string, ProblemEntry>;

export type ProblemCode = keyof typeof problemCatalogue;

export const problemTypeBase = 'https://bryggan.se/problems/';

export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(problemCatalogue, code);
