/**
 * Captures everything this process writes to stdout and stderr (Nest's logger, pino with the
 * app's destination, console.*) while a spec runs, so it can assert what the server logged.
 *
 *   const logs = captureLogs();
 *   ... provoke things ...
 *   logs.stop();
 *   expect(logs.text()).not.toContain(secret);
 */
export interface LogCapture {
  text(): string;
  lines(): string[];
  stop(): void;
}

export function captureLogs(options: { echo?: boolean } = {}): LogCapture {
  const chunks: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const tap = (stream: NodeJS.WriteStream, original: typeof process.stdout.write) =>
    function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      if (options.echo) return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    } as typeof process.stdout.write;
  process.stdout.write = tap(process.stdout, originals.out);
  process.stderr.write = tap(process.stderr, originals.err);
  let stopped = false;
  return {
    text: () => chunks.join(''),
    lines: () => chunks.join('').split('\n').filter((l) => l.trim() !== ''),
    stop() {
      if (stopped) return;
      stopped = true;
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    },
  };
}
