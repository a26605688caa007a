import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('defaults to an embedded database with demo data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.embedded).toBe(true);
    expect(config.database.poolSize).toBe(1);
    expect(config.database.preparedStatements).toBe(false);
    expect(config.seedDemo).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.session.cookieSecure).toBe(false);
  });

  it('uses a pool of the configured size against a real server, without demo data', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/debrief', DATABASE_POOL_SIZE: '7' });
    expect(config.database).toMatchObject({ embedded: false, poolSize: 7, url: 'postgres://u:p@db:5432/debrief' });
    expect(config.seedDemo).toBe(false);
    expect(config.database.preparedStatements).toBe(true);
  });

  it('turns named statements off for a server whose backends are shared between clients (a pooler, PGlite over a socket)', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/debrief', DATABASE_PREPARED_STATEMENTS: 'false' }).database.preparedStatements).toBe(false);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'true' }).database.preparedStatements).toBe(true);
  });

  it('captures mail without SMTP_URL, runs workers in the background except in tests, and reminds 24 h and 1 h before', () => {
    const config = loadConfig({});
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.workers).toMatchObject({ mode: 'auto', pollMs: 1000 });
    expect(loadConfig({ NODE_ENV: 'test' }).workers.mode).toBe('manual');
    expect(config.reminderOffsetsMinutes).toEqual([1440, 60]);
    expect(loadConfig({ REMINDER_OFFSETS: ' 30, 2880,30 ' }).reminderOffsetsMinutes).toEqual([2880, 30]);
    expect(loadConfig({ REMINDER_OFFSETS: '' }).reminderOffsetsMinutes).toEqual([1440, 60]);
    expect(loadConfig({ REMINDER_OFFSETS: 'none' }).reminderOffsetsMinutes).toEqual([]);
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' }).mail.smtpUrl).toBe('smtps://u:p@mail.example:465');
  });

  it('keeps practice rooms in-process without REDIS_URL and takes a redis:// URL', () => {
    expect(loadConfig({}).redis).toEqual({ url: undefined, prefix: 'debrief' });
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: 'it-1' }).redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'it-1' });
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.embedded).toBe(true);
  });

  it.each([
    [{ DATABASE_URL: 'not-a-url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE'],
    [{ SMTP_URL: 'http://mail.example' }, 'SMTP_URL'],
    [{ WORKERS: 'sometimes' }, 'WORKERS'],
    [{ REMINDER_OFFSETS: '24h' }, 'REMINDER_OFFSETS'],
  ])('rejects %p with one line naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(variable);
    expect(message).not.toContain('\n');
  });

  it('never echoes a database password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:secret@host:3306/db' })).toThrow(
      'Invalid configuration: DATABASE_URL must start with postgres:// or postgresql:// (got "mysql://u:***@host:3306/db")',
    );
  });

  it('enables secure cookies and hides demo data in production unless asked', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' });
    expect(config.production).toBe(true);
    expect(config.session.cookieSecure).toBe(true);
    expect(config.seedDemo).toBe(false);
  });
});

describe('REPORTS_DATABASE_URL', () => {
  it('is optional: reports read the main database', () => {
    expect(loadConfig({}).reports.databaseUrl).toBeUndefined();
  });

  it('takes a PostgreSQL URL for a read replica', () => {
    expect(loadConfig({ REPORTS_DATABASE_URL: 'postgres://reader:pw@replica:5432/debrief' }).reports.databaseUrl).toBe('postgres://reader:pw@replica:5432/debrief');
  });

  it('refuses another scheme in one line, without the password', () => {
    expect(() => loadConfig({ REPORTS_DATABASE_URL: 'mysql://u:secret@host:3306/db' })).toThrow(
      'Invalid configuration: REPORTS_DATABASE_URL must start with postgres:// or postgresql:// (got "mysql://u:***@host:3306/db")',
    );
  });
});
