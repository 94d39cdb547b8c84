import { Link } from 'react-router';
import { OutcomeChart } from './OutcomeChart.tsx';
import './outcomes.css';

/** In the client portal: the diary kept with this clinic record, and the way to add today's entry. */
export function PortalDiarySection({
  clientId,
  clinicName,
}: {
  clientId: string;
  clinicName: string;
}): React.JSX.Element {
  return (
    <div className="portal-section">
      <OutcomeChart
        source={{ kind: 'portal', clientId }}
        title="Your pain diary"
        intro={
          <p>
            Kept with your record at {clinicName}, where your therapist can see it.{' '}
            <Link to="/diary">Add today’s entry</Link> in a few seconds.
          </p>
        }
      />
    </div>
  );
}
