import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../account/AccountMenu.tsx';
import { Footer } from './Footer.tsx';

const NAV_ITEMS = [
  { to: '/body-map', label: 'Body map' },
  { to: '/atlas', label: 'Atlas' },
  { to: '/diary', label: 'Diary' },
  { to: '/clinic', label: 'Clinic' },
] as const;

/** The app shell: header with navigation, the page, and the footer with the medical disclaimer. */
export function Layout(): React.JSX.Element {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand" aria-label="Myomap home">
            <img src="/icon.svg" alt="" width="32" height="32" />
            <span>Myomap</span>
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="nav-link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
