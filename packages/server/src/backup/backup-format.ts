/**
 * A Myomap backup is gzip-compressed JSON lines: a header, one line per row (tables in
 * dependency order), and a footer with the row counts. The footer lets restore tell a
 * complete backup from a truncated one. The format is the same for SQLite and PostgreSQL,
 * so a backup taken on one engine restores onto the other.
 */
export const BACKUP_FORMAT = 'myomap-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The last migration of the database the backup was taken from. */
  schema: string;
  engine: 'sqlite' | 'postgres';
  createdAt: string;
  tables: string[];
}

export interface BackupRowLine {
  table: string;
  row: Record<string, unknown>;
}

export interface BackupFooter {
  end: true;
  counts: Record<string, number>;
}

export type BackupLine = BackupHeader | BackupRowLine | BackupFooter;
