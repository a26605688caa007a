import { Role } from '@debrief/shared/domain';
import { startApi, TestApi } from '../support/api';
import { captureLogs } from '../support/log-capture';

/**
 * Its own file: the pino logger behind Nest's is process-wide (nestjs-pino keeps it in module
 * state), so the first app a spec file starts decides its level, and this one wants `info`.
 */
describe('structured logs', () => {
  it('are JSON lines, each written while serving a request carrying its id, the completion line its user', async () => {
    const logs = captureLogs();
    let api: TestApi | undefined;
    try {
      api = await startApi({ LOG_LEVEL: 'info' });
      const student = await api.signInAs(Role.Student);
      const res = await student.post('/graphql').set('X-Request-Id', 'trace-structured-0001').send({ query: '{ users { id } }' });
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', requestId: 'trace-structured-0001' });
    } finally {
      await api?.close();
      logs.stop();
    }
    const entries = logs.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.every((e) => typeof e['level'] === 'number' && typeof e['msg'] === 'string')).toBe(true);
    const mine = entries.filter((e) => e['reqId'] === 'trace-structured-0001');
    const done = mine.find((e) => e['msg'] === 'request completed') as { userId?: string; req?: { url?: string }; res?: { statusCode?: number } };
    expect(done).toMatchObject({ userId: expect.stringMatching(/^[0-9a-f-]{36}$/), req: { url: '/graphql' }, res: { statusCode: 200 } });
    // The session cookie the student sent is nowhere.
    expect(logs.text()).not.toMatch(/debrief_session=/);
  });
});
