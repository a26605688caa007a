import { Role, Specialty } from '@debrief/shared/domain';

/** Everyone signs in with this password in the demo (README lists the accounts). */
export const DEMO_PASSWORD = 'debrief-demo';

export interface DemoStaff {
  email: string;
  name: string;
  role: Role.Admin | Role.Staff;
  timeZone: string;
  pronouns?: string;
}

export interface DemoCoach {
  email: string;
  name: string;
  timeZone: string;
  pronouns?: string;
  headline: string;
  bio: string;
  specialties: Specialty[];
}

export const DEMO_STAFF: DemoStaff[] = [
  { email: 'admin@debrief.example', name: 'Morgan Ellis', role: Role.Admin, timeZone: 'America/Chicago', pronouns: 'they/them' },
  { email: 'staff@debrief.example', name: 'Dana Brooks', role: Role.Staff, timeZone: 'America/Chicago', pronouns: 'she/her' },
  { email: 'luis.ortega@debrief.example', name: 'Luis Ortega', role: Role.Staff, timeZone: 'America/Chicago', pronouns: 'he/him' },
];

export const DEMO_COACHES: DemoCoach[] = [
  {
    email: 'coach@debrief.example',
    name: 'Priya Raman',
    timeZone: 'America/Los_Angeles',
    pronouns: 'she/her',
    headline: 'Staff engineer, ex-interviewer for a large cloud provider',
    bio: 'Ran more than 300 coding loops as an interviewer. Focuses on talking through your approach before you code, choosing test cases out loud, and finishing with time to spare.',
    specialties: [Specialty.Coding, Specialty.SystemDesign],
  },
  {
    email: 'marcus.chen@debrief.example',
    name: 'Marcus Chen',
    timeZone: 'America/New_York',
    pronouns: 'he/him',
    headline: 'Distributed systems architect',
    bio: 'Twelve years building payment and streaming platforms. Coaches requirement gathering, back-of-the-envelope estimates and the trade-off conversation interviewers look for in system design rounds.',
    specialties: [Specialty.SystemDesign, Specialty.Coding],
  },
  {
    email: 'amara.okafor@debrief.example',
    name: 'Amara Okafor',
    timeZone: 'Europe/London',
    pronouns: 'she/her',
    headline: 'Former campus recruiting lead',
    bio: 'Helps students turn experiences from projects, jobs and clubs into specific STAR stories with a clear personal role and a measurable result.',
    specialties: [Specialty.Behavioral, Specialty.CareerAdvising],
  },
  {
    email: 'sofia.lindqvist@debrief.example',
    name: 'Sofia Lindqvist',
    timeZone: 'Europe/Berlin',
    headline: 'Group product manager',
    bio: 'Practises product sense, metrics and prioritisation cases, and the behavioral questions product teams ask about influence without authority.',
    specialties: [Specialty.Product, Specialty.Behavioral],
  },
  {
    email: 'daniel.whitfield@debrief.example',
    name: 'Daniel Whitfield',
    timeZone: 'America/Chicago',
    pronouns: 'he/him',
    headline: 'Career advisor for engineering and data majors',
    bio: 'Reviews résumés line by line for impact and clarity, and plans internship and new-grad search timelines with students.',
    specialties: [Specialty.ResumeReview, Specialty.CareerAdvising],
  },
  {
    email: 'kavya.iyer@debrief.example',
    name: 'Kavya Iyer',
    timeZone: 'Asia/Kolkata',
    pronouns: 'she/her',
    headline: 'Senior engineer and mock-interview mentor',
    bio: 'Coaches data-structure fundamentals, clean code under time pressure and concise behavioral answers for students interviewing across time zones.',
    specialties: [Specialty.Coding, Specialty.Behavioral],
  },
];

export const DEMO_STUDENT = {
  email: 'student@debrief.example',
  name: 'Jordan Rivera',
  timeZone: 'America/New_York',
  pronouns: 'he/him',
  classYear: 2027,
  major: 'Computer Science',
};

export const MAJORS = [
  'Computer Science',
  'Data Science',
  'Electrical Engineering',
  'Mathematics',
  'Information Systems',
  'Business Analytics',
  'Economics',
  'Cognitive Science',
  'Mechanical Engineering',
  'Statistics',
];

export const STUDENT_TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata'];

export const STUDENT_COUNT = 40;
