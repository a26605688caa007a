import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { MIGRATIONS } from '../migrations';
import { QuietConstraintLogger } from './quiet-constraint.logger';

export interface DataSourceInput {
  url: string;
  poolSize: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  logging?: boolean;
}

/**
 * The one way the app, the seed and the tests reach PostgreSQL: committed migrations run at
 * start, `synchronize` is never on, every instant is timestamptz and sessions speak UTC.
 */
export function dataSourceOptions(input: DataSourceInput): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: input.entities,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new QuietConstraintLogger(input.logging ?? false),
    extra: { max: input.poolSize, options: '-c timezone=UTC' },
  };
}
