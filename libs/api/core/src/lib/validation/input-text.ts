/**
 * Text PostgreSQL cannot store faithfully: the NUL character (a `text` value cannot hold U+0000;
 * the driver's error would surface as an internal error) and lone UTF-16 surrogates (not Unicode
 * at all; the driver would silently turn them into U+FFFD). Refused in every argument, at the
 * global validation pipe, wherever they sit in an input (nested objects, lists).
 */
export interface TextProblem {
  field: string;
  message: string;
}

const NUL = '\u0000';
/** With the `u` flag a surrogate pair is one code point, so this matches only unpaired halves. */
const LONE_SURROGATE = /\p{Cs}/u;

/** What is wrong with one string, or undefined when it can be stored as sent. */
export function textProblem(value: string): string | undefined {
  if (value.includes(NUL)) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it contains a lone UTF-16 surrogate)';
  return undefined;
}

/**
 * The first string inside `value` that cannot be stored, named by its dotted path (`answers.0.text`),
 * the way the validation pipe names fields. `root` names a plain (non-object) argument.
 */
export function findTextProblem(value: unknown, root: string, path: string[] = [], depth = 0): TextProblem | undefined {
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message ? { field: path.length ? path.join('.') : root, message } : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  if (value instanceof Date) return undefined;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const keyMessage = Array.isArray(value) ? undefined : textProblem(key);
    if (keyMessage) return { field: [...path, key].join('.'), message: keyMessage };
    const found = findTextProblem(child, root, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
