import { getDataSourceToken } from '@nestjs/typeorm';
import { Role } from '@debrief/shared/domain';
import { DataSource, QueryRunner } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { expectNoErrors, startApi, TestApi } from '../support/api';

/**
 * Per-request DataLoaders: the SQL a list request costs must not grow with the rows it returns.
 * Counts every statement TypeORM sends while one HTTP request is served.
 */
describe('SQL per request', () => {
  let api: TestApi;
  let statements = 0;
  const original = PostgresQueryRunner.prototype.query;

  beforeAll(async () => {
    api = await startApi();
    PostgresQueryRunner.prototype.query = function (this: QueryRunner, ...args: Parameters<typeof original>) {
      statements++;
      return original.apply(this, args);
    } as typeof original;
  });

  afterAll(async () => {
    PostgresQueryRunner.prototype.query = original;
    await api?.close();
  });

  async function countFor(query: string, agent: Awaited<ReturnType<TestApi['signInAs']>>) {
    statements = 0;
    const data = expectNoErrors(await api.gql<{ users: unknown[] }>(agent, query));
    return { statements, rows: data.users.length };
  }

  it('stays constant for the users list with student profiles as the list grows', async () => {
    const admin = await api.signInAs(Role.Admin);
    // Only this test's students: the whole list is capped (500), and on the real server's shared
    // database earlier specs may already have filled it.
    const stamp = Date.now();
    const query = `{ users(filter: { search: "count-${stamp}-" }) { id name studentProfile { classYear major } } }`;
    const db = api.app.get<DataSource>(getDataSourceToken());
    const create = async (i: number) =>
      expectNoErrors(
        await api.gql(admin, `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
          i: { email: `count-${stamp}-${i}@example.org`, name: `Count ${i}`, role: 'STUDENT', timeZone: 'UTC', password: 'a-long-password' },
        }),
      );
    await create(0);
    const before = await countFor(query, admin);
    for (let i = 1; i < 16; i++) await create(i);
    const after = await countFor(query, admin);

    expect(before.rows).toBe(1);
    expect(after.rows).toBe(16);
    expect(after.statements).toBe(before.statements);
    // session lookup, the users page, one batched profile query
    expect(after.statements).toBeLessThanOrEqual(3);
    expect(await db.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
