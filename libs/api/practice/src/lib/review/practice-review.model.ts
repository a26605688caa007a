import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PracticeChecklist', { description: "A session type's self-review checklist" })
export class PracticeChecklistModel {
  @Field(() => ID)
  sessionTypeId!: string;

  @Field(() => [String])
  items!: string[];

  @Field({ description: 'True while staff have not edited it (the defaults)' })
  isDefault!: boolean;
}

@ObjectType('PracticeSelfReview', { description: "The student's self-review of the session: open once the session has ended" })
export class PracticeSelfReviewModel {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => [String], { description: "The session type's checklist" })
  items!: string[];

  @Field()
  open!: boolean;

  @Field(() => [String], { description: 'The items ticked when last worked (empty before)' })
  done!: string[];

  @Field(() => Date, { nullable: true })
  workedAt!: Date | null;
}
