import { Link } from 'react-router';

const OFFERS = [
  {
    title: 'Intake and safety screening',
    text: 'Contact details, medicines and the same evidence-based safety check as the self-care app, before the first session and again before each one — with what changed since last time.',
  },
  {
    title: 'Session notes on a body chart',
    text: 'SOAP notes with the trigger points treated marked on a body chart. Signed notes are locked; corrections are added as dated addenda.',
  },
  {
    title: 'Client portal',
    text: 'Clients sign in to fill in their screening and pain drawing at home, sign consent forms and read their signed notes.',
  },
  {
    title: 'Audit log and privacy',
    text: 'Roles for owners, therapists and front desk; every look at a record is logged. Export a client’s record, or erase it on request.',
  },
] as const;

/** What the clinic side of Myomap is, for someone not signed in. */
export function ClinicIntro({ next }: { next: string }): React.JSX.Element {
  return (
    <>
      <header className="page-header">
        <h1>Clinic</h1>
        <p className="lede">
          For therapists and clinics: client intake and safety screening, session notes on a body chart, a client portal
          and an audit log — on a server you run yourself.
        </p>
      </header>
      <ul className="card-grid clinic-offers" aria-label="What Myomap offers clinics">
        {OFFERS.map((offer) => (
          <li key={offer.title} className="card">
            <h2 className="clinic-offers__title">{offer.title}</h2>
            <p>{offer.text}</p>
          </li>
        ))}
      </ul>
      <div className="clinic-intro__actions">
        <p className="button-row">
          <Link className="button button--primary" to={`/signin?next=${encodeURIComponent(next)}`}>
            Sign in
          </Link>
          <Link className="button" to="/setup">
            Set up Myomap
          </Link>
        </p>
        <p className="muted">
          Setting up is for the first person on a new Myomap server: it creates the clinic and its owner. Staff are then
          added by the owner and receive a one-time password.
        </p>
      </div>
    </>
  );
}
