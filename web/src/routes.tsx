import { lazy, type ReactNode } from 'react';
import type { Role } from '#shared/schemas/common';
import { EmployerPage } from './coach/EmployerPage.tsx';
import { EmployersPage } from './coach/EmployersPage.tsx';
import { PlacementsPage } from './coach/PlacementsPage.tsx';
import { RegisterEmployerPage } from './coach/RegisterEmployerPage.tsx';
import { CompanyPage } from './employer/CompanyPage.tsx';
import { PlacementFormPage } from './employer/PlacementFormPage.tsx';
import { RegisterCompanyPage } from './employer/RegisterCompanyPage.tsx';
import { InvitationPage } from './invitation/InvitationPage.tsx';
import { AuthCallbackPage } from './pages/AuthCallbackPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';

export interface Route {
  path: string;
  /** Who may open it; absent means anyone, signed in or not. */
  roles?: Role[];
  render: (params: Record<string, string>) => ReactNode;
}

const staff: Role[] = ['coach', 'admin'];

// Participants, matching and proposals load when first opened, so sign-in and the
// employer's first page stay small (see App's Suspense).
const ParticipantsPage = lazy(() =>
  import('./coach/participants/ParticipantsPage.tsx').then((module) => ({
    default: module.ParticipantsPage,
  })),
);
const ParticipantFormPage = lazy(() =>
  import('./coach/participants/ParticipantFormPage.tsx').then((module) => ({
    default: module.ParticipantFormPage,
  })),
);
const ParticipantPage = lazy(() =>
  import('./coach/participants/ParticipantPage.tsx').then((module) => ({ default: module.ParticipantPage })),
);
const ParticipantMatchingPage = lazy(() =>
  import('./coach/matching/ParticipantMatchingPage.tsx').then((module) => ({
    default: module.ParticipantMatchingPage,
  })),
);
const CandidatesPage = lazy(() =>
  import('./coach/matching/CandidatesPage.tsx').then((module) => ({ default: module.CandidatesPage })),
);
const BatchPage = lazy(() =>
  import('./coach/matching/BatchPage.tsx').then((module) => ({ default: module.BatchPage })),
);
// Someone signing up loads the sign-up steps only; nobody else ever does.
const SignUpPage = lazy(() =>
  import('./sign-up/SignUpPage.tsx').then((module) => ({ default: module.SignUpPage })),
);
const ProposalsPage = lazy(() =>
  import('./employer/ProposalsPage.tsx').then((module) => ({ default: module.ProposalsPage })),
);

// Support calls, "Ring mig" and timelines (issue 11).
const TodayPage = lazy(() =>
  import('./support/TodayPage.tsx').then((module) => ({ default: module.TodayPage })),
);
const TimelinePage = lazy(() =>
  import('./support/TimelinePage.tsx').then((module) => ({ default: module.TimelinePage })),
);

// The participant's own view (lättläst) and its icons load only when a coach opens it (issue 12).
const EasyReadPage = lazy(() =>
  import('./participant-view/EasyReadPage.tsx').then((module) => ({ default: module.EasyReadPage })),
);

const MyContactPage = lazy(() =>
  import('./staff/MyContactPage.tsx').then((module) => ({ default: module.MyContactPage })),
);
const CompensationSettingsPage = lazy(() =>
  import('./admin/CompensationSettingsPage.tsx').then((module) => ({
    default: module.CompensationSettingsPage,
  })),
);
const TenantSettingsPage = lazy(() =>
  import('./admin/TenantSettingsPage.tsx').then((module) => ({ default: module.TenantSettingsPage })),
);

// Events: the public pages load only for the public; the coach's pages when first opened.
const PublicEventsPage = lazy(() =>
  import('./events/PublicEventsPage.tsx').then((module) => ({ default: module.PublicEventsPage })),
);
const PublicSignupPage = lazy(() =>
  import('./events/PublicSignupPage.tsx').then((module) => ({ default: module.PublicSignupPage })),
);
const CancelSignupPage = lazy(() =>
  import('./events/CancelSignupPage.tsx').then((module) => ({ default: module.CancelSignupPage })),
);
const EventsPage = lazy(() =>
  import('./events/EventsPage.tsx').then((module) => ({ default: module.EventsPage })),
);
const EventAdminPage = lazy(() =>
  import('./events/EventAdminPage.tsx').then((module) => ({ default: module.EventAdminPage })),
);
const EventEditPage = lazy(() =>
  import('./events/EventEditPage.tsx').then((module) => ({ default: module.EventEditPage })),
);
const CheckInPage = lazy(() =>
  import('./events/CheckInPage.tsx').then((module) => ({ default: module.CheckInPage })),
);
const CompanyEventsPage = lazy(() =>
  import('./events/CompanyEventsPage.tsx').then((module) => ({ default: module.CompanyEventsPage })),
);

// Indicators and compensation (issue 13): the charting library loads with this page only.
const ReportsPage = lazy(() =>
  import('./reports/ReportsPage.tsx').then((module) => ({ default: module.ReportsPage })),
);

export const routes: Route[] = [
  { path: '/sign-in', render: () => <SignInPage /> },
  { path: '/auth/callback', render: () => <AuthCallbackPage /> },
  // The link in the invitation mail (Swedish, like the mail it comes in); the token is the proof, no sign-in needed.
  { path: '/inbjudan/:token', render: ({ token }) => <InvitationPage key={token} token={token ?? ''} /> },
  { path: '/company', roles: ['employer'], render: () => <CompanyPage /> },
  { path: '/company/register', roles: ['employer'], render: () => <RegisterCompanyPage /> },
  { path: '/company/proposals', roles: ['employer'], render: () => <ProposalsPage /> },
  { path: '/company/placements/new', roles: ['employer'], render: () => <PlacementFormPage /> },
  {
    path: '/company/placements/:id',
    roles: ['employer'],
    render: ({ id }) => <PlacementFormPage key={id} placementId={id} />,
  },
  { path: '/employers', roles: staff, render: () => <EmployersPage /> },
  // Before `/employers/:id`, which would also match it.
  { path: '/employers/new', roles: staff, render: () => <RegisterEmployerPage /> },
  {
    path: '/employers/:id',
    roles: staff,
    render: ({ id }) => <EmployerPage key={id} employerId={id ?? ''} />,
  },
  { path: '/placements', roles: staff, render: () => <PlacementsPage /> },
  {
    path: '/placements/:id/candidates',
    roles: staff,
    render: ({ id }) => <CandidatesPage key={id} placementId={id ?? ''} />,
  },
  { path: '/participants', roles: staff, render: () => <ParticipantsPage /> },
  // Before `/participants/:id`, which would also match it.
  { path: '/participants/new', roles: staff, render: () => <ParticipantFormPage key="new" /> },
  {
    path: '/participants/:id',
    roles: staff,
    render: ({ id }) => <ParticipantPage key={id} participantId={id ?? ''} />,
  },
  {
    path: '/participants/:id/edit',
    roles: staff,
    render: ({ id }) => <ParticipantFormPage key={id} participantId={id} />,
  },
  {
    path: '/participants/:id/matching',
    roles: staff,
    render: ({ id }) => <ParticipantMatchingPage key={id} participantId={id ?? ''} />,
  },
  { path: '/matching', roles: staff, render: () => <BatchPage /> },
  { path: '/settings', roles: ['admin'], render: () => <TenantSettingsPage /> },
  { path: '/settings/ersattning', roles: ['admin'], render: () => <CompensationSettingsPage /> },
  { path: '/me', roles: staff, render: () => <MyContactPage /> },
  { path: '/events', roles: staff, render: () => <EventsPage /> },
  { path: '/events/:id', roles: staff, render: ({ id }) => <EventAdminPage key={id} eventId={id ?? ''} /> },
  {
    path: '/events/:id/andra',
    roles: staff,
    render: ({ id }) => <EventEditPage key={id} eventId={id ?? ''} />,
  },
  {
    path: '/events/:id/narvaro',
    roles: staff,
    render: ({ id }) => <CheckInPage key={id} eventId={id ?? ''} />,
  },
  { path: '/company/events', roles: ['employer'], render: () => <CompanyEventsPage /> },
  // The cancel link in a sign-up's confirmation; the token is the proof.
  { path: '/avboka/:token', render: ({ token }) => <CancelSignupPage key={token} token={token ?? ''} /> },
  // Each municipality's public event list and sign-up pages, e.g. /malmo/evenemang.
  {
    path: '/:tenant/evenemang',
    render: ({ tenant }) => <PublicEventsPage key={tenant} tenant={tenant ?? ''} />,
  },
  {
    path: '/:tenant/evenemang/:id',
    render: ({ tenant, id }) => <PublicSignupPage key={id} tenant={tenant ?? ''} eventId={id ?? ''} />,
  },
  { path: '/today', roles: staff, render: () => <TodayPage /> },
  { path: '/reports', roles: staff, render: () => <ReportsPage /> },
  {
    path: '/employers/:id/timeline',
    roles: staff,
    render: ({ id }) => <TimelinePage key={id} of="employers" id={id ?? ''} />,
  },
  {
    path: '/participants/:id/timeline',
    roles: staff,
    render: ({ id }) => <TimelinePage key={id} of="participants" id={id ?? ''} />,
  },
  {
    path: '/participants/:id/lattlast',
    roles: staff,
    render: ({ id }) => <EasyReadPage key={id} participantId={id ?? ''} />,
  },
  // Each municipality's own sign-up page for employers, e.g. /malmo/registrera (Swedish, like the link it is shared as).
  { path: '/:tenant/registrera', render: ({ tenant }) => <SignUpPage key={tenant} tenant={tenant ?? ''} /> },
];
