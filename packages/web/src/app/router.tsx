import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { HomePage } from '../pages/HomePage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { Layout } from './Layout.tsx';

/**
 * Routes. The body map and atlas pages load on demand (their figures and data are the bulk of
 * the app), so the first page a phone opens stays small.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'body-map',
        lazy: async () => ({ Component: (await import('../pages/BodyMapPage.tsx')).BodyMapPage }),
      },
      { path: 'atlas', lazy: async () => ({ Component: (await import('../pages/AtlasPage.tsx')).AtlasPage }) },
      {
        path: 'atlas/muscles/:id',
        lazy: async () => ({ Component: (await import('../pages/MusclePage.tsx')).MusclePage }),
      },
      {
        path: 'atlas/conditions/:id',
        lazy: async () => ({ Component: (await import('../pages/ConditionPage.tsx')).ConditionPage }),
      },
      {
        path: 'session',
        lazy: async () => ({ Component: (await import('../pages/SessionPage.tsx')).SessionPage }),
      },
      // Lazy like the rest: the diary names trigger points from the atlas, which must not ride with the first page.
      { path: 'diary', lazy: async () => ({ Component: (await import('../pages/DiaryPage.tsx')).DiaryPage }) },
      { path: 'signin', lazy: async () => ({ Component: (await import('../pages/SignInPage.tsx')).SignInPage }) },
      { path: 'signup', lazy: async () => ({ Component: (await import('../pages/SignUpPage.tsx')).SignUpPage }) },
      {
        path: 'email-link',
        lazy: async () => ({ Component: (await import('../pages/EmailLinkPage.tsx')).EmailLinkPage }),
      },
      {
        path: 'verify-email',
        lazy: async () => ({ Component: (await import('../pages/EmailLinkPage.tsx')).EmailLinkPage }),
      },
      { path: 'setup', lazy: async () => ({ Component: (await import('../pages/SetUpPage.tsx')).SetUpPage }) },
      { path: 'account', lazy: async () => ({ Component: (await import('../pages/AccountPage.tsx')).AccountPage }) },
      { path: 'clinic', lazy: async () => ({ Component: (await import('../pages/ClinicPage.tsx')).ClinicPage }) },
      {
        path: 'clinic/:clinicId',
        lazy: async () => ({ Component: (await import('../pages/ClinicPage.tsx')).ClinicPage }),
      },
      {
        path: 'clinic/:clinicId/admin',
        lazy: async () => ({ Component: (await import('../pages/ClinicAdminPage.tsx')).ClinicAdminPage }),
      },
      {
        path: 'clinic/:clinicId/calendar',
        lazy: async () => ({ Component: (await import('../pages/CalendarPage.tsx')).CalendarPage }),
      },
      {
        path: 'clinic/:clinicId/clients/:clientId',
        lazy: async () => ({ Component: (await import('../pages/ClientPage.tsx')).ClientPage }),
      },
      {
        path: 'clinic/:clinicId/clients/:clientId/notes/new',
        lazy: async () => ({ Component: (await import('../pages/NotePage.tsx')).NotePage }),
      },
      {
        path: 'clinic/:clinicId/clients/:clientId/notes/:noteId',
        lazy: async () => ({ Component: (await import('../pages/NotePage.tsx')).NotePage }),
      },
      { path: 'portal', lazy: async () => ({ Component: (await import('../pages/PortalPage.tsx')).PortalPage }) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter(): ReturnType<typeof createBrowserRouter> {
  return createBrowserRouter(routes);
}

/** For component tests: the same routes, starting at `path`, without a browser history. */
export function createTestRouter(path: string): ReturnType<typeof createMemoryRouter> {
  return createMemoryRouter(routes, { initialEntries: [path] });
}
