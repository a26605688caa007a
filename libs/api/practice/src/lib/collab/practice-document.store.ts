import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { PracticeRoomEntity } from '../room/practice-room.entity';
import { PracticeDocumentUpdateEntity } from './practice-document-update.entity';

/**
 * Yjs documents of the practice rooms in PostgreSQL. A store merges the rows already there with
 * the server's state under the room's row lock and writes back one compacted row, so processes
 * storing the same document at once (two API replicas) never lose each other's edits.
 */
@Injectable()
export class PracticeDocumentStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async fetch(documentName: string): Promise<Uint8Array | null> {
    const rows = await this.rows(this.db.manager, documentName);
    return rows.length ? compact(rows.map((r) => r.update)) : null;
  }

  async store(sessionId: string, documentName: string, state: Uint8Array): Promise<void> {
    await this.db.transaction(async (m) => {
      await ensureRoom(m, sessionId);
      await m.getRepository(PracticeRoomEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.booking_id = :sessionId', { sessionId }).getOne();
      const rows = await this.rows(m, documentName);
      const merged = compact([...rows.map((r) => r.update), state]);
      if (rows.length === 1 && Buffer.compare(rows[0].update, Buffer.from(merged)) === 0) return;
      const repo = m.getRepository(PracticeDocumentUpdateEntity);
      if (rows.length) await repo.createQueryBuilder().delete().where('document_name = :documentName AND id <= :last', { documentName, last: rows[rows.length - 1].id }).execute();
      await repo.insert({ bookingId: sessionId, documentName, update: Buffer.from(merged) });
    });
  }

  /** The text of a stored document (the pads bind the Y.Text named "content"). */
  async text(documentName: string): Promise<string | null> {
    const state = await this.fetch(documentName);
    if (!state) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc.getText('content').toString();
  }

  private rows(m: EntityManager, documentName: string): Promise<{ id: string; update: Buffer }[]> {
    return m.getRepository(PracticeDocumentUpdateEntity).find({ where: { documentName }, select: { id: true, update: true }, order: { id: 'ASC' } });
  }
}

/** A room's row, created the first time anything is kept for it. */
export async function ensureRoom(m: EntityManager, sessionId: string): Promise<void> {
  await m.createQueryBuilder().insert().into(PracticeRoomEntity).values({ bookingId: sessionId }).orIgnore().execute();
}

/** Applying every update to a fresh document and encoding it drops what deletions left behind. */
function compact(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, new Uint8Array(u));
  return Y.encodeStateAsUpdate(doc);
}
