import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TopicConfidence')
export class TopicConfidenceModel {
  @Field()
  topic!: string;

  @Field(() => Int, { description: '1–5' })
  level!: number;
}

@ObjectType('JournalEntry', { description: 'What a student practised, the questions they met and how confident they feel' })
export class JournalEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD' })
  practisedOn!: string;

  @Field()
  practised!: string;

  @Field()
  questionsMet!: string;

  @Field(() => [TopicConfidenceModel])
  confidence!: TopicConfidenceModel[];

  @Field()
  createdAt!: Date;
}
