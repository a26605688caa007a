import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { RenderedEmail } from '../templates/rendered-email';
import { OutboxMessageEntity } from './outbox-message.entity';

export interface OutboxEntry extends RenderedEmail {
  kind: string;
  to: string;
}

@Injectable()
export class OutboxService {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>) {}

  /**
   * Queues a message inside the caller's transaction (pass its EntityManager): the message
   * exists exactly when the change that caused it was committed.
   */
  async enqueue(manager: EntityManager, entry: OutboxEntry): Promise<OutboxMessageEntity> {
    return manager.getRepository(OutboxMessageEntity).save(manager.create(OutboxMessageEntity, entry));
  }

  recent(limit: number): Promise<OutboxMessageEntity[]> {
    return this.messages.find({ order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }
}
