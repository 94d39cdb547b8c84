import { SectionIntro } from './SectionIntro.tsx';

export function ClinicPage(): React.JSX.Element {
  return (
    <SectionIntro title="Clinic">
      For therapists and clinics: client intake and safety screening, weekly scheduling, session notes on a body chart,
      home programs and outcome reports.
    </SectionIntro>
  );
}
