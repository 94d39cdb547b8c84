import { Link } from 'react-router';
import { SectionIntro } from './SectionIntro.tsx';

export function NotFoundPage(): React.JSX.Element {
  return (
    <>
      <SectionIntro title="Page not found">There is no page at this address.</SectionIntro>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </>
  );
}
