export { buildApp, type AppOptions } from './app.ts';
export { readConfig, ConfigError, type ServerConfig } from './config.ts';
export { openDatabase, type DatabaseHandle, type Engine } from './db/connection.ts';
export { migrateToLatest, currentMigration, MigrationError } from './db/migrator.ts';
export { startServer, type RunningServer } from './server.ts';
export { backupDatabase, restoreDatabase, BackupError, type BackupSummary } from './backup/backup.ts';
export { MYOMAP_VERSION } from './version.ts';
export { FeedService, FeedNotFound } from './services/feed.service.ts';
export { ReportService, ReportNotFound, type ProgressReportFile } from './services/report.service.ts';
