import { Role } from '@debrief/shared/domain';
import { claimValues, displayName, mapRole } from './sso-accounts.service';
import { safeReturnTo } from './sso-state.store';

describe('single sign-on mapping', () => {
  const map = { students: Role.Student, 'career-coaches': Role.Coach, 'career-staff': Role.Staff, it: Role.Admin };

  it('maps the most privileged matching value, never to administrator', () => {
    expect(mapRole(['students', 'career-coaches'], map)).toBe(Role.Coach);
    expect(mapRole(['career-staff', 'students'], map)).toBe(Role.Staff);
    expect(mapRole(['it'], map)).toBeNull();
    expect(mapRole(['alumni'], map)).toBeNull();
    expect(mapRole([], map)).toBeNull();
  });

  it('reads a claim given as one string or a list, ignoring anything else', () => {
    expect(claimValues('student')).toEqual(['student']);
    expect(claimValues(['member', 7, 'staff'])).toEqual(['member', 'staff']);
    expect(claimValues(undefined)).toEqual([]);
    expect(claimValues({ role: 'x' })).toEqual([]);
  });

  it('names a person from the claim, or from their email when the provider gives none', () => {
    expect(displayName('  Ada   Lovelace ', 'ada@campus.example')).toBe('Ada Lovelace');
    expect(displayName(undefined, 'ada.l@campus.example')).toBe('ada.l');
    expect(displayName('x'.repeat(300), 'a@b.c')).toHaveLength(120);
  });

  it('returns only to paths inside the portal', () => {
    expect(safeReturnTo('/workshops?tab=mine')).toBe('/workshops?tab=mine');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/a b', 42, undefined, `/${'a'.repeat(600)}`]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
  });
});
