import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { DataSource } from 'typeorm';

/**
 * Where report queries run: a read replica when REPORTS_DATABASE_URL is set (its own small pool,
 * read-only transactions), otherwise the main database. Reports only read.
 */
@Injectable()
export class ReportsDatabase implements OnApplicationShutdown {
  private replica?: Promise<DataSource>;

  constructor(
    @InjectDataSource() private readonly main: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Which connection answers reports (for the health of the setting and its test). */
  get usesReplica(): boolean {
    return this.config.reports.databaseUrl !== undefined;
  }

  async query<T>(sql: string, params: unknown[]): Promise<T[]> {
    const db = await this.source();
    return (await db.query(sql, params)) as T[];
  }

  private source(): Promise<DataSource> {
    const url = this.config.reports.databaseUrl;
    if (!url) return Promise.resolve(this.main);
    this.replica ??= new DataSource({
      type: 'postgres',
      url,
      entities: [],
      synchronize: false,
      migrationsRun: false,
      extra: { max: 4, options: '-c timezone=UTC -c default_transaction_read_only=on' },
    }).initialize();
    return this.replica;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.replica) await (await this.replica).destroy();
  }
}
