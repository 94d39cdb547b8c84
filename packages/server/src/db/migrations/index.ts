import type { Migration } from 'kysely/migration';
import * as foundation from './20261124T1100-foundation.ts';
import * as accounts from './20261124T1300-accounts.ts';
import * as practice from './20261124T1500-practice.ts';
import * as outbox from './20261124T1700-outbox.ts';
import * as calendar from './20261124T1800-calendar.ts';
import * as outcomes from './20261124T1900-outcomes.ts';
import * as questionnaires from './20261124T2000-questionnaires.ts';
import * as auditRepeats from './20261125T0900-audit-repeats.ts';
import * as accountSecurity from './20261201T1000-account-security.ts';
import * as feedNames from './20261203T1000-feed-names.ts';

/**
 * Every migration, keyed by a name that sorts in the order they apply. Listed statically
 * (not read from the folder) so the set is fixed at build time and checked by the compiler.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261124T1100-foundation': foundation,
  '20261124T1300-accounts': accounts,
  '20261124T1500-practice': practice,
  '20261124T1700-outbox': outbox,
  '20261124T1800-calendar': calendar,
  '20261124T1900-outcomes': outcomes,
  '20261124T2000-questionnaires': questionnaires,
  '20261125T0900-audit-repeats': auditRepeats,
  '20261201T1000-account-security': accountSecurity,
  '20261203T1000-feed-names': feedNames,
};

export const LATEST_MIGRATION: string = Object.keys(MIGRATIONS).sort().at(-1) ?? '';
