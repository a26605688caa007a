/** Rows of a raw statement: TypeORM's pg driver answers [rows, count] for UPDATE/DELETE … RETURNING, rows otherwise. */
export function rowsOf<T>(result: unknown): T[] {
  const pair = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return (pair ? result[0] : result) as T[];
}

/** SQLSTATE of a failed statement (TypeORM's QueryFailedError or the driver's error). */
export function sqlState(error: unknown): { code?: string; constraint?: string } {
  const e = error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string } | null;
  return e?.driverError ?? e ?? {};
}
