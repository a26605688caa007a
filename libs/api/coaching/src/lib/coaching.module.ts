import { Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@debrief/api/identity';
import { NotificationsModule } from '@debrief/api/notifications';
import { SchedulingModule } from '@debrief/api/scheduling';
import { DataSource } from 'typeorm';
import { EvaluationAuditResolver } from './audit/evaluation-audit.resolver';
import { EvaluationAuditService } from './audit/evaluation-audit.service';
import { CoachingAccess } from './coaching.access';
import { COACHING_ENTITIES } from './coaching.entities';
import { CoachEvaluationsResolver, StudentFeedbackResolver } from './evaluations/evaluations.resolver';
import { EvaluationSharedNotifier } from './evaluations/evaluation-shared.notifier';
import { EvaluationReadsService } from './evaluations/evaluation-reads.service';
import { EvaluationWritesService } from './evaluations/evaluation-writes.service';
import { EvaluationMapper } from './evaluations/evaluation.mapper';
import { SelfAssessmentsService } from './evaluations/self-assessments.service';
import { LiveEvaluationService } from './evaluations/live-evaluation.service';
import { JournalResolver } from './journal/journal.resolver';
import { JournalService } from './journal/journal.service';
import { SelfReviewJournalService } from './journal/self-review-journal.service';
import { PlanItemsResolver, PlansResolver } from './plans/plans.resolver';
import { PlansService } from './plans/plans.service';
import { ProgressResolver } from './progress/progress.resolver';
import { ProgressService } from './progress/progress.service';
import { QuestionBankService } from './questions/question-bank.service';
import { QuestionBankResolver } from './questions/question-bank.resolver';
import { QuestionDirectoryService } from './questions/question-directory.service';
import { RubricsResolver } from './rubrics/rubrics.resolver';
import { installDefaultRubrics, RubricsService } from './rubrics/rubrics.service';

@Module({
  imports: [TypeOrmModule.forFeature(COACHING_ENTITIES), NotificationsModule, IdentityModule, SchedulingModule],
  providers: [
    CoachingAccess,
    EvaluationAuditService,
    EvaluationAuditResolver,
    RubricsService,
    RubricsResolver,
    EvaluationMapper,
    EvaluationReadsService,
    EvaluationWritesService,
    LiveEvaluationService,
    SelfAssessmentsService,
    EvaluationSharedNotifier,
    CoachEvaluationsResolver,
    StudentFeedbackResolver,
    QuestionBankService,
    QuestionBankResolver,
    QuestionDirectoryService,
    PlansService,
    PlansResolver,
    PlanItemsResolver,
    JournalService,
    SelfReviewJournalService,
    JournalResolver,
    ProgressService,
    ProgressResolver,
  ],
  exports: [EvaluationReadsService, QuestionDirectoryService, LiveEvaluationService, SelfReviewJournalService],
})
export class CoachingModule implements OnModuleInit {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every installation has the default rubrics: installed at boot when missing (idempotent). */
  async onModuleInit(): Promise<void> {
    await this.db.transaction((m) => installDefaultRubrics(m));
  }
}
