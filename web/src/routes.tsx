import type { ReactNode } from 'react';
import type { Role } from '#shared/schemas/common';
import { EmployersPage } from './coach/EmployersPage.tsx';
import { PlacementsPage } from './coach/PlacementsPage.tsx';
import { CompanyPage } from './employer/CompanyPage.tsx';
import { PlacementFormPage } from './employer/PlacementFormPage.tsx';
import { RegisterCompanyPage } from './employer/RegisterCompanyPage.tsx';
import { AuthCallbackPage } from './pages/AuthCallbackPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';

export interface Route {
  path: string;
  /** Who may open it; absent means anyone, signed in or not. */
  roles?: Role[];
  render: (params: Record<string, string>) => ReactNode;
}

const staff: Role[] = ['coach', 'admin'];

export const routes: Route[] = [
  { path: '/sign-in', render: () => <SignInPage /> },
  { path: '/auth/callback', render: () => <AuthCallbackPage /> },
  { path: '/company', roles: ['employer'], render: () => <CompanyPage /> },
  { path: '/company/register', roles: ['employer'], render: () => <RegisterCompanyPage /> },
  { path: '/company/placements/new', roles: ['employer'], render: () => <PlacementFormPage /> },
  {
    path: '/company/placements/:id',
    roles: ['employer'],
    render: ({ id }) => <PlacementFormPage key={id} placementId={id} />,
  },
  { path: '/employers', roles: staff, render: () => <EmployersPage /> },
  { path: '/placements', roles: staff, render: () => <PlacementsPage /> },
];
