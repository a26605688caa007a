import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RegistrationStatus, WorkshopStatus } from '../workshops.enums';
import { RegistrationStatusEnum, WorkshopStatusEnum } from '../workshops.graphql-enums';

/**
 * A field read only when the query selects it: the catalog's per-viewer fields are getters on the
 * row (Nest's default field resolver reads the property), each started once per list and batched
 * over it, instead of a framework field resolver per item (200 items × 3 fields).
 */
export type Lazy<T> = T | Promise<T>;

@ObjectType('WorkshopPerson')
export class WorkshopPersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('WorkshopOverlap', { description: "One of the viewer's booked sessions overlapping a workshop" })
export class WorkshopOverlapModel {
  @Field(() => ID)
  bookingId!: string;

  @Field()
  sessionTypeName!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@ObjectType('Workshop')
export class WorkshopModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  seriesId!: string | null;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => [String])
  topics!: string[];

  facilitatorIds!: string[];

  @Field()
  location!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Registrations holding a seat' })
  seatsTaken!: number;

  @Field(() => Int)
  seatsLeft!: number;

  @Field(() => Int)
  waitlistLength!: number;

  @Field()
  registrationOpensAt!: Date;

  @Field()
  registrationClosesAt!: Date;

  @Field({ description: 'Registration is open right now' })
  registrationOpen!: boolean;

  @Field(() => [Int])
  audienceClassYears!: number[];

  @Field(() => [String])
  audienceMajors!: string[];

  @Field(() => WorkshopStatusEnum)
  status!: WorkshopStatus;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => [WorkshopPersonModel])
  facilitators!: Lazy<WorkshopPersonModel[]>;

  @Field(() => MyRegistrationModel, { nullable: true, description: "The viewer's live registration, if any" })
  myRegistration!: Lazy<MyRegistrationModel | null>;

  @Field(() => [WorkshopOverlapModel], { description: "The viewer's booked sessions at the same time (a warning; registering is still allowed)" })
  overlappingSessions!: Lazy<WorkshopOverlapModel[]>;
}

@ObjectType('MyWorkshopRegistration', { description: "The viewer's own place at a workshop" })
export class MyRegistrationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RegistrationStatusEnum)
  status!: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: '1 = next in line; null unless waitlisted' })
  waitlistPosition!: number | null;

  @Field(() => Date, { nullable: true })
  promotedAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('WorkshopRegistration')
export class WorkshopRegistrationModel extends MyRegistrationModel {
  workshopId!: string;

  @Field(() => WorkshopModel)
  workshop!: WorkshopModel;
}

@ObjectType('WorkshopPage', { description: 'One page of the catalog, in start order' })
export class WorkshopPageModel {
  @Field(() => [WorkshopModel])
  items!: WorkshopModel[];

  @Field(() => String, { nullable: true, description: 'Pass as page.after for the next page; null on the last one' })
  nextCursor!: string | null;
}

@ObjectType('WorkshopSeriesResult')
export class WorkshopSeriesResultModel {
  @Field(() => ID)
  seriesId!: string;

  @Field(() => [WorkshopModel])
  workshops!: WorkshopModel[];

  @Field(() => [Date], { description: 'Occurrences left out because the center is closed that day' })
  skippedStarts!: Date[];
}

@ObjectType('WorkshopRosterEntry')
export class RosterEntryModel {
  @Field(() => ID)
  registrationId!: string;

  @Field(() => ID)
  studentId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => Int, { nullable: true })
  classYear!: number | null;

  @Field(() => String, { nullable: true })
  major!: string | null;

  @Field(() => RegistrationStatusEnum)
  status!: RegistrationStatus;

  @Field(() => Int, { description: 'Arrival order at this workshop' })
  queueNo!: number;

  @Field(() => Int, { nullable: true })
  waitlistPosition!: number | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  promotedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  checkedInAt!: Date | null;
}
