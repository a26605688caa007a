import { Routes } from '@angular/router';
import { AnswerPracticePage } from './answer-practice.page';

/** Lazy-loaded under /self-practice (the app guards it with CoachingSelf). */
export const selfPracticeRoutes: Routes = [{ path: '', title: 'Practise an answer', component: AnswerPracticePage }];
