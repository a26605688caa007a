import { Role } from '@debrief/shared/domain';
import { navItemsFor } from './nav-items';

const labels = (role: Role | null) => navItemsFor(role).map((item) => item.label);

describe('navItemsFor', () => {
  it('gives students booking and their sessions, coaches their schedule and hours, besides the everyday pages', () => {
    expect(labels(Role.Student)).toEqual(['Home', 'Book a session', 'My sessions', 'Workshops', 'My workshops', 'Calendar feed', 'Coaches', 'My profile', 'My feedback', 'My plan', 'Practise an answer', 'Journal', 'Progress', 'Question bank']);
    expect(labels(Role.Coach)).toEqual(['Home', 'My schedule', 'Availability', 'Workshops I run', 'Calendar feed', 'Coaches', 'My profile', 'Feedback to write', 'Question bank']);
  });

  it('adds users, the outbox and the scheduling group for staff and admins', () => {
    const staff = ['Home', 'Coaches', 'My profile', 'Users', 'Outbox', 'Sign-in', 'Session types', 'Closures', 'Booking policy', 'Students', 'Workshops', 'Question bank', 'Rubrics'];
    expect(labels(Role.Staff)).toEqual(staff);
    expect(labels(Role.Admin)).toEqual([...staff.slice(0, 5), 'Evaluation reads', ...staff.slice(5)]);
  });

  it('groups the staff scheduling pages under "Scheduling"', () => {
    const scheduling = navItemsFor(Role.Staff).filter((item) => item.group === 'Scheduling');
    expect(scheduling.map((item) => item.path)).toEqual(['/staff/session-types', '/staff/closures', '/staff/policy', '/staff/students']);
    expect(navItemsFor(Role.Student).some((item) => item.group === 'Scheduling')).toBe(false);
  });

  it('groups the coaching pages under "Coaching", last', () => {
    for (const role of [Role.Student, Role.Coach]) {
      const items = navItemsFor(role);
      const first = items.findIndex((item) => item.group === 'Coaching');
      expect(items.slice(first).every((item) => item.group === 'Coaching')).toBe(true);
    }
  });

  it('shows only Home without a role', () => {
    expect(labels(null)).toEqual(['Home']);
  });
});
