import type { HomeProgram } from './home-queries.ts';
import { shortDate } from './program-format.ts';

/** Routines done against due, week by week (only the weeks that have started). */
export function WeekTable({ program, caption }: { program: HomeProgram; caption: string }): React.JSX.Element | null {
  const weeks = program.adherence.weeks;
  if (weeks.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table week-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Done</th>
            <th scope="col">Due so far</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.week} className={week.due > 0 && week.done >= week.due ? 'week-table__full' : undefined}>
              <th scope="row">
                Week {week.week} <span className="muted">(from {shortDate(week.from)})</span>
              </th>
              <td>{week.done}</td>
              <td>{week.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
