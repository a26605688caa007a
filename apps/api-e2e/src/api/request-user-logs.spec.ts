import { Role } from '@debrief/shared/domain';
import { startApi, TestApi } from '../support/api';
import { captureLogs } from '../support/log-capture';

type Entry = Record<string, unknown>;

/**
 * Its own file (the process-wide pino takes the first app's level, and this one wants `debug`):
 * once the guard knows who is signed in, every line of the request names them, not only the
 * completion line; a signed-out request's lines name nobody. The request id travels too.
 */
describe('the signed-in user on every log line of a request', () => {
  let entries: Entry[] = [];
  let text = '';
  let studentId = '';
  let forbiddenHeader: string | undefined;
  let forbiddenExtensions: Record<string, unknown> = {};

  beforeAll(async () => {
    const logs = captureLogs();
    let api: TestApi | undefined;
    try {
      api = await startApi({ LOG_LEVEL: 'debug' });
      const student = await api.signInAs(Role.Student);
      studentId = ((await api.gql(student, '{ me { id } }')).data as { me: { id: string } }).me.id;
      const forbidden = await student.post('/graphql').set('X-Request-Id', 'trace-user-lines-0001').send({ query: '{ users { id } }' });
      forbiddenHeader = forbidden.headers['x-request-id'];
      forbiddenExtensions = forbidden.body.errors[0].extensions;
      await student.post('/graphql').set('X-Request-Id', 'trace-user-lines-0002').send({ query: '{ me { id name } }' });
      await api.agent().post('/graphql').set('X-Request-Id', 'trace-user-lines-0003').send({ query: '{ me { id } }' });
    } finally {
      await api?.close();
      logs.stop();
    }
    text = logs.text();
    entries = logs
      .lines()
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Entry);
  });

  const linesOf = (reqId: string) => entries.filter((e) => e['reqId'] === reqId);

  it('puts the user id on the operation line written while serving, and on the completion line', () => {
    for (const reqId of ['trace-user-lines-0001', 'trace-user-lines-0002']) {
      const lines = linesOf(reqId);
      const operation = lines.find((e) => e['context'] === 'GraphQL');
      expect(operation).toBeDefined();
      expect(lines.find((e) => e['msg'] === 'request completed')).toBeDefined();
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.every((e) => e['userId'] === studentId)).toBe(true);
    }
    expect(linesOf('trace-user-lines-0001').find((e) => e['context'] === 'GraphQL')?.['msg']).toMatch(/^query users: FORBIDDEN in \d+ ms$/);
  });

  it('names the user once per line, and nobody on a signed-out request', () => {
    expect(text).not.toMatch(/"userId":"[^"]*","userId"/);
    const anonymous = linesOf('trace-user-lines-0003');
    expect(anonymous.length).toBeGreaterThanOrEqual(2);
    expect(anonymous.some((e) => 'userId' in e)).toBe(false);
  });

  it('returns the request id in the response header and in the coded error', () => {
    expect(forbiddenHeader).toBe('trace-user-lines-0001');
    expect(forbiddenExtensions).toMatchObject({ code: 'FORBIDDEN', requestId: 'trace-user-lines-0001' });
  });

  it('keeps the student’s name and email out of the lines', () => {
    expect(text).not.toContain('student@debrief.example');
    expect(text).not.toContain('Jordan Rivera');
  });
});
