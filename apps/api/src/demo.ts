import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { seedDemoCenterIfEmpty } from '@debrief/tools/seed';
import type { DataSource } from 'typeorm';
import { serve } from './serve';

// The demo platform `npm start` runs: the production server plus, on an empty database with
// SEED_DEMO (the default on the embedded database), the demo career center seeded before it listens.
serve(async (app, config) => {
  if (!config.seedDemo) return;
  const seeded = await seedDemoCenterIfEmpty(app.get<DataSource>(getDataSourceToken()));
  if (seeded) {
    new Logger('Debrief').log(`Seeded the demo career center: ${seeded.users} users, ${seeded.bookings} sessions, ${seeded.workshops} workshops`);
  }
});
