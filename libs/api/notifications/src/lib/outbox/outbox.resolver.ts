import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { BadInputError, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { OutboxMessageModel, OutboxStatusEnum } from './outbox-message.model';
import { OutboxStatus } from './outbox-status';
import { OutboxService } from './outbox.service';

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Query(() => [OutboxMessageModel])
  @RequirePermission(Permission.OutboxRead)
  outboxMessages(
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('statuses', { type: () => [OutboxStatusEnum], nullable: true, description: 'Only these statuses (all when omitted)' })
    statuses?: OutboxStatus[] | null,
  ): Promise<OutboxMessageModel[]> {
    if (limit < 1 || limit > 200) throw new BadInputError('limit', 'limit must be between 1 and 200.');
    return this.outbox.recent(limit, statuses ?? undefined);
  }

  @Mutation(() => OutboxMessageModel, { description: 'Queues a failed message again' })
  @RequirePermission(Permission.OutboxResend)
  resendOutboxMessage(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<OutboxMessageModel> {
    return this.outbox.resend(id);
  }
}
