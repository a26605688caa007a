import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { DataSource } from 'typeorm';

/**
 * Where report queries run: a read replica when REPORTS_DATABASE_URL is set (its own small pool),
 * otherwise the main database. Reports only read; the export audit goes to the main database.
 */
@Injectable()
export class ReportsDatabase implements OnApplicationShutdown {
  private replicaReady?: Promise<DataSource>;

  constructor(
    @InjectDataSource() private readonly main: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether a replica answers reports, and whether its pool is open (for the setting's test). */
  get replica(): { configured: boolean; connected: boolean } {
    return { configured: this.config.reports.databaseUrl !== undefined, connected: this.replicaSource?.isInitialized ?? false };
  }
  private replicaSource?: DataSource;

  /**
   * One report statement in a read-only transaction without JIT: report plans are costed high
   * (a term of bookings, set-returning functions) and PostgreSQL's JIT then spends seconds
   * compiling what runs in a fraction of that (measured by bench:reports: 5.3 s of 6.2 s).
   */
  async query<T>(sql: string, params: unknown[]): Promise<T[]> {
    const db = await this.source();
    return db.transaction(async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      await m.query('SET LOCAL jit = off');
      return (await m.query(sql, params)) as T[];
    });
  }

  private source(): Promise<DataSource> {
    const url = this.config.reports.databaseUrl;
    if (!url) return Promise.resolve(this.main);
    this.replicaReady ??= (this.replicaSource = new DataSource({
      type: 'postgres',
      url,
      entities: [],
      synchronize: false,
      migrationsRun: false,
      extra: { max: 4, options: '-c timezone=UTC' },
    })).initialize();
    return this.replicaReady;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.replicaReady) await (await this.replicaReady).destroy();
  }
}
