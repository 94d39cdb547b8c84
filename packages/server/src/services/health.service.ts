import type { DatabaseHandle, Engine } from '../db/connection.ts';
import { MYOMAP_VERSION } from '../version.ts';

export interface Liveness {
  status: 'ok';
  version: string;
}

export type Readiness = { ready: true; database: Engine } | { ready: false; database: Engine; reason: string };

export class HealthService {
  constructor(private readonly database: Pick<DatabaseHandle, 'engine' | 'ping'>) {}

  liveness(): Liveness {
    return { status: 'ok', version: MYOMAP_VERSION };
  }

  /** Ready when the database answers a query. */
  async readiness(): Promise<Readiness> {
    try {
      await this.database.ping();
      return { ready: true, database: this.database.engine };
    } catch (error) {
      return {
        ready: false,
        database: this.database.engine,
        reason: error instanceof Error ? error.message : 'database did not answer',
      };
    }
  }
}
