import { Routes } from '@angular/router';
import { PeerPracticePage } from './peer-practice.page';
import { PeerStaffPage } from './peer-staff.page';

/** Lazy-loaded under /peer-practice (the app guards it with PeerPractice). */
export const peerRoutes: Routes = [{ path: '', title: 'Peer practice', component: PeerPracticePage }];

/** Lazy-loaded under /staff/peer-practice (the app guards it with PeerManage). */
export const peerStaffRoutes: Routes = [{ path: '', title: 'Peer practice (staff)', component: PeerStaffPage }];
