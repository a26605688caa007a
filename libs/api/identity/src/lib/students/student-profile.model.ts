import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StudentProfile')
export class StudentProfileModel {
  @Field(() => Int)
  classYear!: number;

  @Field()
  major!: string;
}
