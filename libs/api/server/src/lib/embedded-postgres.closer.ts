import { OnApplicationShutdown } from '@nestjs/common';
import { EmbeddedPostgres } from '@debrief/api/database';

/**
 * Stops the embedded PostgreSQL when the app shuts down (app.close() or a signal with shutdown
 * hooks enabled), after the TypeORM pool has been asked to close, so PGlite flushes its files.
 */
export class EmbeddedPostgresCloser implements OnApplicationShutdown {
  constructor(private readonly embedded: EmbeddedPostgres) {}

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    await this.embedded.stop();
  }
}
