import { useMemo } from 'react';
import { Link } from 'react-router';
import { findTriggerPoint } from '@myomap/core/atlas/atlas.ts';
import { readDiary } from '../diary/diary-store.ts';
import { SectionIntro } from './SectionIntro.tsx';

function pointName(point: string): string {
  const [id, side] = point.split(':');
  const found = id ? findTriggerPoint(id) : undefined;
  return found ? `${found.muscle.name} (${side})` : point;
}

export function DiaryPage(): React.JSX.Element {
  const entries = useMemo(() => readDiary().sort((a, b) => b.at.localeCompare(a.at)), []);
  return (
    <>
      <SectionIntro title="Diary">
        Log your pain, stiffness, stress and sleep in a few seconds, and see over weeks whether treatment is helping.
        Guided sessions are saved here with your pain before and after. Entries stay in this browser.
      </SectionIntro>
      {entries.length === 0 ? (
        <p>
          No entries yet. <Link to="/session">Start a guided session</Link> and it will be saved here.
        </p>
      ) : (
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
      )}
    </>
  );
}
