import { Role } from '@debrief/shared/domain';
import { navItemsFor } from './nav-items';

const labels = (role: Role | null) => navItemsFor(role).map((item) => item.label);

describe('navItemsFor', () => {
  it('gives students booking and their sessions, coaches their schedule and hours, besides the everyday pages', () => {
    expect(labels(Role.Student)).toEqual(['Home', 'Book a session', 'My sessions', 'Workshops', 'My workshops', 'Calendar feed', 'Coaches', 'My profile']);
    expect(labels(Role.Coach)).toEqual(['Home', 'My schedule', 'Availability', 'Workshops I run', 'Calendar feed', 'Coaches', 'My profile']);
  });

  it('adds users, the outbox and the scheduling group for staff and admins', () => {
    const staff = ['Home', 'Coaches', 'My profile', 'Users', 'Outbox', 'Session types', 'Closures', 'Booking policy', 'Students', 'Workshops'];
    expect(labels(Role.Staff)).toEqual(staff);
    expect(labels(Role.Admin)).toEqual(staff);
  });

  it('groups the staff scheduling pages under "Scheduling"', () => {
    const scheduling = navItemsFor(Role.Staff).filter((item) => item.group === 'Scheduling');
    expect(scheduling.map((item) => item.path)).toEqual(['/staff/session-types', '/staff/closures', '/staff/policy', '/staff/students']);
    expect(navItemsFor(Role.Student).some((item) => item.group === 'Scheduling')).toBe(false);
  });

  it('shows only Home without a role', () => {
    expect(labels(null)).toEqual(['Home']);
  });
});
