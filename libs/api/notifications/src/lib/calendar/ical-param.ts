import { escape as generatorEscape } from 'ical-generator';

/**
 * A property parameter value (CN=...) as RFC 5545 §3.1 and RFC 6868 write it: `^` becomes `^^`,
 * a line break `^n` and a double quote `^'` (a quote cannot appear in a parameter value at all,
 * and a backslash escapes nothing there); other control characters are dropped (tabs become
 * spaces); the value is quoted only when it holds `:`, `;` or `,`.
 */
export function paramValue(text: string): string {
  const encoded = text
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'")
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

/**
 * ical-generator (10.x) writes every CN as `CN="<name with \ and " backslash-escaped>"`, which
 * RFC 5545 forbids (one parser refuses the file, another drops the ATTENDEE). Rewrites each CN of
 * the given names in one serialised component to the RFC 6868 form. The generator's own escape
 * function gives the exact text to replace, so nothing else on the line is touched.
 */
export function fixCommonNames(serialised: string, names: readonly string[]): string {
  let out = serialised;
  for (const name of new Set(names)) {
    if (!name) continue;
    const written = `;CN=${paramValue(name)}`;
    out = out.replaceAll(`;CN="${generatorEscape(name, true)}"`, () => written);
  }
  return out;
}
