import { useMemo } from 'react';
import { Link } from 'react-router';
import { useAtlas, type AtlasModule } from '../atlas/useAtlas.ts';
import { readDiary } from './diary-store.ts';

/** The muscle's name once the atlas chunk has loaded (shared with the atlas pages), the stored id until then. */
function pointName(point: string, atlas: AtlasModule | undefined): string {
  const [id, side] = point.split(':');
  const found = id && atlas ? atlas.findTriggerPoint(id) : undefined;
  return found ? `${found.muscle.name} (${side})` : point;
}

/** Guided sessions kept in this browser, newest first. */
export function SessionList(): React.JSX.Element {
  const entries = useMemo(() => readDiary().sort((a, b) => b.at.localeCompare(a.at)), []);
  // The atlas loads only when there is something to name, and never with the first page.
  const { atlas } = useAtlas();
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
                  <td>{e.points.map((p) => pointName(p, atlas)).join(', ')}</td>
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
