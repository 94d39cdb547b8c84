import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { AtlasPage } from '../pages/AtlasPage.tsx';
import { BodyMapPage } from '../pages/BodyMapPage.tsx';
import { ClinicPage } from '../pages/ClinicPage.tsx';
import { DiaryPage } from '../pages/DiaryPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { Layout } from './Layout.tsx';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'body-map', element: <BodyMapPage /> },
      { path: 'atlas', element: <AtlasPage /> },
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
