import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvaluationStatus } from '@debrief/shared/domain';
import { EvaluationStatusEnum } from '../coaching.graphql-enums';
import { RubricVersionModel } from '../rubrics/rubric.model';

/*
 * Two views of an evaluation. CoachEvaluation (coaches and staff) and StudentEvaluation (its
 * student) share no class: the student type has no private-notes field at all, so no query,
 * fragment or mistake can ask for them through it.
 */

@ObjectType('CoachingPerson')
export class CoachingPersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('EvaluationScore')
export class EvaluationScoreModel {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => Float, { description: '1–4; STAR parts are the mean of the answers' })
  score!: number;

  @Field()
  note!: string;
}

@ObjectType('StarEntry', { description: 'One behavioral answer scored on Situation, Task, Action, Result' })
export class StarEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  question!: string;

  @Field()
  competency!: string;

  @Field(() => Int)
  situation!: number;

  @Field(() => Int)
  task!: number;

  @Field(() => Int)
  action!: number;

  @Field(() => Int)
  result!: number;

  @Field()
  notes!: string;
}

@ObjectType('AskedQuestion')
export class AskedQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  topic!: string;

  @Field()
  company!: string;
}

@ObjectType('SelfAssessmentScore')
export class SelfAssessmentScoreModel {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType('SelfAssessment', { description: "The student's own scores for a session, on the same rubric" })
export class SelfAssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bookingId!: string;

  @Field(() => ID)
  rubricVersionId!: string;

  @Field(() => [SelfAssessmentScoreModel])
  scores!: SelfAssessmentScoreModel[];

  @Field()
  notes!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('ScoreComparison', { description: 'Self-assessment beside the coach, per criterion' })
export class ScoreComparisonModel {
  @Field(() => ID)
  criterionId!: string;

  @Field()
  criterionName!: string;

  @Field(() => Float, { nullable: true })
  coachScore!: number | null;

  @Field(() => Int, { nullable: true })
  selfScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'self − coach: positive when the student rated themself higher' })
  gap!: number | null;
}

@ObjectType('EvaluationRevision', { description: 'One saved state of an evaluation' })
export class EvaluationRevisionModel {
  @Field(() => Int)
  revision!: number;

  @Field()
  action!: string;

  @Field()
  actorName!: string;

  @Field()
  at!: Date;
}

@ObjectType('CoachEvaluation', { description: "A coach's evaluation as coaches and staff see it" })
export class CoachEvaluationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bookingId!: string;

  @Field(() => ID)
  rubricVersionId!: string;

  @Field(() => RubricVersionModel)
  rubric?: RubricVersionModel;

  @Field(() => EvaluationStatusEnum)
  status!: EvaluationStatus;

  @Field()
  sessionAt!: Date;

  @Field()
  sessionTypeName!: string;

  @Field(() => CoachingPersonModel)
  student!: CoachingPersonModel;

  @Field(() => CoachingPersonModel)
  coach!: CoachingPersonModel;

  @Field(() => Int, { nullable: true, description: '1 strong no, 2 lean no, 3 lean yes, 4 strong yes' })
  recommendation!: number | null;

  @Field()
  strengths!: string;

  @Field(() => [String])
  areasForImprovement!: string[];

  @Field(() => [EvaluationScoreModel])
  scores!: EvaluationScoreModel[];

  @Field(() => [StarEntryModel])
  starEntries!: StarEntryModel[];

  @Field(() => [AskedQuestionModel])
  questions!: AskedQuestionModel[];

  @Field(() => String, { nullable: true, description: 'Only for the session’s coach, the author and staff; null for anyone else' })
  privateNotes!: string | null;

  @Field(() => Int)
  revision!: number;

  @Field(() => Date, { nullable: true })
  sharedAt!: Date | null;

  @Field()
  updatedAt!: Date;

  @Field(() => [EvaluationRevisionModel])
  history?: EvaluationRevisionModel[];

  @Field(() => SelfAssessmentModel, { nullable: true })
  selfAssessment?: SelfAssessmentModel | null;
}

@ObjectType('StudentEvaluation', { description: 'A shared evaluation as its student sees it (no private notes)' })
export class StudentEvaluationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bookingId!: string;

  @Field(() => ID)
  rubricVersionId!: string;

  @Field(() => RubricVersionModel)
  rubric?: RubricVersionModel;

  @Field()
  sessionAt!: Date;

  @Field()
  sessionTypeName!: string;

  @Field()
  coachName!: string;

  @Field(() => Int, { nullable: true })
  recommendation!: number | null;

  @Field()
  strengths!: string;

  @Field(() => [String])
  areasForImprovement!: string[];

  @Field(() => [EvaluationScoreModel])
  scores!: EvaluationScoreModel[];

  @Field(() => [StarEntryModel])
  starEntries!: StarEntryModel[];

  @Field(() => [AskedQuestionModel])
  questions!: AskedQuestionModel[];

  @Field(() => Date)
  sharedAt!: Date;

  @Field(() => [ScoreComparisonModel], { description: 'Self-assessment beside the coach (empty without a self-assessment)' })
  comparison?: ScoreComparisonModel[];
}

@ObjectType('FeedbackItem', { description: "One of a student's completed sessions and where its feedback stands" })
export class FeedbackItemModel {
  @Field(() => ID)
  bookingId!: string;

  @Field()
  startsAt!: Date;

  @Field()
  sessionTypeName!: string;

  @Field()
  coachName!: string;

  @Field({ description: 'The coach has shared an evaluation' })
  evaluationShared!: boolean;

  @Field()
  selfAssessed!: boolean;

  @Field({ description: 'The student has opened the shared evaluation (self-assessment is closed then)' })
  seen!: boolean;
}

@ObjectType('EvaluationTask', { description: "A coach's completed session and its evaluation, if any" })
export class EvaluationTaskModel {
  @Field(() => ID)
  bookingId!: string;

  @Field()
  startsAt!: Date;

  @Field()
  sessionTypeName!: string;

  @Field(() => CoachingPersonModel)
  student!: CoachingPersonModel;

  @Field(() => ID, { nullable: true })
  evaluationId!: string | null;

  @Field(() => EvaluationStatusEnum, { nullable: true })
  status!: EvaluationStatus | null;
}
