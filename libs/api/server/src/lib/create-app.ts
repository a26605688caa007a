import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig, loadConfig } from '@debrief/api/core';
import { acquireBootLock, describeDatabase, startEmbeddedPostgres, waitForDatabase } from '@debrief/api/database';
import { seedDemoCenterIfEmpty } from '@debrief/tools/seed';
import cookieParser from 'cookie-parser';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { useJsonBody } from './request-body';
import { createNestLogger, loggingParams } from './observability/logging';
import { requestIdMiddleware } from './observability/request-id';
import { securityHeaders } from './security-headers';

/**
 * Builds the API from environment-style settings (defaults to process.env): validates them,
 * reaches PostgreSQL (starting the embedded one when DATABASE_URL is unset), runs the committed
 * migrations and, on an empty database with SEED_DEMO, seeds the demo center. Not listening yet.
 */
export async function createApp(env: Record<string, string | undefined> = process.env): Promise<INestApplication> {
  const config = loadConfig(env === process.env ? env : { ...process.env, ...env });
  const logging = loggingParams(config);
  const logger = createNestLogger(logging);
  Logger.overrideLogger(logger);
  const log = new Logger('Debrief');
  const embedded = config.database.embedded ? await startEmbeddedPostgres(config.database.dataDir) : undefined;
  const url = embedded?.url ?? (config.database.url as string);
  let bootLock: { release(): Promise<void> } | undefined;
  try {
    if (embedded) log.log(`Embedded PostgreSQL (PGlite) in ${config.database.dataDir}`);
    else await waitForDatabase(url, config.database.connectAttempts, (line) => log.warn(line));
    // Replicas starting together take turns at migrating and seeding (the embedded one is alone).
    if (!embedded) bootLock = await acquireBootLock(url);
    const app = await NestFactory.create(AppModule.forRoot(config, url, embedded, logging), {
      logger,
      abortOnError: false,
    });
    configureHttp(app, config);
    await app.init();
    if (config.seedDemo) {
      const seeded = await seedDemoCenterIfEmpty(app.get<DataSource>(getDataSourceToken()));
      if (seeded) log.log(`Seeded the demo career center: ${seeded.users} users, ${seeded.bookings} sessions, ${seeded.workshops} workshops`);
    }
    if (!embedded) log.log(`PostgreSQL at ${describeDatabase(url)}`);
    return app;
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  } finally {
    await bootLock?.release();
  }
}

function configureHttp(app: INestApplication, config: AppConfig): void {
  app.use(requestIdMiddleware);
  app.use(securityHeaders(config));
  app.use(cookieParser());
  useJsonBody(app);
  const express = app.getHttpAdapter().getInstance() as { set(key: string, value: unknown): void; disable(key: string): void };
  express.disable('x-powered-by');
  // Only when a proxy is declared is X-Forwarded-For believed (the sign-in throttle keys on the
  // client address, and a client that reaches the app directly could otherwise forge it).
  if (config.trustProxyHops > 0) express.set('trust proxy', config.trustProxyHops);
}
