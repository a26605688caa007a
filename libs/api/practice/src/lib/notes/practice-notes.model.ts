import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PracticeNotesSaved', { description: "Where the coach's live notes landed: the session's evaluation draft" })
export class PracticeNotesSavedModel {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  evaluationId!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  savedAt!: Date;
}
