import { Routes } from '@angular/router';
import { PracticeRoomPage } from './practice-room.page';

/** Lazy-loaded under /practice (the app guards it with PracticeJoin). */
export const practiceRoutes: Routes = [{ path: ':sessionId', title: 'Practice room', component: PracticeRoomPage }];
