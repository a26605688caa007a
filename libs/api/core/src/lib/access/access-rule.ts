/**
 * One record-level access rule, written once and used two ways: as a check on a record in memory
 * (`canAccess`) and as a SQL condition that filters a list in the database (`accessSql`), so a
 * list can never show what the record check would refuse, nor the reverse.
 *
 * A rule is a small condition over a record's fields; `columns` maps each field to its column.
 */
export type AccessRule<R> =
  | { all: true }
  | { none: true }
  | { field: keyof R & string; eq: unknown }
  | { field: keyof R & string; ne: unknown }
  | { field: keyof R & string; in: readonly unknown[] }
  /** The field is an array holding the value. */
  | { field: keyof R & string; has: unknown }
  | { anyOf: AccessRule<R>[] }
  | { allOf: AccessRule<R>[] };

export type AccessColumns<R> = { readonly [K in keyof R & string]?: string };

export function canAccess<R>(rule: AccessRule<R>, record: R): boolean {
  if ('all' in rule) return true;
  if ('none' in rule) return false;
  if ('anyOf' in rule) return rule.anyOf.some((r) => canAccess(r, record));
  if ('allOf' in rule) return rule.allOf.every((r) => canAccess(r, record));
  const value = record[rule.field] as unknown;
  if ('eq' in rule) return value === rule.eq;
  if ('ne' in rule) return value !== rule.ne;
  if ('in' in rule) return rule.in.includes(value);
  return Array.isArray(value) && value.includes(rule.has);
}

/**
 * The rule as SQL over `alias`; `bind` turns a value into a placeholder (`$3`, `:p3`) and keeps
 * it with the statement's parameters. Arrays bind as one parameter (`= ANY(...)`).
 */
export function accessSql<R>(rule: AccessRule<R>, alias: string, columns: AccessColumns<R>, bind: (value: unknown) => string): string {
  const col = (field: keyof R & string) => {
    const column = columns[field];
    if (!column) throw new Error(`access rule: no column for ${field}`);
    return `${alias}.${column}`;
  };
  if ('all' in rule) return 'TRUE';
  if ('none' in rule) return 'FALSE';
  if ('anyOf' in rule) return rule.anyOf.length ? `(${rule.anyOf.map((r) => accessSql(r, alias, columns, bind)).join(' OR ')})` : 'FALSE';
  if ('allOf' in rule) return rule.allOf.length ? `(${rule.allOf.map((r) => accessSql(r, alias, columns, bind)).join(' AND ')})` : 'TRUE';
  if ('eq' in rule) return `${col(rule.field)} = ${bind(rule.eq)}`;
  if ('ne' in rule) return `${col(rule.field)} <> ${bind(rule.ne)}`;
  if ('in' in rule) return `${col(rule.field)} = ANY(${bind([...rule.in])})`;
  return `${bind(rule.has)} = ANY(${col(rule.field)})`;
}

/** Positional binding for raw queries: appends to `params` and answers `$n`. */
export const positional = (params: unknown[]) => (value: unknown) => {
  params.push(value);
  return `$${params.length}`;
};

/** Named binding for TypeORM query builders: answers `:access0`, `:access1`, … kept in `params`. */
export const named = (params: Record<string, unknown>) => (value: unknown) => {
  const key = `access${Object.keys(params).length}`;
  params[key] = value;
  return `:${key}`;
};

/** The record check that refuses with the domain's coded error. */
export function requireAccess<R>(rule: AccessRule<R>, record: R, refusal: () => Error): void {
  if (!canAccess(rule, record)) throw refusal();
}
