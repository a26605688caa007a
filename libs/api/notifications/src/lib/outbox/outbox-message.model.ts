import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@debrief/api/core';
import { OutboxStatus } from './outbox-status';

const OutboxStatusEnum = graphqlEnum(OutboxStatus, 'OutboxStatus');

@ObjectType('OutboxMessage', { description: 'A message the platform sent or will send' })
export class OutboxMessageModel {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  to!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  html!: string;

  @Field(() => OutboxStatusEnum)
  status!: OutboxStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}
