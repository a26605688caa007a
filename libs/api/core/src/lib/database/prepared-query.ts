import { EntityManager, QueryFailedError } from 'typeorm';
import type { PoolClient } from 'pg';

/** A statement run often enough to keep its plan: a name unique in the process and fixed SQL text. */
export interface PreparedStatement {
  name: string;
  text: string;
}

/**
 * Runs `statement` as a named (prepared) statement on the manager's connection, so PostgreSQL
 * parses and plans it once per connection instead of on every call (node-postgres sends Parse
 * only the first time a connection sees the name). Inside a transaction it uses that
 * transaction's connection. `prepare: false` (the embedded database, whose one backend is shared
 * by every socket) runs it as an ordinary query. Errors come back as TypeORM's QueryFailedError,
 * as from `manager.query`, so the database-error mapping treats both alike.
 */
export async function preparedQuery<T>(manager: EntityManager, statement: PreparedStatement, values: unknown[], prepare = true): Promise<T[]> {
  if (!prepare) return (await manager.query(statement.text, values)) as T[];
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    try {
      const result = await client.query({ name: statement.name, text: statement.text, values });
      return result.rows as T[];
    } catch (error) {
      throw new QueryFailedError(statement.text, values, error as Error);
    }
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
