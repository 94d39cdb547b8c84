import { Link } from 'react-router';
import { usePageTitle } from '../app/usePageTitle.ts';

const JOURNEYS = [
  {
    to: '/body-map',
    title: 'Where does it hurt?',
    text: 'Mark your pain on a body map, with how strong it is and what it feels like.',
    action: 'Open the body map',
  },
  {
    to: '/atlas',
    title: 'What could be causing it?',
    text: 'Trigger points in a muscle often send pain elsewhere. Browse muscles, their referral patterns and self-treatment.',
    action: 'Browse the atlas',
  },
  {
    to: '/diary',
    title: 'Is it getting better?',
    text: 'Log pain in seconds, see it over weeks, and take a report to your doctor or therapist.',
    action: 'Open the diary',
  },
  {
    to: '/clinic',
    title: 'For therapists and clinics',
    text: 'Client intake and screening, weekly scheduling, session notes on a body chart, home programs and outcome reports.',
    action: 'Go to the clinic',
  },
] as const;

export function HomePage(): React.JSX.Element {
  usePageTitle('');
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Find the knots behind your pain, and treat them safely</h1>
        <p className="lede">
          A tight knot in a muscle — a trigger point — often hurts somewhere else: one in the top of the shoulder can
          give a headache at the temple, one in the calf can give heel pain. Myomap helps you find the likely muscles,
          check it is safe for you, treat them with sustained pressure and stretching in under 20 minutes, and track
          whether it helps.
        </p>
        <Link className="button button--primary" to="/body-map">
          Start with where it hurts
        </Link>
      </section>
      <section aria-labelledby="journeys-title">
        <h2 id="journeys-title" className="visually-hidden">
          What you can do
        </h2>
        <ul className="card-grid">
          {JOURNEYS.map((journey) => (
            <li key={journey.to} className="card">
              <h3>{journey.title}</h3>
              <p>{journey.text}</p>
              <Link to={journey.to} className="card__link">
                {journey.action}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
