import { accessSql, AuthUser, positional } from '@debrief/api/core';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { EvaluationStatus, Role } from '@debrief/shared/domain';
import { CoachingAccess, EVALUATION_ACCESS_COLUMNS, EvaluationParties } from './coaching.access';

const as = (role: Role, id: string): AuthUser => ({ id, role, email: `${id}@x.edu`, name: id, timeZone: 'UTC', sessionId: 's' });
const ev = (status: EvaluationStatus, studentId = 'stu'): EvaluationParties => ({ studentId, coachId: 'coa', authorId: 'coa', status });

describe('CoachingAccess', () => {
  const access = new CoachingAccess({} as SessionDirectoryService);

  it("shows a student their own evaluations once shared, never a draft or another student's", () => {
    const student = as(Role.Student, 'stu');
    expect(access.canReadAsStudent(student, ev(EvaluationStatus.Shared))).toBe(true);
    expect(access.canReadAsStudent(student, ev(EvaluationStatus.Draft))).toBe(false);
    expect(access.canReadAsStudent(student, ev(EvaluationStatus.Shared, 'other'))).toBe(false);
    expect(access.canReadAsStudent(as(Role.Coach, 'stu'), ev(EvaluationStatus.Shared))).toBe(false);
  });

  it('writes the same rule as the SQL that progress and the question bank filter on', () => {
    const params: unknown[] = ['first'];
    expect(accessSql(access.sharedWithRule('stu'), 'e', EVALUATION_ACCESS_COLUMNS, positional(params))).toBe('(e.student_id = $2 AND e.status = $3)');
    expect(params).toEqual(['first', 'stu', EvaluationStatus.Shared]);
    const bank: unknown[] = [];
    expect(accessSql(access.sharedRule(), 'e', EVALUATION_ACCESS_COLUMNS, positional(bank))).toBe('e.status = $1');
    expect(bank).toEqual([EvaluationStatus.Shared]);
  });
});
