import { SectionIntro } from './SectionIntro.tsx';

export function BodyMapPage(): React.JSX.Element {
  return (
    <SectionIntro title="Body map">
      Mark where it hurts — front, back, sides, head, hands and feet — with how strong it is and what it feels like.
      Myomap then shows the muscles whose trigger points most often refer pain there.
    </SectionIntro>
  );
}
