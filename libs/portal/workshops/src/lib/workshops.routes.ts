import { Routes } from '@angular/router';
import { permissionGuard } from '@debrief/portal/core';
import { Permission } from '@debrief/shared/domain';
import { MyWorkshopsPage } from './catalog/my-workshops.page';
import { WorkshopCatalogPage } from './catalog/catalog.page';
import { WorkshopDetailPage } from './catalog/workshop-detail.page';
import { FacilitatingPage } from './manage/facilitating.page';
import { WorkshopCreatePage } from './manage/workshop-create.page';
import { WorkshopManagePage } from './manage/workshop-manage.page';
import { WorkshopsAdminPage } from './manage/workshops-admin.page';

/** Lazy-loaded under /workshops (the app guards it with WorkshopsRead). */
export const workshopsRoutes: Routes = [
  { path: '', title: 'Workshops', component: WorkshopCatalogPage },
  { path: 'mine', title: 'My workshops', canActivate: [permissionGuard(Permission.WorkshopsRegister)], component: MyWorkshopsPage },
  { path: ':id', title: 'Workshop', component: WorkshopDetailPage },
];

/** Lazy-loaded under /staff/workshops (the app guards it with WorkshopsManage). */
export const workshopsAdminRoutes: Routes = [
  { path: '', title: 'Manage workshops', component: WorkshopsAdminPage },
  { path: 'new', title: 'New workshop', component: WorkshopCreatePage },
  { path: ':id', title: 'Manage workshop', component: WorkshopManagePage },
];

/** Lazy-loaded under /facilitate (the app guards it with WorkshopsRun): a coach's workshops, roster and check-in. */
export const workshopsFacilitatorRoutes: Routes = [
  { path: '', title: 'Workshops I run', component: FacilitatingPage },
  { path: ':id', title: 'Roster and check-in', component: WorkshopManagePage },
];
