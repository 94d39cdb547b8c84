import { SectionIntro } from './SectionIntro.tsx';

export function AtlasPage(): React.JSX.Element {
  return (
    <SectionIntro title="Atlas">
      Muscles and their trigger points: where each one lies, where it sends pain, how to find it by touch, how to treat
      and stretch it, and what keeps it coming back — with the sources for every entry.
    </SectionIntro>
  );
}
