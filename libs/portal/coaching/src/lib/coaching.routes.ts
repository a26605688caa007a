import { Routes } from '@angular/router';
import { EvaluationReadsPage } from './audit/evaluation-reads.page';
import { EvaluationFormPage } from './evaluate/evaluation-form.page';
import { EvaluationTasksPage } from './evaluate/evaluation-tasks.page';
import { FeedbackPage } from './feedback/feedback.page';
import { MyFeedbackPage } from './feedback/my-feedback.page';
import { JournalPage } from './journal/journal.page';
import { PlansPage } from './plan/my-plan.page';
import { ProgressPage } from './progress/progress.page';
import { QuestionBankPage } from './questions/question-bank.page';
import { RubricsPage } from './rubrics/rubrics.page';

/** Lazy-loaded under /coaching (EvaluationsWrite: coaches and staff). */
export const coachingRoutes: Routes = [
  { path: '', title: 'Feedback to write', component: EvaluationTasksPage },
  { path: 'evaluate/:bookingId', title: 'Evaluation', component: EvaluationFormPage },
  { path: 'students/:studentId', title: 'Student plan', component: PlansPage },
  { path: 'students/:studentId/progress', title: 'Student progress', component: ProgressPage },
  { path: 'students/:studentId/journal', title: 'Student journal', component: JournalPage },
];

/** Lazy-loaded under /feedback (CoachingSelf: students). */
export const feedbackRoutes: Routes = [
  { path: '', title: 'My feedback', component: MyFeedbackPage },
  { path: ':bookingId', title: 'Feedback', component: FeedbackPage },
];

export const planRoutes: Routes = [{ path: '', title: 'My plan', component: PlansPage }];
export const journalRoutes: Routes = [{ path: '', title: 'My journal', component: JournalPage }];
export const progressRoutes: Routes = [{ path: '', title: 'My progress', component: ProgressPage }];
export const questionBankRoutes: Routes = [{ path: '', title: 'Question bank', component: QuestionBankPage }];
export const evaluationReadsRoutes: Routes = [{ path: '', title: 'Evaluation reads', component: EvaluationReadsPage }];
export const rubricsRoutes: Routes = [{ path: '', title: 'Rubrics', component: RubricsPage }];
