import { capacityWeeksSql, unfilledSql } from './capacity/capacity.report';
import { changesSql, leadTimesSql, waitsSql } from './demand/demand.report';
import { studentsSql } from './exports/students.report';
import { blockedNowSql, noShowsSql } from './no-shows/no-shows.report';
import { changeSql, criteriaSql, planItemsSql, selfGapSql } from './outcomes/outcomes.report';
import { reachSql, studentBodySql } from './reach/reach.report';
import { workshopsSql } from './workshops/workshops.report';

/** Every statement of every report, by name (for benchmarks and query plans). */
export const REPORT_STATEMENTS = {
  capacityWeeks: capacityWeeksSql,
  unfilled: unfilledSql,
  waits: waitsSql,
  leadTimes: leadTimesSql,
  changes: changesSql,
  noShows: noShowsSql,
  blockedNow: blockedNowSql,
  reach: reachSql,
  studentBody: studentBodySql,
  workshops: workshopsSql,
  criteria: criteriaSql,
  change: changeSql,
  selfGap: selfGapSql,
  planItems: planItemsSql,
  students: studentsSql,
};
