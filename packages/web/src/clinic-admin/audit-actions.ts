/** Plain words for the audit log's action codes; an unknown code is shown as it is. */
const ACTIONS: Readonly<Record<string, string>> = {
  'audit.read': 'Read the audit log',
  'auth.lockout': 'Sign-in locked after failed attempts',
  'auth.password-change': 'Changed their password',
  'auth.set-up': 'Set up Myomap',
  'auth.sign-in': 'Signed in',
  'auth.sign-out': 'Signed out',
  'auth.sign-up': 'Created an account',
  'auth.two-factor-off': 'Turned two-factor sign-in off',
  'auth.two-factor-on': 'Turned two-factor sign-in on',
  'client.create': 'Added a client',
  'client.erase': 'Erased a client’s record',
  'client.export': 'Downloaded a client’s record',
  'client.medications.update': 'Updated a client’s medicines list',
  'client.read': 'Opened a client’s details',
  'client.record.read': 'Opened a client’s record',
  'client.update': 'Changed a client’s details',
  'clients.search': 'Searched the client list',
  'clinic.create': 'Opened the clinic',
  'clinic.members.add': 'Added a staff member',
  'clinic.members.read': 'Viewed the staff list',
  'clinic.members.remove': 'Removed a staff member',
  'clinic.settings.read': 'Viewed the clinic settings',
  'clinic.settings.update': 'Changed the clinic settings',
  'clinic.therapists.read': 'Viewed the list of therapists',
  'consent-forms.publish': 'Published a consent form version',
  'consent-forms.read': 'Viewed the consent forms',
  'consent.read': 'Viewed a client’s consents',
  'consent.sign': 'Recorded a consent signature',
  'drawing.create': 'Recorded a pain drawing',
  'note.addendum': 'Added an addendum to a note',
  'note.create': 'Wrote a draft session note',
  'note.create-signed': 'Wrote and signed a session note',
  'note.read': 'Read a session note',
  'note.sign': 'Signed a session note',
  'note.update': 'Changed a draft session note',
  'portal.grant': 'Gave a client portal access',
  'portal.record.read': 'Client opened their record in the portal',
  'screening.create': 'Recorded a safety screening',
};

export function describeAction(action: string): string | undefined {
  return ACTIONS[action];
}

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  success: 'Done',
  denied: 'Refused',
  failure: 'Failed',
};
