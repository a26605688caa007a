import { appConfigSchema, AppConfig } from './app-config.schema';

/** Raised for a bad or missing setting; its message is one line naming the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // An empty variable means "not set", as in most shells' `FOO= npm start`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = appConfigSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = issue.path.join('.') || 'environment';
  const shown = variable in cleaned ? ` (got "${redact(variable, cleaned[variable] ?? '')}")` : '';
  throw new ConfigError(`Invalid configuration: ${variable} ${issue.message.toLowerCase()}${shown}`);
}

function redact(variable: string, value: string): string {
  if (/SECRET|PRIVATE_KEY|CERT|TOKEN/.test(variable)) return '***';
  if (variable === 'DATABASE_URL' || variable === 'REPORTS_DATABASE_URL') return value.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
