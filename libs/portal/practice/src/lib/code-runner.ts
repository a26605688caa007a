/**
 * Runs pad code in a throw-away Web Worker (/practice/runner.js): no DOM, no network (the worker's
 * own CSP is default-src 'none'), console output collected, terminated after a time limit.
 */
export interface RunResult {
  output: string[];
  error: string | null;
  timedOut: boolean;
}

export const RUN_TIME_LIMIT_MS = 3000;

export function runJavaScript(code: string, limitMs = RUN_TIME_LIMIT_MS): Promise<RunResult> {
  // Served by the API with a CSP of its own (eval allowed, nothing loaded or fetched).
  const worker = new Worker('/practice/runner.js');
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

/** Languages the room runs in the browser. */
export const RUNNABLE = ['JAVASCRIPT', 'TYPESCRIPT'] as const;
export type RunnableLanguage = (typeof RUNNABLE)[number];

export function isRunnable(language: string): language is RunnableLanguage {
  return (RUNNABLE as readonly string[]).includes(language);
}

/**
 * TypeScript is stripped of its types by Sucrase (loaded only when a TypeScript run starts), then
 * runs in the same sandboxed worker as JavaScript. Transpiling only rewrites text: nothing runs
 * outside the worker.
 */
export async function transpileTypeScript(code: string): Promise<string> {
  const { transform } = await import('sucrase');
  return transform(code, { transforms: ['typescript'], disableESTransforms: true }).code;
}

export async function runCode(language: RunnableLanguage, code: string, limitMs = RUN_TIME_LIMIT_MS): Promise<RunResult> {
  if (language === 'TYPESCRIPT') {
    let js: string;
    try {
      js = await transpileTypeScript(code);
    } catch (error) {
      return { output: [], error: `TypeScript: ${(error as Error).message}`, timedOut: false };
    }
    return runJavaScript(js, limitMs);
  }
  return runJavaScript(code, limitMs);
}
