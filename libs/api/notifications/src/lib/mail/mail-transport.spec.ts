import { backoffMs } from '../jobs/backoff';
import { classifyMailError } from './mail-transport';

describe('delivery failures (RFC 5321)', () => {
  it('retries connection errors and 4xx replies, gives up on 5xx', () => {
    expect(classifyMailError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toBe('retry');
    expect(classifyMailError(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }))).toBe('retry');
    expect(classifyMailError(Object.assign(new Error('451 try later'), { responseCode: 451 }))).toBe('retry');
    expect(classifyMailError(Object.assign(new Error('421 closing'), { responseCode: 421 }))).toBe('retry');
    expect(classifyMailError(Object.assign(new Error('550 no such user'), { responseCode: 550 }))).toBe('permanent');
    expect(classifyMailError(Object.assign(new Error('554 rejected'), { responseCode: 554 }))).toBe('permanent');
  });

  it('backs off exponentially from the base, capped at an hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 15_000))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect(backoffMs(30, 15_000)).toBe(3600_000);
  });
});
