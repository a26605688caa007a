/** pg returns [rows, count] for UPDATE/INSERT ... RETURNING through TypeORM's query(); SELECTs return rows. */
export function unwrap<T>(result: [T[], number] | T[]): T[] {
  const pair = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return pair ? (result[0] as T[]) : (result as T[]);
}
