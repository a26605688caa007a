import { Route } from '@angular/router';
import { permissionGuard, signedInGuard, signedOutGuard } from '@debrief/portal/core';
import { Permission } from '@debrief/shared/domain';
import { PublicLayoutComponent } from './layout/public-layout.component';
import { ShellComponent } from './layout/shell.component';
import { NotFoundPage } from './not-found.page';

export const appRoutes: Route[] = [
  // Each signed-out page gets its own layout route: an empty-path layout parent would match "/"
  // with no child and never fall through to the shell.
  {
    path: 'sign-in',
    component: PublicLayoutComponent,
    canActivate: [signedOutGuard],
    children: [
      {
        path: '',
        title: 'Sign in',
        loadComponent: () => import('@debrief/portal/identity').then((m) => m.SignInPage),
      },
    ],
  },
  {
    path: 'accept-invite',
    component: PublicLayoutComponent,
    children: [
      {
        path: '',
        title: 'Accept your invitation',
        loadComponent: () => import('@debrief/portal/identity').then((m) => m.AcceptInvitePage),
      },
    ],
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Home',
        loadComponent: () => import('@debrief/portal/identity').then((m) => m.HomePage),
      },
      {
        path: 'coaches',
        canActivate: [permissionGuard(Permission.CoachesRead)],
        loadChildren: () => import('@debrief/portal/coaches').then((m) => m.coachesRoutes),
      },
      {
        path: 'book',
        canActivate: [permissionGuard(Permission.BookingsBook)],
        loadChildren: () => import('@debrief/portal/scheduling').then((m) => m.bookRoutes),
      },
      {
        path: 'sessions',
        canActivate: [permissionGuard(Permission.BookingsReadOwn)],
        loadChildren: () => import('@debrief/portal/scheduling').then((m) => m.sessionsRoutes),
      },
      {
        path: 'practice',
        canActivate: [permissionGuard(Permission.PracticeJoin)],
        loadChildren: () => import('@debrief/portal/practice').then((m) => m.practiceRoutes),
      },
      {
        path: 'schedule',
        canActivate: [permissionGuard(Permission.SessionsRun)],
        loadChildren: () => import('@debrief/portal/scheduling').then((m) => m.scheduleRoutes),
      },
      {
        path: 'availability',
        canActivate: [permissionGuard(Permission.AvailabilityUpdate)],
        loadChildren: () => import('@debrief/portal/scheduling').then((m) => m.availabilityRoutes),
      },
      {
        path: 'coaching',
        canActivate: [permissionGuard(Permission.EvaluationsWrite)],
        loadChildren: () => import('@debrief/portal/coaching').then((m) => m.coachingRoutes),
      },
      {
        path: 'feedback',
        canActivate: [permissionGuard(Permission.CoachingSelf)],
        loadChildren: () => import('@debrief/portal/coaching').then((m) => m.feedbackRoutes),
      },
      {
        path: 'plan',
        canActivate: [permissionGuard(Permission.CoachingSelf)],
        loadChildren: () => import('@debrief/portal/coaching').then((m) => m.planRoutes),
      },
      {
        path: 'journal',
        canActivate: [permissionGuard(Permission.CoachingSelf)],
        loadChildren: () => import('@debrief/portal/coaching').then((m) => m.journalRoutes),
      },
      {
        path: 'self-practice',
        canActivate: [permissionGuard(Permission.CoachingSelf)],
        loadChildren: () => import('@debrief/portal/self-practice').then((m) => m.selfPracticeRoutes),
      },
      {
        path: 'progress',
        canActivate: [permissionGuard(Permission.CoachingSelf)],
        loadChildren: () => import('@debrief/portal/coaching').then((m) => m.progressRoutes),
      },
      {
        path: 'questions',
        canActivate: [permissionGuard(Permission.CoachingRead)],
        loadChildren: () => import('@debrief/portal/coaching').then((m) => m.questionBankRoutes),
      },
      {
        path: 'rubrics',
        canActivate: [permissionGuard(Permission.RubricsManage)],
        loadChildren: () => import('@debrief/portal/coaching').then((m) => m.rubricsRoutes),
      },
      {
        path: 'admin/evaluation-reads',
        canActivate: [permissionGuard(Permission.EvaluationsAudit)],
        loadChildren: () => import('@debrief/portal/coaching').then((m) => m.evaluationReadsRoutes),
      },
      {
        path: 'profile',
        title: 'My profile',
        canActivate: [permissionGuard(Permission.ProfileUpdateOwn)],
        loadComponent: () => import('@debrief/portal/identity').then((m) => m.ProfilePage),
      },
      {
        path: 'admin/users',
        title: 'Users',
        canActivate: [permissionGuard(Permission.UsersRead)],
        loadComponent: () => import('@debrief/portal/identity').then((m) => m.UsersPage),
      },
      {
        path: 'admin/sign-in',
        title: 'Sign-in settings',
        canActivate: [permissionGuard(Permission.SignInManage)],
        loadComponent: () => import('@debrief/portal/identity').then((m) => m.SignInSettingsPage),
      },
      {
        path: 'outbox',
        title: 'Outbox',
        canActivate: [permissionGuard(Permission.OutboxRead)],
        loadComponent: () => import('@debrief/portal/notifications').then((m) => m.OutboxPage),
      },
      {
        path: 'calendar-feed',
        title: 'Calendar feed',
        canActivate: [permissionGuard(Permission.BookingsReadOwn)],
        loadComponent: () => import('@debrief/portal/notifications').then((m) => m.CalendarFeedPage),
      },
      {
        path: 'workshops',
        canActivate: [permissionGuard(Permission.WorkshopsRead)],
        loadChildren: () => import('@debrief/portal/workshops').then((m) => m.workshopsRoutes),
      },
      {
        path: 'facilitate',
        canActivate: [permissionGuard(Permission.WorkshopsRun)],
        loadChildren: () => import('@debrief/portal/workshops').then((m) => m.workshopsFacilitatorRoutes),
      },
      {
        path: 'staff/workshops',
        canActivate: [permissionGuard(Permission.WorkshopsManage)],
        loadChildren: () => import('@debrief/portal/workshops').then((m) => m.workshopsAdminRoutes),
      },
      {
        // Each staff scheduling page checks its own permission (SessionTypesManage or SchedulingManage).
        path: 'staff',
        loadChildren: () => import('@debrief/portal/scheduling-admin').then((m) => m.schedulingAdminRoutes),
      },
      { path: '**', title: 'Page not found', component: NotFoundPage },
    ],
  },
];
