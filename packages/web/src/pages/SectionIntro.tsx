import type { ReactNode } from 'react';
import { usePageTitle } from '../app/usePageTitle.ts';

/** The heading and lead paragraph every section page opens with. */
export function SectionIntro({ title, children }: { title: string; children: ReactNode }): React.JSX.Element {
  usePageTitle(title);
  return (
    <header className="page-header">
      <h1>{title}</h1>
      <p className="lede">{children}</p>
    </header>
  );
}
