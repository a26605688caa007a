import { Controller, Get, Header } from '@nestjs/common';
import { RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';

/**
 * The Web Worker that runs a pad's JavaScript in the browser. Served with a policy of its own: a
 * worker's CSP comes with its script, so this one may eval the pad's code but may load or connect
 * to nothing (default-src 'none'); the network APIs are also removed before the code runs, and the
 * page terminates the worker after its time limit.
 */
const RUNNER = `'use strict';
const out = [];
const show = (v) => { try { return typeof v === 'string' ? v : JSON.stringify(v); } catch { return String(v); } };
const log = (...a) => out.push(a.map(show).join(' '));
self.console = { log, info: log, warn: log, error: log, debug: log };
for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'indexedDB', 'caches', 'BroadcastChannel', 'Worker']) {
  try { Object.defineProperty(self, name, { value: undefined, configurable: false, writable: false }); } catch (e) {}
}
self.onmessage = async (e) => {
  try {
    await (0, eval)('(async () => {\\n' + String(e.data) + '\\n})()');
    self.postMessage({ output: out, error: null });
  } catch (err) {
    self.postMessage({ output: out, error: String(err && err.message ? err.message : err) });
  }
};
`;

@Controller('practice')
export class CodeRunnerController {
  @Get('runner.js')
  @RequirePermission(Permission.PracticeJoin)
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'none'; script-src 'unsafe-eval'")
  @Header('Cache-Control', 'no-cache')
  runner(): string {
    return RUNNER;
  }
}
