import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TopicConfidence')
export class TopicConfidenceModel {
  @Field()
  topic!: string;

  @Field(() => Int, { description: '1–5' })
  level!: number;
}

@ObjectType('ChecklistMark', { description: 'One item of a self-review checklist and whether the student did it' })
export class ChecklistMarkModel {
  @Field()
  item!: string;

  @Field()
  done!: boolean;
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

  @Field(() => ID, { nullable: true, description: "Set when the entry is a practice session's self-review" })
  bookingId!: string | null;

  @Field(() => [ChecklistMarkModel], { description: 'The self-review checklist as worked (empty for other entries)' })
  checklist!: ChecklistMarkModel[];

  @Field()
  createdAt!: Date;
}
