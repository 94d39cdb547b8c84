import { Link, useParams } from 'react-router';
import { ROLE_LABELS } from '@myomap/core/practice/roles.ts';
import { CalendarSetupSection } from '../calendar/CalendarSetupSection.tsx';
import { RequireAccount } from '../account/RequireAccount.tsx';
import type { Account } from '../account/useAccount.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { AuditLogSection } from '../clinic-admin/AuditLogSection.tsx';
import { ConsentFormsSection } from '../clinic-admin/ConsentFormsSection.tsx';
import { OutboxSection } from '../clinic-admin/OutboxSection.tsx';
import { SettingsSection } from '../clinic-admin/SettingsSection.tsx';
import { StaffSection } from '../clinic-admin/StaffSection.tsx';
import '../clinic-admin/admin.css';

const SECTIONS = [
  { id: 'settings', label: 'Settings' },
  { id: 'staff', label: 'Staff' },
  { id: 'consent-forms', label: 'Consent forms' },
  { id: 'calendar-setup', label: 'Calendar' },
  { id: 'email-delivery', label: 'Email delivery' },
  { id: 'audit-log', label: 'Audit log' },
] as const;

function AdminScreen({ account, clinicId }: { account: Account; clinicId: string }): React.JSX.Element {
  const membership = account.memberships.find((m) => m.clinicId === clinicId);
  const isOwner = membership?.role === 'owner';
  usePageTitle(isOwner ? `Clinic administration: ${membership.clinicName}` : 'Clinic administration');

  if (!membership) {
    return (
      <section className="card" aria-labelledby="admin-missing">
        <h1 id="admin-missing">Clinic not found</h1>
        <p>This clinic does not exist, or your account is not a member of it.</p>
        <p>
          <Link to="/clinic">Go to your clinics</Link>
        </p>
      </section>
    );
  }
  if (!isOwner) {
    return (
      <section className="card" aria-labelledby="admin-owner-only">
        <h1 id="admin-owner-only">Only the clinic owner can see this page</h1>
        <p>
          Clinic administration (settings, staff accounts, consent form texts and the audit log) is for the owner of{' '}
          {membership.clinicName}. You are signed in as {ROLE_LABELS[membership.role].toLowerCase()}. If something here
          needs changing, please ask the owner.
        </p>
        <p>
          <Link to={`/clinic/${encodeURIComponent(clinicId)}`}>Back to {membership.clinicName}</Link>
        </p>
      </section>
    );
  }
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/clinic/${encodeURIComponent(clinicId)}`}>{membership.clinicName}</Link>
        {' › '}
        <span aria-current="page">Administration</span>
      </nav>
      <header className="page-header">
        <h1>Clinic administration</h1>
        <p className="lede">
          Settings, staff, consent forms, the calendar, email delivery and the audit log of {membership.clinicName}.
          Only owners see this page.
        </p>
        <nav aria-label="On this page">
          <ul className="admin-toc">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <SettingsSection clinicId={clinicId} />
      <StaffSection clinicId={clinicId} userId={account.user.id} />
      <ConsentFormsSection clinicId={clinicId} />
      <CalendarSetupSection clinicId={clinicId} userId={account.user.id} />
      <OutboxSection clinicId={clinicId} />
      <AuditLogSection clinicId={clinicId} />
    </>
  );
}

/** The owner's page: clinic settings, staff, consent form versions and the audit log. */
export function ClinicAdminPage(): React.JSX.Element {
  const { clinicId = '' } = useParams();
  return <RequireAccount>{(account) => <AdminScreen account={account} clinicId={clinicId} />}</RequireAccount>;
}
