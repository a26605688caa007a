import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SlotSearchLogEntity } from './slot-search-log.entity';

export type SlotSearchRecord = Omit<SlotSearchLogEntity, 'id'>;

const FLUSH_MS = 2000;
const BATCH = 200;

/**
 * Records slot searches off the hot path: a search only appends to a buffer; one multi-row
 * INSERT writes the buffer every couple of seconds (or at 200 entries), and at shutdown. A lost
 * batch (crash, database down) costs demand statistics, never a booking, so failures are logged.
 */
@Injectable()
export class SlotSearchLog implements OnApplicationShutdown {
  private readonly log = new Logger('SlotSearchLog');
  private buffer: SlotSearchRecord[] = [];
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  record(entry: SlotSearchRecord): void {
    this.buffer.push(entry);
    if (this.buffer.length >= BATCH) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_MS);
      this.timer.unref();
    }
  }

  /** Writes what is buffered (tests call it to see their searches at once). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length === 0 || !this.db.isInitialized) return;
    try {
      await this.db.getRepository(SlotSearchLogEntity).insert(batch);
    } catch (error) {
      this.log.warn(`dropped ${batch.length} slot-search records: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
