import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { serve } from './serve';

// The production server: migrations run, nothing is seeded. The demo career center (and faker)
// live in demo.ts, the entry `npm start` and the e2e suite use; this bundle never loads them.
serve(async (_app, config) => {
  if (config.seedDemo && process.env['SEED_DEMO'] !== undefined) {
    new Logger('Debrief').warn('SEED_DEMO is read by the demo entry (dist/apps/api/demo.js, `npm start`); this server does not seed.');
  }
});
