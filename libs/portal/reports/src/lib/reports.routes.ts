import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { ReportsPage } from './reports.page';

/** Lazy-loaded under /reports (ReportsRead); ECharts itself loads only with this route. */
export const reportsRoutes: Routes = [
  {
    path: '',
    title: 'Reports',
    providers: [provideEchartsCore({ echarts: () => import('echarts') })],
    component: ReportsPage,
  },
];
