import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, type Permission } from './roles.ts';

describe('clinic permissions', () => {
  it('keeps clinical content from the front desk and everything clinic-side from clients', () => {
    const clinical: Permission[] = ['clients.health.read', 'clients.health.write', 'clients.export', 'clients.portal'];
    for (const permission of clinical) {
      expect(can('front-desk', permission)).toBe(false);
      expect(can('therapist', permission)).toBe(true);
    }
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can('client', permission)).toBe(false);
  });

  it('gives the owner every permission and only the owner the audit log, staff and erasure', () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can('owner', permission)).toBe(true);
    for (const permission of ['clinic.audit', 'clinic.members', 'clients.erase'] as const) {
      expect(ROLES.filter((role) => can(role, permission))).toEqual(['owner']);
    }
  });
});
