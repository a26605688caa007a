import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphqlContext, RequirePermission, requestLoader, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CoachingAccess } from '../coaching.access';
import { RubricVersionModel } from '../rubrics/rubric.model';
import { RubricsService } from '../rubrics/rubrics.service';
import { CreateEvaluationInput, EvaluationListInput, SelfAssessmentInput, UpdateEvaluationInput } from './evaluation.inputs';
import {
  CoachEvaluationModel,
  EvaluationRevisionModel,
  EvaluationTaskModel,
  FeedbackItemModel,
  SelfAssessmentModel,
  StudentEvaluationModel,
} from './evaluation.models';
import { EvaluationReadsService } from './evaluation-reads.service';
import { EvaluationWritesService } from './evaluation-writes.service';
import { SelfAssessmentsService } from './self-assessments.service';

const rubricLoader = (req: object, rubrics: RubricsService) =>
  requestLoader<string, RubricVersionModel>(req, 'coaching:rubricVersion', async (ids) => {
    const versions = await rubrics.versions(ids);
    return ids.map((id) => versions.find((v) => v.id === id) as RubricVersionModel);
  });

@Resolver(() => CoachEvaluationModel)
export class CoachEvaluationsResolver {
  constructor(
    private readonly reads: EvaluationReadsService,
    private readonly writes: EvaluationWritesService,
    private readonly selfAssessments: SelfAssessmentsService,
    private readonly rubrics: RubricsService,
    private readonly access: CoachingAccess,
  ) {}

  @Query(() => CoachEvaluationModel, { nullable: true, description: "A session's evaluation as its coach or staff see it (null when not written yet); audited" })
  @RequirePermission(Permission.EvaluationsWrite)
  coachEvaluation(@CurrentUser() actor: AuthUser, @Args('bookingId', { type: () => ID }, UuidPipe) bookingId: string): Promise<CoachEvaluationModel | null> {
    return this.reads.forCoach(actor, bookingId);
  }

  @Query(() => [CoachEvaluationModel], { description: 'Evaluations of students the caller has coached (staff: any); audited' })
  @RequirePermission(Permission.EvaluationsWrite)
  coachEvaluations(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: EvaluationListInput): Promise<CoachEvaluationModel[]> {
    return this.reads.listForCoach(actor, input?.studentId);
  }

  @Query(() => [EvaluationTaskModel], { description: "A coach's completed sessions with their evaluation's state, unshared first" })
  @RequirePermission(Permission.EvaluationsWrite)
  evaluationTasks(
    @CurrentUser() actor: AuthUser,
    @Args('coachId', { type: () => ID, nullable: true }, UuidPipe) coachId?: string | null,
  ): Promise<EvaluationTaskModel[]> {
    return this.reads.tasks(actor, coachId);
  }

  @Mutation(() => CoachEvaluationModel, { description: 'The first (and only) evaluation of a completed session, as a draft' })
  @RequirePermission(Permission.EvaluationsWrite)
  createEvaluation(@CurrentUser() actor: AuthUser, @Args('input') input: CreateEvaluationInput): Promise<CoachEvaluationModel> {
    return this.writes.create(actor, input);
  }

  @Mutation(() => CoachEvaluationModel, { description: 'Edits an evaluation; every state is kept in its history' })
  @RequirePermission(Permission.EvaluationsWrite)
  updateEvaluation(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateEvaluationInput): Promise<CoachEvaluationModel> {
    return this.writes.update(actor, input);
  }

  @Mutation(() => CoachEvaluationModel, { description: 'Shares the evaluation with the student, who is notified' })
  @RequirePermission(Permission.EvaluationsWrite)
  shareEvaluation(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CoachEvaluationModel> {
    return this.writes.share(actor, id);
  }

  @ResolveField(() => RubricVersionModel)
  rubric(@Parent() ev: CoachEvaluationModel, @Context() { req }: GraphqlContext): Promise<RubricVersionModel> {
    return rubricLoader(req, this.rubrics).load(ev.rubricVersionId);
  }

  @ResolveField(() => [EvaluationRevisionModel])
  history(@Parent() ev: CoachEvaluationModel, @Context() { req }: GraphqlContext): Promise<EvaluationRevisionModel[]> {
    return requestLoader<string, EvaluationRevisionModel[]>(req, 'coaching:evaluationHistory', (ids) => this.reads.history(ids)).load(ev.id);
  }

  /** The same rule as the `selfAssessment` query: the session's own coach and student, and staff. */
  @ResolveField(() => SelfAssessmentModel, { nullable: true })
  async selfAssessment(@Parent() ev: CoachEvaluationModel, @CurrentUser() actor: AuthUser, @Context() { req }: GraphqlContext): Promise<SelfAssessmentModel | null> {
    if (!this.access.isBookingParty(actor, { studentId: ev.student.id, coachId: ev.coach.id })) return null;
    return requestLoader<string, SelfAssessmentModel | null>(req, 'coaching:selfAssessment', (ids) => this.selfAssessments.byBookings(ids)).load(ev.bookingId);
  }
}

@Resolver(() => StudentEvaluationModel)
export class StudentFeedbackResolver {
  constructor(
    private readonly reads: EvaluationReadsService,
    private readonly selfAssessments: SelfAssessmentsService,
    private readonly rubrics: RubricsService,
  ) {}

  @Query(() => [FeedbackItemModel], { description: "The student's completed sessions and where their feedback stands" })
  @RequirePermission(Permission.CoachingSelf)
  myFeedback(@CurrentUser() actor: AuthUser): Promise<FeedbackItemModel[]> {
    return this.reads.feedbackList(actor);
  }

  @Query(() => StudentEvaluationModel, { nullable: true, description: "The student's own shared evaluation of a session (null until shared); opening it closes self-assessment" })
  @RequirePermission(Permission.CoachingSelf)
  studentEvaluation(@CurrentUser() actor: AuthUser, @Args('bookingId', { type: () => ID }, UuidPipe) bookingId: string): Promise<StudentEvaluationModel | null> {
    return this.reads.forStudent(actor, bookingId);
  }

  @Query(() => RubricVersionModel, { description: 'The rubric a session is (or will be) evaluated on; for its student, coach and staff' })
  @RequirePermission(Permission.CoachingRead)
  rubricForBooking(@CurrentUser() actor: AuthUser, @Args('bookingId', { type: () => ID }, UuidPipe) bookingId: string): Promise<RubricVersionModel> {
    return this.reads.rubricForBooking(actor, bookingId);
  }

  @Query(() => SelfAssessmentModel, { nullable: true, description: "A session's self-assessment; for its student, coach and staff" })
  @RequirePermission(Permission.CoachingRead)
  selfAssessment(@CurrentUser() actor: AuthUser, @Args('bookingId', { type: () => ID }, UuidPipe) bookingId: string): Promise<SelfAssessmentModel | null> {
    return this.selfAssessments.forBooking(actor, bookingId);
  }

  @Mutation(() => SelfAssessmentModel, { description: 'The student rates themself on the session’s rubric, before opening the evaluation' })
  @RequirePermission(Permission.CoachingSelf)
  submitSelfAssessment(@CurrentUser() actor: AuthUser, @Args('input') input: SelfAssessmentInput): Promise<SelfAssessmentModel> {
    return this.selfAssessments.submit(actor, input);
  }

  @ResolveField(() => RubricVersionModel)
  rubric(@Parent() ev: StudentEvaluationModel, @Context() { req }: GraphqlContext): Promise<RubricVersionModel> {
    return rubricLoader(req, this.rubrics).load(ev.rubricVersionId);
  }
}
