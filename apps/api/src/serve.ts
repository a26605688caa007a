import type { INestApplication } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ConfigError } from '@debrief/api/core';
import { createApp } from '@debrief/api/server';

/**
 * Builds the API, runs `beforeListen` (the demo entry seeds there), listens and prints the address.
 * A start that fails prints one line an operator can act on and exits with status 1.
 */
export function serve(beforeListen?: (app: INestApplication, config: AppConfig) => Promise<void>): void {
  start(beforeListen).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Debrief could not start: ${message.split('\n')[0]}`);
    if (!(error instanceof ConfigError) && process.env['DEBUG']) console.error(error);
    process.exit(1);
  });
}

async function start(beforeListen?: (app: INestApplication, config: AppConfig) => Promise<void>): Promise<void> {
  const app = await createApp();
  app.enableShutdownHooks();
  const config = app.get<AppConfig>(APP_CONFIG);
  try {
    await beforeListen?.(app, config);
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  await app.listen(config.port, config.host);
  console.log(`\nDebrief is running at ${config.publicUrl}  (GraphQL: ${config.publicUrl}/graphql)\n`);
}
