import * as Y from 'yjs';
import { RunResult } from './code-runner';

/** The last run in the room, kept in the code pad's Yjs document so both people see it. */
export interface SharedRun extends RunResult {
  by: string;
  language: string;
  at: number;
}

/** A run's output is capped so a print loop cannot bloat the shared document. */
export const MAX_OUTPUT_LINES = 200;
export const MAX_LINE_CHARS = 2000;

const runs = (doc: Y.Doc) => doc.getMap<SharedRun>('run');

export function publishRun(doc: Y.Doc, run: SharedRun): void {
  const output = run.output.slice(0, MAX_OUTPUT_LINES).map((l) => (l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS)}…` : l));
  if (run.output.length > MAX_OUTPUT_LINES) output.push(`… ${run.output.length - MAX_OUTPUT_LINES} more lines not shown`);
  runs(doc).set('last', { ...run, output });
}

export function lastRun(doc: Y.Doc): SharedRun | null {
  return runs(doc).get('last') ?? null;
}

/** Calls back with the last run now and whenever either person runs the code. */
export function watchRuns(doc: Y.Doc, callback: (run: SharedRun | null) => void): () => void {
  const map = runs(doc);
  const handler = () => callback(lastRun(doc));
  map.observe(handler);
  handler();
  return () => map.unobserve(handler);
}
