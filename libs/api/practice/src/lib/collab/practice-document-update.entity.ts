import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PracticeRoomEntity } from '../room/practice-room.entity';

/**
 * Yjs updates of a room's documents. Each store merges what is there with the server's state and
 * keeps one compacted row per document (Yjs merges in any order, so two processes storing at once
 * lose nothing).
 */
@Entity('practice_document_updates')
@Index('practice_document_updates_doc', ['documentName', 'id'])
export class PracticeDocumentUpdateEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  @ManyToOne(() => PracticeRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  room?: PracticeRoomEntity;

  @Column({ name: 'document_name', type: 'varchar', length: 200 })
  documentName!: string;

  @Column({ type: 'bytea' })
  update!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
