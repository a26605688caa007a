import { Role } from '@debrief/shared/domain';
import { navItemsFor } from './nav-items';

const labels = (role: Role | null) => navItemsFor(role).map((item) => item.label);

describe('navItemsFor', () => {
  it('gives students and coaches the everyday pages only', () => {
    expect(labels(Role.Student)).toEqual(['Home', 'Coaches', 'My profile']);
    expect(labels(Role.Coach)).toEqual(['Home', 'Coaches', 'My profile']);
  });

  it('adds users and the outbox for staff and admins', () => {
    expect(labels(Role.Staff)).toEqual(['Home', 'Coaches', 'My profile', 'Users', 'Outbox']);
    expect(labels(Role.Admin)).toEqual(['Home', 'Coaches', 'My profile', 'Users', 'Outbox']);
  });

  it('shows only Home without a role', () => {
    expect(labels(null)).toEqual(['Home']);
  });
});
