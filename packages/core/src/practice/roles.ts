/**
 * Who may do what in a clinic. The server checks every request against this table; it is pure data
 * so the authorisation matrix test can read the same answers the server gives.
 *
 * Front desk keeps the diary and the contact details but never sees clinical content (notes,
 * screenings, drawings, medicines); a client reaches only their own record, through the portal.
 */

export const ROLES = ['owner', 'therapist', 'front-desk', 'client'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['owner', 'therapist', 'front-desk'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  owner: 'Clinic owner',
  therapist: 'Therapist',
  'front-desk': 'Front desk',
  client: 'Client',
};

const CLINICIANS = ['owner', 'therapist'] as const;
const STAFF = STAFF_ROLES;

export const PERMISSIONS = {
  /** Search the client list and read or change contact details. */
  'clients.contact': STAFF,
  /** Create a client (contact details only). */
  'clients.create': STAFF,
  /** Clinical content: intake, screenings, pain drawings, medicines, notes, timeline. */
  'clients.health.read': CLINICIANS,
  'clients.health.write': CLINICIANS,
  /** See and record consent (paperwork at reception is a front-desk task). */
  'clients.consent': STAFF,
  /** Give a client a portal account. */
  'clients.portal': CLINICIANS,
  'clients.export': CLINICIANS,
  'clients.erase': ['owner'],
  'clinic.settings': ['owner'],
  'clinic.members': ['owner'],
  'clinic.audit': ['owner'],
  'clinic.consent-forms.write': ['owner'],
  'clinic.consent-forms.read': STAFF,
  /** The diary: see, book, move and cancel visits (front desk runs the diary). */
  'calendar.view': STAFF,
  'calendar.book': STAFF,
  /** Rooms and appointment types. */
  'calendar.setup': ['owner'],
  /** Home programs are clinical: therapists write them and see adherence. */
  'home-programs.read': CLINICIANS,
  'home-programs.write': CLINICIANS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}
