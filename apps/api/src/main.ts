import 'reflect-metadata';
import { APP_CONFIG, AppConfig, ConfigError } from '@debrief/api/core';
import { createApp } from '@debrief/api/server';

async function main(): Promise<void> {
  const app = await createApp();
  app.enableShutdownHooks();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, config.host);
  console.log(`\nDebrief is running at ${config.publicUrl}  (GraphQL: ${config.publicUrl}/graphql)\n`);
}

main().catch((error: unknown) => {
  // One clear line for what an operator can fix; the stack only for the unexpected.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Debrief could not start: ${message.split('\n')[0]}`);
  if (!(error instanceof ConfigError) && process.env['DEBUG']) console.error(error);
  process.exit(1);
});
