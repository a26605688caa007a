import { isValidTimeZone } from '@debrief/shared/util-time';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every setting the API reads, validated once at boot. Unknown variables are ignored. */
export const appConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.string().url().optional(),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_SIZE: positiveInt(10),
    DATABASE_CONNECT_ATTEMPTS: positiveInt(5),
    DATA_DIR: z.string().min(1).default('.data'),
    SEED_DEMO: bool.optional(),
    PORTAL_DIST: z.string().min(1).default('dist/apps/portal/browser'),
    COOKIE_SECURE: bool.optional(),
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    SESSION_TTL_HOURS: positiveInt(24 * 7),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5),
    LOGIN_MAX_FAILURES_PER_IP: positiveInt(50),
    LOGIN_FAILURE_WINDOW_MINUTES: positiveInt(15),
    CENTER_NAME: z.string().min(1).max(120).default('Debrief Career Center'),
    CENTER_TIME_ZONE: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as "America/Chicago"').default('America/Chicago'),
    MAIL_FROM: z.string().min(3).default('Debrief Career Center <careers@debrief.example>'),
  })
  .transform((env) => {
    const embedded = env.DATABASE_URL === undefined;
    const production = env.NODE_ENV === 'production';
    return {
      env: env.NODE_ENV,
      production,
      port: env.PORT,
      host: env.HOST,
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
      database: {
        url: env.DATABASE_URL,
        embedded,
        // One backend behind the embedded server: a second pooled connection would wait on the
        // first one's transaction forever, so embedded mode uses exactly one connection.
        poolSize: embedded ? 1 : env.DATABASE_POOL_SIZE,
        connectAttempts: env.DATABASE_CONNECT_ATTEMPTS,
        dataDir: env.DATA_DIR,
      },
      seedDemo: env.SEED_DEMO ?? embedded,
      portalDist: env.PORTAL_DIST,
      /** Reverse proxies in front of the app whose X-Forwarded-For is believed (0: none). */
      trustProxyHops: env.TRUST_PROXY,
      session: {
        cookieSecure: env.COOKIE_SECURE ?? production,
        ttlHours: env.SESSION_TTL_HOURS,
      },
      loginThrottle: {
        perAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        perIp: env.LOGIN_MAX_FAILURES_PER_IP,
        windowMinutes: env.LOGIN_FAILURE_WINDOW_MINUTES,
      },
      center: { name: env.CENTER_NAME, mailFrom: env.MAIL_FROM, timeZone: env.CENTER_TIME_ZONE },
    };
  });

export type AppConfig = z.output<typeof appConfigSchema>;
