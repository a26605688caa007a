import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReportPeriodModel } from '../report-period.model';

@ObjectType('CriterionMonth')
export class CriterionMonthModel {
  @Field()
  criterionKey!: string;

  @Field()
  criterionName!: string;

  @Field({ description: 'First day of the month (YYYY-MM-DD, center time zone)' })
  month!: string;

  @Field(() => Float, { description: 'Mean coach score, 1–4' })
  average!: number;

  @Field(() => Int)
  scores!: number;
}

@ObjectType('ScoreChange')
export class ScoreChangeModel {
  @Field(() => Int, { description: 'Students with at least two shared evaluations on the same rubric in the period' })
  students!: number;

  @Field(() => Float, { nullable: true, description: 'Median change of the mean score, first → latest evaluation' })
  median!: number | null;

  @Field(() => [ChangeBucketModel], { description: 'Distribution of the change, in half points' })
  distribution!: ChangeBucketModel[];
}

@ObjectType('ChangeBucket')
export class ChangeBucketModel {
  @Field(() => Float, { description: 'Lower end of the half-point bucket (e.g. 0.5 holds 0.5 ≤ change < 1.0)' })
  from!: number;

  @Field(() => Int)
  students!: number;
}

@ObjectType('SelfGap')
export class SelfGapModel {
  @Field()
  criterionKey!: string;

  @Field()
  criterionName!: string;

  @Field(() => Float)
  selfAverage!: number;

  @Field(() => Float)
  coachAverage!: number;

  @Field(() => Float, { description: 'Self minus coach (positive: students rate themselves higher)' })
  gap!: number;

  @Field(() => Int)
  pairs!: number;
}

@ObjectType('PlanItemsDue')
export class PlanItemsDueModel {
  @Field(() => Int, { description: 'Plan items due in the period' })
  due!: number;

  @Field(() => Int, { description: 'Of those, done' })
  done!: number;

  @Field(() => Int, { description: 'Of those, done by their due date' })
  doneOnTime!: number;
}

@ObjectType('OutcomesReport')
export class OutcomesReportModel {
  @Field(() => ReportPeriodModel)
  period!: ReportPeriodModel;

  @Field(() => [CriterionMonthModel])
  criteria!: CriterionMonthModel[];

  @Field(() => ScoreChangeModel)
  change!: ScoreChangeModel;

  @Field(() => ScoreChangeModel, { description: 'The same for the period just before' })
  previousChange!: ScoreChangeModel;

  @Field(() => [SelfGapModel])
  selfGap!: SelfGapModel[];

  @Field(() => PlanItemsDueModel)
  planItems!: PlanItemsDueModel;

  @Field()
  summary!: string;
}
