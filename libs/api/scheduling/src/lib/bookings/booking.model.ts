import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SpecialtyEnum } from '@debrief/api/identity';
import { Specialty } from '@debrief/shared/domain';
import { BookingEventKind, BookingStatus, LocationKind } from '../scheduling.enums';
import { BookingEventKindEnum, BookingStatusEnum, LocationKindEnum } from '../scheduling.graphql-enums';

@ObjectType('BookingParticipant', { description: 'A person in a session, as the other side sees them' })
export class BookingParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  timeZone!: string;
}

@ObjectType('Booking')
export class BookingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => BookingStatusEnum)
  status!: BookingStatus;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => ID)
  sessionTypeId!: string;

  @Field()
  sessionTypeName!: string;

  @Field(() => SpecialtyEnum)
  category!: Specialty;

  @Field(() => Int, { nullable: true, description: 'Interview part of the session; the rest is feedback' })
  interviewMinutes!: number | null;

  @Field({ description: 'What to prepare' })
  preparation!: string;

  @Field(() => BookingParticipantModel)
  coach!: BookingParticipantModel;

  @Field(() => BookingParticipantModel)
  student!: BookingParticipantModel;

  @Field(() => LocationKindEnum, { description: 'A room, or a video call (then location is the link, when the coach has set one)' })
  locationKind!: LocationKind;

  @Field({ description: 'The room, or the video link, as set at booking time or changed later by the coach' })
  location!: string;

  @Field({ description: 'How the coach was chosen' })
  assignment!: string;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field()
  noShowExcused!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('BookingEvent', { description: 'One change in a booking: who, what, when' })
export class BookingEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => BookingEventKindEnum)
  kind!: BookingEventKind;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field()
  at!: Date;

  @Field(() => Date, { nullable: true })
  fromStartsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  toStartsAt!: Date | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'LOCATION_CHANGED: the new room or link' })
  location!: string | null;
}
