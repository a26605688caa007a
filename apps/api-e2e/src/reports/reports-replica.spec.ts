/**
 * REPORTS_DATABASE_URL: report queries go through a second connection pool (a read replica in
 * production; here the same database, which is what a replica shows) and answer the same.
 */
import { ReportsDatabase } from '@debrief/api/reports';
import { Role } from '@debrief/shared/domain';
import { expectNoErrors, startApi, TestApi } from '../support/api';

const UTILIZATION = /* GraphQL */ `
  query { capacityReport(input: { from: "2025-01-06", to: "2025-01-12" }) { totals { offeredHours bookedHours } } noShowReport { totals { sessions } } }
`;

describe('reports on a replica connection', () => {
  let main: TestApi;
  let replica: TestApi;

  beforeAll(async () => {
    main = await startApi();
    replica = await startApi({ REPORTS_DATABASE_URL: process.env['DATABASE_URL'] });
  });

  afterAll(async () => {
    await replica?.close();
    await main?.close();
  });

  it('answers through its own pool with the figures of the main database', async () => {
    expect(replica.app.get(ReportsDatabase).replica).toEqual({ configured: true, connected: false });
    const fromReplica = expectNoErrors(await replica.gql(await replica.signInAs(Role.Staff), UTILIZATION));
    expect(replica.app.get(ReportsDatabase).replica).toEqual({ configured: true, connected: true });
    const fromMain = expectNoErrors(await main.gql(await main.signInAs(Role.Staff), UTILIZATION));
    expect(main.app.get(ReportsDatabase).replica).toEqual({ configured: false, connected: false });
    expect(fromReplica).toEqual(fromMain);
  });
});
