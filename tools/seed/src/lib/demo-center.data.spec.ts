import { isValidTimeZone } from '@debrief/shared/util-time';
import { Role, Specialty } from '@debrief/shared/domain';
import { DEMO_COACHES, DEMO_STAFF, DEMO_STUDENT, STUDENT_TIME_ZONES } from './demo-center.data';

describe('demo center data', () => {
  it('has one admin and two staff', () => {
    expect(DEMO_STAFF.filter((s) => s.role === Role.Admin)).toHaveLength(1);
    expect(DEMO_STAFF.filter((s) => s.role === Role.Staff)).toHaveLength(2);
  });

  it('has six coaches covering every specialty, across several time zones', () => {
    expect(DEMO_COACHES).toHaveLength(6);
    const covered = new Set(DEMO_COACHES.flatMap((c) => c.specialties));
    expect([...covered].sort()).toEqual(Object.values(Specialty).sort());
    expect(new Set(DEMO_COACHES.map((c) => c.timeZone)).size).toBeGreaterThanOrEqual(5);
    expect(DEMO_COACHES.some((c) => c.timeZone === 'Asia/Kolkata')).toBe(true);
  });

  it('uses only valid time zones and lower-case unique emails', () => {
    const zones = [...DEMO_STAFF, ...DEMO_COACHES, DEMO_STUDENT].map((p) => p.timeZone).concat(STUDENT_TIME_ZONES);
    expect(zones.filter((z) => !isValidTimeZone(z))).toEqual([]);
    const emails = [...DEMO_STAFF, ...DEMO_COACHES, DEMO_STUDENT].map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => e === e.toLowerCase())).toBe(true);
  });

  it('gives the demo accounts of each role the documented addresses', () => {
    expect(DEMO_STAFF.map((s) => s.email)).toEqual(expect.arrayContaining(['admin@debrief.example', 'staff@debrief.example']));
    expect(DEMO_COACHES[0].email).toBe('coach@debrief.example');
    expect(DEMO_STUDENT.email).toBe('student@debrief.example');
  });
});
