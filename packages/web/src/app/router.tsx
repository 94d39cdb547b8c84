import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { ClinicPage } from '../pages/ClinicPage.tsx';
import { DiaryPage } from '../pages/DiaryPage.tsx';
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
      { path: 'diary', element: <DiaryPage /> },
      { path: 'clinic', element: <ClinicPage /> },
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
