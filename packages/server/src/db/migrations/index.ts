import type { Migration } from 'kysely/migration';
import * as foundation from './20261124T1100-foundation.ts';
import * as accounts from './20261124T1300-accounts.ts';
import * as practice from './20261124T1500-practice.ts';

/**
 * Every migration, keyed by a name that sorts in the order they apply. Listed statically
 * (not read from the folder) so the set is fixed at build time and checked by the compiler.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261124T1100-foundation': foundation,
  '20261124T1300-accounts': accounts,
  '20261124T1500-practice': practice,
};

export const LATEST_MIGRATION: string = Object.keys(MIGRATIONS).sort().at(-1) ?? '';
