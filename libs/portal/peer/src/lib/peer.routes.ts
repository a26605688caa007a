import { Routes } from '@angular/router';
import { PeerPracticePage } from './peer-practice.page';

/** Lazy-loaded under /peer-practice (the app guards it with PeerPractice). */
export const peerRoutes: Routes = [{ path: '', title: 'Peer practice', component: PeerPracticePage }];
