import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@debrief/api/core';
import { OutboxStatus } from './outbox-status';

export const OutboxStatusEnum = graphqlEnum(OutboxStatus, 'OutboxStatus');

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

  @Field({ description: 'RFC 5322 Message-ID, the same on every delivery attempt' })
  messageId!: string;

  @Field(() => String, { nullable: true, description: 'iTIP method of the attached calendar (REQUEST, CANCEL)' })
  calendarMethod!: string | null;

  @Field(() => String, { nullable: true, description: 'The attached calendar (invite.ics)' })
  calendarIcs!: string | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}
