/**
 * The API's BAD_USER_INPUT texts name input paths and speak class-validator ("starEntries: score at
 * least one answer before sharing", "endDate: must be on or after startDate", "id must be a
 * UUID."). These turn them into sentences for people, one mechanism for every form: without
 * the path, camelCase names as words, validator jargon rephrased, a capital and a full stop.
 */

const JARGON: ReadonlyArray<[RegExp, string]> = [
  [/^(?:every id )?must be an? (?:valid )?UUID.*$/i, 'is not valid; reload the page and try again'],
  [/^should not be empty$/i, 'is required'],
  [/^must be a valid ISO 8601 date string$/i, 'must be a date'],
  [/^must be an email$/i, 'must be an email address'],
  [/^must not be greater than (\S+)$/i, 'must be at most $1'],
  [/^must not be less than (\S+)$/i, 'must be at least $1'],
  [/^must be longer than or equal to (\d+) characters$/i, 'must be at least $1 characters'],
  [/^must be shorter than or equal to (\d+) characters$/i, 'must be at most $1 characters'],
  [/^must be an integer number$/i, 'must be a whole number'],
  [/^property (\S+) should not exist$/i, 'is not expected here'],
];

/** "startDate" → "start date"; "starEntries" → "STAR answers" (what the form calls them). */
const NAMES: Readonly<Record<string, string>> = { starEntries: 'STAR answers', coachIds: 'coaches', sessionTypeId: 'session type', bookingId: 'session' };

function words(name: string): string {
  return NAMES[name] ?? name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** One problem: its input path (when the text starts with one) and its text. */
export function splitProblem(text: string): { path?: string; text: string } {
  const prefixed = /^([A-Za-z_][\w]*(?:\.[\w]+)*): (.*)$/s.exec(text.trim());
  if (prefixed) return { path: prefixed[1], text: prefixed[2] };
  // class-validator's own form: "<property> must …" / "<property> should …".
  const bare = /^([a-z][A-Za-z0-9]*) ((?:must|should|is|cannot|has) .*)$/s.exec(text.trim());
  if (bare && /[A-Z]|Id$|^id$/.test(bare[1])) return { path: bare[1], text: bare[2] };
  if (bare && bare[1] === 'id') return { path: 'id', text: bare[2] };
  return { text: text.trim() };
}

/** The label of an input path: its last named segment, as words ("ranges.0.endTime" → "end time"). */
export function pathLabel(path: string): string {
  if (/(^|\.)(id|\w+Ids?)$/.test(path) && !NAMES[path.split('.').pop() ?? '']) return 'the link or choice';
  const segment = path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? path;
  return words(segment);
}

function sentence(text: string): string {
  const trimmed = text.trim().replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, (name) => words(name));
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}

function rephrase(text: string): string {
  let out = text.trim().replace(/\.$/, '');
  for (const [pattern, replacement] of JARGON) out = out.replace(pattern, replacement);
  return out;
}

/** A predicate without its subject ("must be …"): under its field it reads on its own. */
const PREDICATE = /^(?:must|should|is|are|cannot|can't|has|have|needs?|appears)\b/i;

/** What to print under the field the problem concerns: no path, no jargon. */
export function fieldText(raw: string): string {
  return sentence(rephrase(splitProblem(raw).text));
}

/** What to print above the form: a subject-less predicate gets its field's name as subject. */
export function formText(raw: string): string {
  return raw
    .split(/; (?=[A-Za-z_][\w.]*: )/)
    .map((part) => {
      const { path, text } = splitProblem(part);
      const said = rephrase(text);
      if (!path && said === text.trim().replace(/\.$/, '')) return part.trim();
      return sentence(path && PREDICATE.test(said) ? `${pathLabel(path)} ${said}` : said);
    })
    .join(' ');
}
