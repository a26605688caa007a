/**
 * Runs pad code in a throw-away Web Worker: no DOM, the network APIs removed before the code
 * runs, console output collected, and the worker terminated after a time limit.
 */
export interface RunResult {
  output: string[];
  error: string | null;
  timedOut: boolean;
}

export const RUN_TIME_LIMIT_MS = 3000;

const WORKER_SOURCE = `
  const out = [];
  const show = (v) => { try { return typeof v === 'string' ? v : JSON.stringify(v); } catch { return String(v); } };
  const log = (...a) => out.push(a.map(show).join(' '));
  self.console = { log, info: log, warn: log, error: log, debug: log };
  for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'indexedDB', 'caches', 'BroadcastChannel', 'Worker']) {
    try { Object.defineProperty(self, name, { value: undefined, configurable: false, writable: false }); } catch {}
  }
  self.onmessage = async (e) => {
    const post = self.postMessage.bind(self);
    try {
      await (0, eval)('(async () => {\\n' + e.data + '\\n})()');
      post({ output: out, error: null });
    } catch (err) {
      post({ output: out, error: String(err && err.stack ? err.message : err) });
    }
  };
`;

export function runJavaScript(code: string, limitMs = RUN_TIME_LIMIT_MS): Promise<RunResult> {
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ output: [], error: `Stopped after ${limitMs / 1000} s (time limit).`, timedOut: true });
    }, limitMs);
    worker.onmessage = (e: MessageEvent<{ output: string[]; error: string | null }>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve({ ...e.data, timedOut: false });
    };
    worker.onerror = (e) => {
      clearTimeout(timer);
      worker.terminate();
      resolve({ output: [], error: e.message || 'The code could not run.', timedOut: false });
    };
    worker.postMessage(code);
  });
}
