import { findTriggerPoint } from '@myomap/core/atlas/atlas.ts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { readDiary } from './diary-store.ts';

function pointName(point: string): string {
  const [id, side] = point.split(':');
  const found = id ? findTriggerPoint(id) : undefined;
  return found ? `${found.muscle.name} (${side})` : point;
}

/** Guided sessions kept in this browser, newest first. */
export function SessionList(): React.JSX.Element {
  const entries = useMemo(() => readDiary().sort((a, b) => b.at.localeCompare(a.at)), []);
  return (
    <section className="diary-section" aria-labelledby="diary-sessions">
      <h2 id="diary-sessions">Guided sessions in this browser</h2>
      {entries.length === 0 ? (
        <p>
          No guided sessions yet. <Link to="/session">Start a guided session</Link> and it will be saved here with your
          pain before and after.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="diary-table">
            <caption>Sessions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Pain before</th>
                <th scope="col">Pain after</th>
                <th scope="col">Worked</th>
                <th scope="col">Session</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{new Date(e.at).toLocaleString()}</td>
                  <td>{e.painBefore}/10</td>
                  <td>{e.painAfter}/10</td>
                  <td>{e.points.map(pointName).join(', ')}</td>
                  <td>
                    {e.minutes} min, {e.completed ? 'completed' : 'stopped early'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
