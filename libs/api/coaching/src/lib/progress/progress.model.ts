import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProgressPoint')
export class ProgressPointModel {
  @Field()
  at!: Date;

  @Field(() => ID)
  bookingId!: string;

  @Field(() => Float, { nullable: true })
  coachScore!: number | null;

  @Field(() => Int, { nullable: true })
  selfScore!: number | null;
}

@ObjectType('CriterionSeries', { description: 'One criterion’s scores over time (same key across rubric versions)' })
export class CriterionSeriesModel {
  @Field()
  rubricKey!: string;

  @Field()
  rubricName!: string;

  @Field()
  criterionKey!: string;

  @Field()
  criterionName!: string;

  @Field(() => [ProgressPointModel])
  points!: ProgressPointModel[];
}

@ObjectType('ItemProgress')
export class ItemProgressModel {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int, { description: 'Items due by today' })
  due!: number;

  @Field(() => Int, { description: 'Items due by today that are done' })
  doneOfDue!: number;

  @Field(() => Int)
  overdue!: number;
}

@ObjectType('ConfidencePoint')
export class ConfidencePointModel {
  @Field()
  on!: string;

  @Field(() => Float, { description: 'Mean confidence 1–5 over the topics of that day' })
  average!: number;
}

@ObjectType('UpcomingSession')
export class UpcomingSessionModel {
  @Field(() => ID)
  bookingId!: string;

  @Field()
  startsAt!: Date;

  @Field()
  sessionTypeName!: string;

  @Field()
  coachName!: string;
}

@ObjectType('SelfReviewPoint', { description: "One practice session's self-review: how many checklist items the student did" })
export class SelfReviewPointModel {
  @Field(() => ID)
  bookingId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  on!: string;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType('Progress', { description: "A student's progress, with a text summary for screen readers" })
export class ProgressModel {
  @Field(() => ID)
  studentId!: string;

  @Field()
  studentName!: string;

  @Field(() => [CriterionSeriesModel])
  series!: CriterionSeriesModel[];

  @Field(() => ItemProgressModel)
  items!: ItemProgressModel;

  @Field(() => [ConfidencePointModel])
  confidence!: ConfidencePointModel[];

  @Field(() => [UpcomingSessionModel])
  upcoming!: UpcomingSessionModel[];

  @Field(() => [SelfReviewPointModel], { description: 'Practice sessions\' self-reviews, oldest first' })
  selfReviews!: SelfReviewPointModel[];

  @Field()
  summary!: string;
}
