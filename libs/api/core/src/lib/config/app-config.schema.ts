import { isValidTimeZone } from '@debrief/shared/util-time';
import { z } from 'zod';
import { checkSsoEnv, ssoEnvShape, ssoSettings } from './sso-config.schema';

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
    /** Named (prepared) statements for the hottest reads; off where one backend serves several clients (PGlite over a socket, PgBouncer in transaction mode). */
    DATABASE_PREPARED_STATEMENTS: bool.optional(),
    /** A read replica for the center's reports; unset, reports read the main database. */
    REPORTS_DATABASE_URL: postgresUrl.optional(),
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
    /** smtp:// or smtps:// URL of the relay; unset = dev outbox (messages are captured, not sent). */
    SMTP_URL: z
      .string()
      .url()
      .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
      .optional(),
    /** auto: background workers poll; manual: only drained on demand (tests); off: never run. */
    WORKERS: z.enum(['auto', 'manual', 'off']).optional(),
    WORKER_POLL_MS: positiveInt(1000),
    /** How long a claimed job or message is reserved for its worker before another may take it. */
    WORKER_LEASE_SECONDS: positiveInt(120),
    /** First retry delay; each further attempt doubles it (capped at one hour). */
    WORKER_RETRY_BASE_MS: positiveInt(15_000),
    MAIL_MAX_ATTEMPTS: positiveInt(8),
    /** Minutes before a session at which reminders go out, comma-separated (e.g. "1440,60"), or "none". */
    REMINDER_OFFSETS: z
      .string()
      .regex(/^\s*(none|\d+\s*(,\s*\d+\s*)*)\s*$/, 'must be minutes before the session, comma-separated, e.g. "1440,60", or "none"')
      .default('1440,60'),
    /** Days a cancelled session stays in calendar feeds (as CANCELLED) so subscribed calendars remove it. */
    CALENDAR_FEED_PAST_DAYS: positiveInt(30),
    ...ssoEnvShape,
    /** Least severe log level written (JSON lines on stdout); default info, warn under NODE_ENV=test. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    /** Bearer token that /metrics requires; unset, /metrics is not served. */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').max(200).optional(),
    /** redis:// or rediss:// URL; set, the practice rooms' documents are shared between API processes through it. */
    REDIS_URL: z
      .string()
      .url()
      .refine((v) => /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://')
      .optional(),
    /** Key and channel prefix in Redis for the practice rooms (several installations on one Redis). */
    REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,60}$/, 'letters, digits, ":", "_" or "-" (at most 60)').default('debrief'),
  })
  .superRefine(checkSsoEnv)
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
        // A named statement lives in the backend, not the client: where sockets share one backend
        // a second client's Parse of the same name fails ("already exists").
        preparedStatements: env.DATABASE_PREPARED_STATEMENTS ?? !embedded,
        connectAttempts: env.DATABASE_CONNECT_ATTEMPTS,
        dataDir: env.DATA_DIR,
      },
      reports: { databaseUrl: env.REPORTS_DATABASE_URL },
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
      mail: { smtpUrl: env.SMTP_URL, maxAttempts: env.MAIL_MAX_ATTEMPTS },
      workers: {
        mode: env.WORKERS ?? (env.NODE_ENV === 'test' ? 'manual' : 'auto'),
        pollMs: env.WORKER_POLL_MS,
        leaseSeconds: env.WORKER_LEASE_SECONDS,
        retryBaseMs: env.WORKER_RETRY_BASE_MS,
      },
      reminderOffsetsMinutes: [...new Set(env.REMINDER_OFFSETS.split(',').map((v) => v.trim()).filter((v) => v && v !== 'none').map(Number))]
        .filter((minutes) => minutes > 0)
        .sort((a, b) => b - a),
      calendarFeedPastDays: env.CALENDAR_FEED_PAST_DAYS,
      sso: ssoSettings(env, (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '')),
      logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
      metrics: { token: env.METRICS_TOKEN },
      redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    };
  });

export type AppConfig = z.output<typeof appConfigSchema>;
