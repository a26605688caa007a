import * as Y from 'yjs';
import { lastRun, MAX_OUTPUT_LINES, publishRun, watchRuns } from './shared-run';

describe('shared run output', () => {
  it("reaches the other person's copy of the document", () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    mine.on('update', (u: Uint8Array) => Y.applyUpdate(theirs, u));
    const seen: (string | null)[] = [];
    watchRuns(theirs, (r) => seen.push(r ? r.output.join('|') : null));
    publishRun(mine, { by: 'Ada', language: 'JAVASCRIPT', at: 1, output: ['42'], error: null, timedOut: false });
    expect(lastRun(theirs)).toMatchObject({ by: 'Ada', output: ['42'] });
    expect(seen).toEqual([null, '42']);
  });

  it('caps the output it shares', () => {
    const doc = new Y.Doc();
    publishRun(doc, { by: 'Ada', language: 'JAVASCRIPT', at: 1, output: Array.from({ length: MAX_OUTPUT_LINES + 5 }, (_, i) => `${i}`), error: null, timedOut: false });
    const run = lastRun(doc);
    expect(run?.output).toHaveLength(MAX_OUTPUT_LINES + 1);
    expect(run?.output.at(-1)).toBe('… 5 more lines not shown');
  });
});
