import { formatOrgNumber, luhnCheckDigit } from '#shared/domain/org-number';
import type { Role } from '#shared/schemas/common';
import type { EmployerCreate } from '#shared/schemas/employer';
import type { ParticipantCreate } from '#shared/schemas/participant';
import type { PlacementCreate } from '#shared/schemas/placement';
import type { SupportAfterHire } from '#shared/schemas/tenant';
import { sectors } from '#shared/schemas/vocabulary';

export interface DemoUser {
  id: string;
  role: Role;
  tenant: string;
  name: string;
}

/** The work phones demo staff give employers (numbers set aside for fiction: 070-174 06 xx). */
export const demoStaffPhones: Record<string, string> = {
  'malmo-coach': '070-174 06 10',
  'malmo-coach-2': '070-174 06 11',
  'malmo-admin': '070-174 06 12',
};

export interface DemoEmployer {
  employer: EmployerCreate;
  /** pending employers show the coach's verification queue */
  status: 'pending' | 'active';
  userId?: string;
  placements: PlacementCreate[];
}

export interface DemoTenant {
  id: string;
  name: string;
  users: DemoUser[];
  employers: DemoEmployer[];
  participants: ParticipantCreate[];
  /** The tenant's support after hire (stöd vid arbete, förlängt stöd). */
  supportAfterHire: SupportAfterHire;
}

const orgNumber = (nineDigits: string) => formatOrgNumber(`${nineDigits}${luhnCheckDigit(nineDigits)}`);

const placement = (
  fields: Partial<PlacementCreate> & Pick<PlacementCreate, 'title' | 'sector' | 'tasks'>,
): PlacementCreate => ({
  kind: 'learning_placement',
  traits: [],
  description:
    'Du arbetar tillsammans med en handledare. Vi visar allt från början och du får ta den tid du behöver.',
  seats: 2,
  schedule: { kind: 'halfDay', weekdays: ['mon', 'tue', 'wed', 'thu'] },
  maxSupportLevel: 2,
  environment: ['indoor'],
  supervisorOnSite: true,
  location: { postcode: '21122', area: 'Centrum' },
  startDate: '2027-01-11',
  status: 'open',
  ...fields,
});

const participant = (
  fields: Partial<ParticipantCreate> &
    Pick<ParticipantCreate, 'firstName' | 'lastName' | 'gender' | 'coachId'>,
): ParticipantCreate => ({
  birthYear: 1995,
  interests: ['retail'],
  preferredTasks: [],
  availability: { kind: 'halfDay', weekdays: ['mon', 'tue', 'wed', 'thu'] },
  supportLevel: 2,
  environmentNeeds: [],
  capabilities: ['fine_motor', 'reading', 'standing_long'],
  home: { postcode: '21120', area: 'Centrum' },
  maxTravelMinutes: 45,
  consent: { sharedSummary: false },
  stage: 'prework',
  ...fields,
});

const malmo: DemoTenant = {
  id: 'malmo',
  name: 'Malmö stad',
  supportAfterHire: {
    name: { sv: 'Stöd vid arbete', en: 'Support at work' },
    months: 12,
    renewableOnce: false,
  },
  users: [
    { id: 'malmo-admin', role: 'admin', tenant: 'malmo', name: 'Amira Haddad' },
    { id: 'malmo-coach', role: 'coach', tenant: 'malmo', name: 'Karin Lindqvist' },
    { id: 'malmo-coach-2', role: 'coach', tenant: 'malmo', name: 'Lena Holm' },
    { id: 'malmo-employer', role: 'employer', tenant: 'malmo', name: 'Johan Berg (Återbruket)' },
    { id: 'malmo-employer-2', role: 'employer', tenant: 'malmo', name: 'Sara Nilsson (Lagerhuset)' },
    { id: 'malmo-new-employer', role: 'employer', tenant: 'malmo', name: 'Ny arbetsgivare (ej registrerad)' },
  ],
  employers: [
    {
      status: 'active',
      userId: 'malmo-employer',
      employer: {
        name: 'Återbruket Malmö AB',
        orgNumber: orgNumber('556812345'),
        sectors: ['second_hand', 'retail'],
        address: { street: 'Nobelvägen 12', postcode: '21215', city: 'Malmö', area: 'Södra innerstaden' },
        contact: { name: 'Johan Berg', phone: '040-12 34 56', email: 'johan@aterbruket.example' },
      },
      placements: [
        placement({
          title: 'Sortera och prismärka kläder',
          sector: 'second_hand',
          tasks: ['sorting', 'price_labelling'],
          traits: ['fine_motor', 'reading', 'counting'],
          description:
            'Du sorterar kläder som folk har lämnat in och sätter prislappar på dem. Det är lugnt i lokalen.',
          environment: ['indoor', 'quiet', 'few_people'],
          location: { postcode: '21215', area: 'Södra innerstaden' },
        }),
        placement({
          title: 'Butiksbiträde i second hand-butiken',
          sector: 'retail',
          tasks: ['shelving', 'customer_service'],
          traits: ['standing_long', 'customer_contact', 'crowd_tolerance'],
          seats: 1,
          environment: ['indoor', 'customer_contact', 'many_people'],
          maxSupportLevel: 1,
          location: { postcode: '21215', area: 'Södra innerstaden' },
        }),
        // A company group (företagsgrupp): participants in group activity work here
        // together, with a supervisor from the daily activity.
        placement({
          kind: 'company_group',
          title: 'Företagsgrupp: sortera och laga saker',
          sector: 'second_hand',
          tasks: ['sorting', 'repair_reuse', 'price_labelling'],
          traits: ['fine_motor', 'multi_step_instructions', 'teamwork'],
          description:
            'Ni är en grupp från daglig verksamhet som sorterar inlämnade saker och lagar det som går. Er handledare från kommunen är med hela dagen.',
          seats: 4,
          maxSupportLevel: 3,
          environment: ['indoor', 'few_people'],
          location: { postcode: '21215', area: 'Södra innerstaden' },
        }),
      ],
    },
    {
      status: 'active',
      userId: 'malmo-employer-2',
      employer: {
        name: 'Lagerhuset Syd AB',
        orgNumber: orgNumber('556923456'),
        sectors: ['logistics'],
        address: { street: 'Industrigatan 4', postcode: '21214', city: 'Malmö', area: 'Norra hamnen' },
        contact: { name: 'Sara Nilsson', phone: '040-98 76 54', email: 'sara@lagerhuset.example' },
      },
      placements: [
        placement({
          title: 'Packa paket i lagret',
          sector: 'logistics',
          tasks: ['packing', 'warehouse_picking'],
          traits: ['standing_long', 'lifting', 'working_pace'],
          seats: 3,
          schedule: { kind: 'fullDay', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
          environment: ['indoor', 'noisy', 'physical'],
          maxSupportLevel: 3,
          location: { postcode: '21214', area: 'Norra hamnen' },
        }),
      ],
    },
    {
      status: 'active',
      employer: {
        // A municipal unit: the municipality's own number, one workplace of several under it.
        name: 'Malmö stad',
        unit: 'Stadsbiblioteket',
        orgNumber: orgNumber('212000112'),
        sectors: ['library_culture', 'food_service'],
        address: { street: 'Kung Oscars väg 11', postcode: '21133', city: 'Malmö', area: 'Innerstaden' },
        contact: { name: 'Leila Ahmadi', phone: '040-33 44 55', email: 'leila@bibliotek.example' },
      },
      placements: [
        placement({
          title: 'Ställa tillbaka böcker på hyllorna',
          sector: 'library_culture',
          tasks: ['book_handling', 'shelving'],
          traits: ['reading', 'standing_long'],
          environment: ['indoor', 'quiet'],
          maxSupportLevel: 3,
          location: { postcode: '21133', area: 'Innerstaden' },
        }),
        placement({
          title: 'Diska och duka i caféet',
          sector: 'food_service',
          tasks: ['dishwashing', 'serving'],
          traits: ['standing_long', 'cleanliness_hygiene'],
          status: 'draft',
          location: { postcode: '21133', area: 'Innerstaden' },
        }),
      ],
    },
    {
      status: 'pending',
      employer: {
        name: 'Gröna Gårdar Trädgård HB',
        orgNumber: orgNumber('969712345'),
        sectors: ['gardening_outdoor'],
        address: { street: 'Kryddgatan 3', postcode: '21756', city: 'Malmö', area: 'Hyllie' },
        contact: { name: 'Per Olsson', phone: '070-111 22 33', email: 'per@gronagardar.example' },
      },
      placements: [
        placement({
          title: 'Plantera och rensa ogräs',
          sector: 'gardening_outdoor',
          tasks: ['gardening'],
          traits: ['outdoor_work', 'gross_motor'],
          environment: ['outdoor', 'physical'],
          status: 'draft',
          location: { postcode: '21756', area: 'Hyllie' },
        }),
      ],
    },
  ],
  participants: [
    participant({
      firstName: 'Elin',
      lastName: 'Persson',
      gender: 'woman',
      coachId: 'malmo-coach',
      interests: ['second_hand', 'retail'],
      preferredTasks: ['sorting', 'price_labelling'],
      environmentNeeds: ['needs_quiet'],
      capabilities: ['fine_motor', 'reading', 'counting', 'working_alone'],
      goal: 'Jag vill jobba i en butik med kläder.',
    }),
    participant({
      firstName: 'Omar',
      lastName: 'Hassan',
      gender: 'man',
      coachId: 'malmo-coach',
      interests: ['logistics'],
      preferredTasks: ['packing', 'warehouse_picking'],
      availability: { kind: 'fullDay', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      capabilities: ['standing_long', 'lifting', 'working_pace', 'walking_much'],
      supportLevel: 1,
      home: { postcode: '21214', area: 'Norra hamnen' },
      goal: 'Ett riktigt jobb på ett lager.',
    }),
    participant({
      firstName: 'Sanna',
      lastName: 'Ek',
      gender: 'woman',
      coachId: 'malmo-coach',
      interests: ['library_culture', 'office_admin'],
      preferredTasks: ['book_handling'],
      capabilities: ['reading', 'standing_long', 'fine_motor'],
      supportLevel: 3,
      stage: 'individual_placement',
      home: { postcode: '21133', area: 'Innerstaden' },
    }),
    participant({
      firstName: 'Leo',
      lastName: 'Karlsson',
      gender: 'man',
      coachId: 'malmo-coach',
      interests: ['gardening_outdoor', 'cleaning_facility'],
      environmentNeeds: ['no_customer_contact'],
      capabilities: ['outdoor_work', 'gross_motor', 'lifting'],
      stage: 'group_activity',
    }),
    participant({
      firstName: 'Maja',
      lastName: 'Svensson',
      gender: 'woman',
      coachId: 'malmo-coach',
      interests: ['second_hand'],
      preferredTasks: ['sorting', 'repair_reuse'],
      capabilities: ['fine_motor', 'teamwork', 'multi_step_instructions'],
      supportLevel: 3,
      home: { postcode: '21215', area: 'Södra innerstaden' },
      goal: 'Jag vill laga saker tillsammans med andra.',
      stage: 'group_activity',
    }),
  ],
};

const vasteras: DemoTenant = {
  id: 'vasteras',
  name: 'Västerås stad',
  supportAfterHire: {
    name: { sv: 'Förlängt stöd', en: 'Extended support' },
    months: 6,
    renewableOnce: true,
    maxMonths: 12,
  },
  users: [
    { id: 'vasteras-admin', role: 'admin', tenant: 'vasteras', name: 'Mikael Ek' },
    { id: 'vasteras-coach', role: 'coach', tenant: 'vasteras', name: 'Fatima Yusuf' },
    { id: 'vasteras-employer', role: 'employer', tenant: 'vasteras', name: 'Eva Holm (IT-Återvinning)' },
    {
      id: 'vasteras-new-employer',
      role: 'employer',
      tenant: 'vasteras',
      name: 'Ny arbetsgivare (ej registrerad)',
    },
  ],
  employers: [
    {
      status: 'active',
      userId: 'vasteras-employer',
      employer: {
        name: 'IT-Återvinning Mälardalen AB',
        orgNumber: orgNumber('559034567'),
        sectors: ['it_media', 'second_hand'],
        address: { street: 'Kopparbergsvägen 8', postcode: '72213', city: 'Västerås', area: 'Centrum' },
        contact: { name: 'Eva Holm', phone: '021-12 34 56', email: 'eva@itatervinning.example' },
      },
      placements: [
        placement({
          title: 'Radera och testa begagnade datorer',
          sector: 'it_media',
          tasks: ['computer_repair', 'scanning_archiving'],
          traits: ['computer_use', 'fine_motor', 'working_alone'],
          environment: ['indoor', 'quiet', 'few_people'],
          location: { postcode: '72213', area: 'Centrum' },
        }),
      ],
    },
    {
      status: 'active',
      employer: {
        name: 'Städpoolen Västerås AB',
        orgNumber: orgNumber('556745678'),
        sectors: ['cleaning_facility', 'office_admin'],
        address: { street: 'Stora gatan 20', postcode: '72212', city: 'Västerås', area: 'Centrum' },
        contact: { name: 'Ali Karimi', phone: '021-65 43 21', email: 'ali@stadpoolen.example' },
      },
      placements: [
        placement({
          title: 'Städa kontor på förmiddagen',
          sector: 'cleaning_facility',
          tasks: ['cleaning'],
          traits: ['walking_much', 'cleanliness_hygiene'],
          seats: 2,
          maxSupportLevel: 3,
          location: { postcode: '72212', area: 'Centrum' },
        }),
        placement({
          title: 'Sortera post och skanna papper',
          sector: 'office_admin',
          tasks: ['mail_handling', 'scanning_archiving'],
          traits: ['reading', 'computer_use'],
          environment: ['indoor', 'quiet'],
          location: { postcode: '72212', area: 'Centrum' },
        }),
      ],
    },
  ],
  participants: [
    participant({
      firstName: 'Nora',
      lastName: 'Lund',
      gender: 'woman',
      coachId: 'vasteras-coach',
      interests: ['it_media', 'office_admin'],
      preferredTasks: ['computer_repair', 'scanning_archiving'],
      capabilities: ['computer_use', 'fine_motor', 'working_alone', 'reading'],
      environmentNeeds: ['needs_quiet', 'few_people'],
      home: { postcode: '72215', area: 'Centrum' },
    }),
    participant({
      firstName: 'Ahmed',
      lastName: 'Ali',
      gender: 'man',
      coachId: 'vasteras-coach',
      interests: ['cleaning_facility'],
      preferredTasks: ['cleaning'],
      capabilities: ['walking_much', 'cleanliness_hygiene', 'standing_long'],
      supportLevel: 3,
      home: { postcode: '72212', area: 'Centrum' },
    }),
  ],
};

export const demoTenants: DemoTenant[] = [malmo, vasteras];
export const demoUsers: DemoUser[] = demoTenants.flatMap((tenant) => tenant.users);
export const demoSectors = [...sectors];
