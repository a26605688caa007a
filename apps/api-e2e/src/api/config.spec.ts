import { createApp } from '@debrief/api/server';

/** A misconfigured deployment fails at boot with one line that names the variable. */
describe('configuration errors', () => {
  async function bootError(overrides: Record<string, string>): Promise<Error> {
    let app: Awaited<ReturnType<typeof createApp>> | undefined;
    try {
      app = await createApp({ ...process.env, ...overrides });
    } catch (error) {
      return error as Error;
    }
    await app.close();
    throw new Error(`createApp accepted ${JSON.stringify(overrides)}`);
  }

  it.each([
    ['DATABASE_URL', 'not-a-url'],
    ['PORT', 'abc'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_POOL_SIZE', 'many'],
    ['LOGIN_MAX_FAILURES_PER_ACCOUNT', 'abc'],
  ])('rejects %s=%s with a one-line message naming it', async (name, value) => {
    const error = await bootError({ [name]: value });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(name);
    expect(error.message.trim()).not.toContain('\n');
  });

  it('does not echo the database password of a bad DATABASE_URL', async () => {
    const error = await bootError({ DATABASE_URL: 'postgres//user:s3cr3t-value@nowhere' });
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('s3cr3t-value');
  });
});
