import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Specialty } from '@debrief/shared/domain';
import { SpecialtyEnum } from '../graphql-enums';

@ObjectType('Coach', { description: 'A coach as shown in the directory' })
export class CoachModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  pronouns!: string | null;

  @Field()
  timeZone!: string;

  @Field()
  headline!: string;

  @Field()
  bio!: string;

  @Field(() => [SpecialtyEnum])
  specialties!: Specialty[];

  @Field(() => String, { nullable: true, description: 'Video-meeting link the coach set; video sessions booked with them carry it' })
  meetingUrl!: string | null;
}
