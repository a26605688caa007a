import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SpecialtyEnum } from '@debrief/api/identity';
import { Specialty } from '@debrief/shared/domain';
import { LocationKind } from '../scheduling.enums';
import { LocationKindEnum } from '../scheduling.graphql-enums';

@ObjectType('SessionType', { description: 'Something students can book, with its booking rules' })
export class SessionTypeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => SpecialtyEnum)
  category!: Specialty;

  @Field()
  description!: string;

  @Field({ description: 'What the student should prepare' })
  preparation!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => Int, { nullable: true, description: 'Interview part; the rest of the duration is feedback' })
  interviewMinutes!: number | null;

  @Field(() => Int)
  bufferBeforeMinutes!: number;

  @Field(() => Int)
  bufferAfterMinutes!: number;

  @Field(() => Int)
  minNoticeMinutes!: number;

  @Field(() => Int)
  horizonDays!: number;

  @Field(() => Int)
  cancelCutoffHours!: number;

  @Field(() => Int, { nullable: true })
  maxActivePerStudent!: number | null;

  @Field(() => LocationKindEnum)
  locationKind!: LocationKind;

  @Field(() => String, { nullable: true })
  room!: string | null;

  @Field(() => Date, { nullable: true })
  retiredAt!: Date | null;

  @Field(() => [ID], { description: 'Coaches who offer it' })
  coachIds!: string[];
}
