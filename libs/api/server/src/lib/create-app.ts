import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, loadConfig } from '@debrief/api/core';
import { acquireBootLock, describeDatabase, startEmbeddedPostgres, waitForDatabase } from '@debrief/api/database';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from './app.module';
import { useJsonBody } from './request-body';
import { createNestLogger, loggingParams } from './observability/logging';
import { requestIdMiddleware } from './observability/request-id';
import { portalStaticMiddleware } from './portal-static';
import { securityHeaders } from './security-headers';

/**
 * Builds the API from environment-style settings (defaults to process.env): validates them,
 * reaches PostgreSQL (starting the embedded one when DATABASE_URL is unset), runs the committed
 * migrations. Not listening yet. It never seeds: the demo center is tools/seed's, run by the demo
 * entry (apps/api/src/demo.ts, what `npm start` runs) and the integration suite, so the production
 * server does not load the seed or faker.
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
    // Replicas starting together take turns at migrating (the embedded one is alone); the demo
    // seed, run afterwards by the demo entry, takes its own lock.
    if (!embedded) bootLock = await acquireBootLock(url);
    const app = await NestFactory.create(AppModule.forRoot(config, url, embedded, logging), {
      logger,
      abortOnError: false,
    });
    configureHttp(app, config);
    await app.init();
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
  // Before the portal's own static files (ServeStaticModule): the build-time .br/.gz copies.
  const portal = resolve(config.portalDist);
  if (existsSync(portal)) app.use(portalStaticMiddleware(portal));
  useJsonBody(app);
  const express = app.getHttpAdapter().getInstance() as { set(key: string, value: unknown): void; disable(key: string): void };
  express.disable('x-powered-by');
  // Only when a proxy is declared is X-Forwarded-For believed (the sign-in throttle keys on the
  // client address, and a client that reaches the app directly could otherwise forge it).
  if (config.trustProxyHops > 0) express.set('trust proxy', config.trustProxyHops);
}
