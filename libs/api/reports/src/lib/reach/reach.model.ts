import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReportPeriodModel } from '../report-period.model';

@ObjectType('ReachRow')
export class ReachRowModel {
  @Field()
  label!: string;

  @Field(() => Int, { description: 'Unique students with a held session' })
  students!: number;

  @Field(() => Int, { description: 'Held sessions' })
  sessions!: number;
}

@ObjectType('CountBucket')
export class CountBucketModel {
  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ReachReport')
export class ReachReportModel {
  @Field(() => ReportPeriodModel)
  period!: ReportPeriodModel;

  @Field(() => Int)
  uniqueStudents!: number;

  @Field(() => Int, { description: 'Unique students of the period just before' })
  previousUniqueStudents!: number;

  @Field(() => Int, { description: 'No held session before the period' })
  newStudents!: number;

  @Field(() => Int)
  returningStudents!: number;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Float, { nullable: true })
  sessionsPerStudent!: number | null;

  @Field(() => Int, { description: 'Active students in the directory (of the chosen majors and class years)' })
  studentBody!: number;

  @Field(() => Float, { nullable: true, description: 'Unique students ÷ student body, 0–1' })
  shareReached!: number | null;

  @Field(() => [ReachRowModel])
  byMajor!: ReachRowModel[];

  @Field(() => [ReachRowModel])
  byClassYear!: ReachRowModel[];

  @Field(() => [CountBucketModel], { description: 'Students by held sessions in the period: 1, 2, 3, 4, 5+' })
  sessionsPerStudentHistogram!: CountBucketModel[];

  @Field()
  summary!: string;
}
