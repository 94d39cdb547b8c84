import { OutcomeChart } from './OutcomeChart.tsx';
import { PainHeatMap } from './PainHeatMap.tsx';
import './outcomes.css';

/** For owners and therapists on a client's page: the client's diary, charted, with the CSV download. */
export function ClientOutcomesSection({
  clinicId,
  clientId,
  clientName,
}: {
  clinicId: string;
  clientId: string;
  clientName: string;
}): React.JSX.Element {
  return (
    <div className="card clinic-section">
      <OutcomeChart
        source={{ kind: 'clinic', clinicId, clientId }}
        title="Outcomes"
        intro={
          <p className="muted">
            {clientName}’s pain diary from the client portal, with the sessions marked. Each look is recorded in the
            access log.
          </p>
        }
      />
      <PainHeatMap source={{ kind: 'clinic', clinicId, clientId }} title="Pain drawings" />
    </div>
  );
}
