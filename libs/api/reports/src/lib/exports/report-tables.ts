import type { CapacityReportModel } from '../capacity/capacity.model';
import type { DemandReportModel } from '../demand/demand.model';
import type { NoShowReportModel } from '../no-shows/no-shows.model';
import type { OutcomesReportModel } from '../outcomes/outcomes.model';
import type { ReachReportModel } from '../reach/reach.model';
import type { WorkshopsReportModel } from '../workshops/workshops-report.model';

export type Cell = string | number | boolean | Date | null;

/** One sheet of an export: a title, its column headings and rows. */
export interface ReportTable {
  name: string;
  columns: string[];
  rows: Cell[][];
}

export const capacityTables = (r: CapacityReportModel): ReportTable[] => [
  {
    name: 'Capacity',
    columns: ['Coach', 'Week', 'Offered hours', 'Booked hours', 'Held hours', 'Utilization'],
    rows: r.weeks.map((w) => [w.coachName, w.weekStart, w.offeredHours, w.bookedHours, w.heldHours, w.utilization]),
  },
  { name: 'Unfilled hours', columns: ['Weekday (1 = Monday)', 'Hour', 'Unfilled hours'], rows: r.unfilled.map((u) => [u.weekday, u.hour, u.hours]) },
];

export const demandTables = (r: DemandReportModel): ReportTable[] => [
  {
    name: 'Wait to slot',
    columns: ['Session type', 'Day', 'Searches', 'Found nothing', 'Median hours to first slot', '90th percentile hours'],
    rows: r.waits.map((w) => [w.sessionTypeName, w.day, w.searches, w.empty, w.medianHours, w.p90Hours]),
  },
  { name: 'Lead time', columns: ['Session type', 'Bookings', 'Median hours ahead', '90th percentile hours'], rows: r.leadTimes.map((l) => [l.sessionTypeName, l.bookings, l.medianHours, l.p90Hours]) },
  { name: 'Changes by notice', columns: ['Change', 'Notice', 'Count'], rows: r.changes.map((c) => [c.kind, c.notice, c.count]) },
];

export const noShowTables = (r: NoShowReportModel): ReportTable[] => [
  {
    name: 'No-shows',
    columns: ['By', 'Group', 'Past sessions', 'No-shows', 'Rate', 'Late cancellations'],
    rows: [...r.rows, r.totals].map((x) => [x.dimension, x.label, x.sessions, x.noShows, x.rate, x.lateCancellations]),
  },
];

export const reachTables = (r: ReachReportModel): ReportTable[] => [
  {
    name: 'Reach',
    columns: ['By', 'Group', 'Students', 'Sessions'],
    rows: [
      ...r.byMajor.map((x) => ['Major', x.label, x.students, x.sessions] as Cell[]),
      ...r.byClassYear.map((x) => ['Class year', x.label, x.students, x.sessions] as Cell[]),
      ['New', 'new', r.newStudents, null],
      ['Returning', 'returning', r.returningStudents, null],
      ['Total', 'all', r.uniqueStudents, r.sessions],
      ['Student body', 'active students', r.studentBody, null],
    ],
  },
];

export const workshopTables = (r: WorkshopsReportModel): ReportTable[] => [
  {
    name: 'Workshops',
    columns: ['Kind', 'Title', 'Starts', 'Workshops', 'Capacity', 'Seated', 'Waitlisted', 'Promotions', 'Attended', 'No-shows', 'Fill rate', 'Attendance rate', 'No-show rate'],
    rows: [...r.workshops, ...r.series, r.totals].map((w) => [
      w.dimension,
      w.title,
      w.startsAt,
      w.workshops,
      w.capacity,
      w.seated,
      w.waitlisted,
      w.promotions,
      w.attended,
      w.noShows,
      w.fillRate,
      w.attendanceRate,
      w.noShowRate,
    ]),
  },
];

export const outcomeTables = (r: OutcomesReportModel): ReportTable[] => [
  { name: 'Scores by month', columns: ['Criterion', 'Month', 'Average', 'Scores'], rows: r.criteria.map((c) => [c.criterionName, c.month, c.average, c.scores]) },
  { name: 'Score change', columns: ['Change from (half points)', 'Students'], rows: r.change.distribution.map((d) => [d.from, d.students]) },
  { name: 'Self vs coach', columns: ['Criterion', 'Self average', 'Coach average', 'Gap', 'Pairs'], rows: r.selfGap.map((g) => [g.criterionName, g.selfAverage, g.coachAverage, g.gap, g.pairs]) },
  { name: 'Plan items', columns: ['Due', 'Done', 'Done on time'], rows: [[r.planItems.due, r.planItems.done, r.planItems.doneOnTime]] },
];

export interface StudentRow {
  name: string;
  email: string;
  major: string | null;
  classYear: number | null;
  held: number;
  noShows: number;
  lateCancellations: number;
  firstSession: Date;
  returning: boolean;
}

export const studentTables = (rows: StudentRow[]): ReportTable[] => [
  {
    name: 'Students',
    columns: ['Name', 'Email', 'Major', 'Class year', 'Held', 'No-shows', 'Late cancellations', 'First session', 'New or returning'],
    rows: rows.map((s) => [s.name, s.email, s.major, s.classYear, s.held, s.noShows, s.lateCancellations, s.firstSession, s.returning ? 'returning' : 'new']),
  },
];
