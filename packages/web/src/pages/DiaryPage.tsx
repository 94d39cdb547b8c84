import { SectionIntro } from './SectionIntro.tsx';

export function DiaryPage(): React.JSX.Element {
  return (
    <SectionIntro title="Diary">
      Log your pain, stiffness, stress and sleep in a few seconds, and see over weeks whether treatment is helping.
    </SectionIntro>
  );
}
