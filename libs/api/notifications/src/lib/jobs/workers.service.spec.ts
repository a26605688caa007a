import { AppConfig } from '@debrief/api/core';
import { MailWorker } from '../mail/mail-worker.service';
import { JobWorker } from './job-worker.service';
import { Workers } from './workers.service';

describe('Workers', () => {
  function setup(mode: 'auto' | 'manual', backlog: number) {
    let left = backlog;
    const jobs = { runDue: jest.fn(async () => 0), purgeDone: jest.fn(async () => 0), stop: jest.fn(async () => undefined) };
    // `backlog` full batches of 20 messages, then nothing.
    const mail = {
      stop: jest.fn(async () => undefined),
      runDue: jest.fn(async (): Promise<number> => {
        if (left === 0) return 0;
        left -= 1;
        return 20;
      }),
    };
    const config = { workers: { mode, pollMs: 60_000, leaseSeconds: 60, retryBaseMs: 1000 } } as AppConfig;
    return { jobs, mail, workers: new Workers(jobs as unknown as JobWorker, mail as unknown as MailWorker, config) };
  }

  it('polls in the background in auto mode, going again at once while there is work, and stops cleanly', async () => {
    const { mail, workers } = setup('auto', 3);
    workers.onApplicationBootstrap();
    // Three busy rounds and one idle round, all without waiting the 60 s poll interval.
    for (let i = 0; i < 50 && mail.runDue.mock.calls.length < 4; i++) await new Promise((r) => setTimeout(r, 5));
    expect(mail.runDue).toHaveBeenCalledTimes(4);
    await workers.onModuleDestroy();
    await new Promise((r) => setTimeout(r, 20));
    expect(mail.runDue).toHaveBeenCalledTimes(4);
  });

  it('runs nothing by itself in manual mode; drain runs rounds until one finds nothing', async () => {
    const { jobs, mail, workers } = setup('manual', 2);
    workers.onApplicationBootstrap();
    await new Promise((r) => setTimeout(r, 20));
    expect(mail.runDue).not.toHaveBeenCalled();
    expect(await workers.drain()).toEqual({ jobs: 0, messages: 40 });
    expect(jobs.runDue).toHaveBeenCalledTimes(3);
    expect(jobs.purgeDone).toHaveBeenCalledTimes(1); // once an hour, not every round
  });

  it('on shutdown tells both workers to stop and waits for a round it did not start itself', async () => {
    const { jobs, mail, workers } = setup('manual', 0);
    let finish: () => void = () => undefined;
    mail.runDue.mockImplementationOnce(() => new Promise<number>((resolve) => (finish = () => resolve(3))));
    const round = workers.runOnce();
    await new Promise((r) => setTimeout(r, 5));
    let destroyed = false;
    const destroying = workers.onModuleDestroy().then(() => (destroyed = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(jobs.stop).toHaveBeenCalled();
    expect(mail.stop).toHaveBeenCalled();
    expect(destroyed).toBe(false);
    finish();
    await destroying;
    expect(await round).toEqual({ jobs: 0, messages: 3 });
    expect(await workers.drain()).toEqual({ jobs: 0, messages: 0 });
    expect(mail.runDue).toHaveBeenCalledTimes(1);
  });
});
