import { formulaSafe } from '@debrief/api/core';
import type { Cell } from './report-tables';

/** A cell as exported: numbers stay numbers, dates become ISO 8601, text is formula-safe. */
export function safeCell(value: Cell): string | number | boolean | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return formulaSafe(value);
}
