import { formatDate } from '../clinic/format.ts';
import { scoreText, type ResponseView } from './format.ts';

/** The scored questionnaires, oldest first, as a table. */
export function ScoresTable({ caption, responses }: { caption: string; responses: ResponseView[] }): React.JSX.Element {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Questionnaire</th>
            <th scope="col">Completed</th>
            <th scope="col">Score</th>
            <th scope="col">Visit</th>
          </tr>
        </thead>
        <tbody>
          {responses.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.instrumentName}</th>
              <td>{formatDate(r.completedOn)}</td>
              <td>{scoreText(r.instrument, r.score)}</td>
              <td>{r.visitNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
