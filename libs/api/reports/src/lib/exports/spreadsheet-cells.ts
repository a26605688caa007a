import type { Cell } from './report-tables';

/** Spreadsheet apps run text cells starting with these as formulas; a leading quote keeps them text. */
const FORMULA = /^[=+\-@\t\r]/;

/** A cell as exported: numbers stay numbers, dates become ISO 8601, text is formula-safe. */
export function safeCell(value: Cell): string | number | boolean | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return FORMULA.test(value) ? `'${value}` : value;
}
