import { JobQueue, JobRegistry } from '@debrief/api/notifications';
import { dataSource } from '../scheduling/scheduling.helpers';
import { startApi, TestApi } from '../support/api';
import { workers } from './notifications.helpers';

/**
 * Jobs queued by one transaction share its now(); the worker must still run them in the order they
 * were queued (a student's "waitlisted" notice before their "promoted" one), whatever order
 * UPDATE … RETURNING hands the claimed rows back in.
 */
describe('job order', () => {
  let api: TestApi;
  const ran: number[] = [];

  beforeAll(async () => {
    api = await startApi();
    api.app.get(JobRegistry).register<{ n: number }>('test.order', async ({ n }) => {
      ran.push(n);
    });
  });
  afterAll(() => api?.close());

  it('runs the jobs of one transaction in the order they were queued', async () => {
    const queue = api.app.get(JobQueue);
    const order = [7, 3, 9, 1, 5, 8, 2, 6, 4, 0];
    await dataSource(api).transaction(async (m) => {
      for (const n of order) await queue.enqueue(m, 'test.order', { n });
    });
    await workers(api).drain();
    expect(ran).toEqual(order);
  });
});
