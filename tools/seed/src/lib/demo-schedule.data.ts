import { Specialty } from '@debrief/shared/domain';

export interface DemoSessionType {
  key: string;
  name: string;
  category: Specialty;
  description: string;
  preparation: string;
  durationMinutes: number;
  interviewMinutes: number | null;
  bufferAfterMinutes: number;
  maxActivePerStudent: number | null;
  room: string | null;
  coaches: string[];
}

const PRIYA = 'coach@debrief.example';
const MARCUS = 'marcus.chen@debrief.example';
const AMARA = 'amara.okafor@debrief.example';
const SOFIA = 'sofia.lindqvist@debrief.example';
const DANIEL = 'daniel.whitfield@debrief.example';
const KAVYA = 'kavya.iyer@debrief.example';

export const DEMO_SESSION_TYPES: DemoSessionType[] = [
  {
    key: 'coding',
    name: 'Coding mock interview',
    category: Specialty.Coding,
    description: 'A realistic 40-minute coding round followed by 20 minutes of feedback on communication, problem solving, code and testing.',
    preparation: 'Pick the language you are most fluent in and have an editor ready. Review arrays, hash maps, trees and graphs, and practise thinking out loud.',
    durationMinutes: 60,
    interviewMinutes: 40,
    bufferAfterMinutes: 10,
    maxActivePerStudent: 2,
    room: null,
    coaches: [PRIYA, MARCUS, KAVYA],
  },
  {
    key: 'system-design',
    name: 'System design mock interview',
    category: Specialty.SystemDesign,
    description: 'Design a service end to end: requirements, high-level architecture, data model, scaling and trade-offs, then feedback.',
    preparation: 'Have a whiteboard tool open. Refresh caching, queues, replication and back-of-the-envelope estimates.',
    durationMinutes: 60,
    interviewMinutes: 40,
    bufferAfterMinutes: 10,
    maxActivePerStudent: 1,
    room: null,
    coaches: [MARCUS, PRIYA],
  },
  {
    key: 'behavioral',
    name: 'Behavioral mock interview (STAR)',
    category: Specialty.Behavioral,
    description: 'Four or five behavioral questions answered in STAR form, each scored, then feedback on specificity, ownership and results.',
    preparation: 'Prepare five stories from projects, jobs or clubs: a conflict, a failure, leadership, a tight deadline and a proud achievement, each with a measurable result.',
    durationMinutes: 45,
    interviewMinutes: 30,
    bufferAfterMinutes: 10,
    maxActivePerStudent: 2,
    room: null,
    coaches: [AMARA, SOFIA, KAVYA],
  },
  {
    key: 'product',
    name: 'Product management case',
    category: Specialty.Product,
    description: 'A product sense or metrics case with a PM interviewer, then feedback on structure and prioritisation.',
    preparation: 'Pick two products you use daily and think about who they serve, what success looks like and what you would build next.',
    durationMinutes: 60,
    interviewMinutes: 40,
    bufferAfterMinutes: 10,
    maxActivePerStudent: 1,
    room: null,
    coaches: [SOFIA],
  },
  {
    key: 'resume',
    name: 'Résumé review',
    category: Specialty.ResumeReview,
    description: 'Line-by-line review of your résumé for impact, clarity and fit with the roles you target.',
    preparation: 'Bring your current résumé (PDF) and two job postings you are interested in.',
    durationMinutes: 30,
    interviewMinutes: null,
    bufferAfterMinutes: 5,
    maxActivePerStudent: 1,
    room: 'Career Center, Room 204',
    coaches: [DANIEL, AMARA],
  },
  {
    key: 'advising',
    name: 'Career advising',
    category: Specialty.CareerAdvising,
    description: 'Plan your internship or new-grad search: timelines, target companies and how to use mock interviews well.',
    preparation: 'Write down the roles and companies you are considering and your graduation date.',
    durationMinutes: 30,
    interviewMinutes: null,
    bufferAfterMinutes: 5,
    maxActivePerStudent: 1,
    room: 'Career Center, Room 204',
    coaches: [DANIEL, AMARA],
  },
];

/** Weekly hours per coach, in the coach's own time zone: [weekday, "HH:MM", "HH:MM"]. */
export const DEMO_WEEKLY_HOURS: Record<string, [number, string, string][]> = {
  [PRIYA]: [[1, '09:00', '12:00'], [1, '13:00', '17:00'], [3, '09:00', '12:00'], [3, '13:00', '17:00'], [4, '10:00', '16:00']],
  [MARCUS]: [[1, '10:00', '14:00'], [2, '10:00', '16:00'], [4, '12:00', '18:00']],
  [AMARA]: [[1, '09:00', '13:00'], [2, '14:00', '18:00'], [3, '09:00', '13:00'], [5, '09:00', '12:00']],
  [SOFIA]: [[2, '08:00', '12:00'], [3, '15:00', '19:00'], [4, '08:00', '12:00']],
  [DANIEL]: [[1, '09:00', '17:00'], [2, '09:00', '17:00'], [3, '09:00', '12:00'], [4, '09:00', '17:00'], [5, '09:00', '12:00']],
  [KAVYA]: [[1, '18:00', '22:00'], [2, '18:00', '22:00'], [4, '18:00', '22:00'], [6, '10:00', '14:00']],
};

export const DEMO_CLOSURES = [
  { startDate: '2026-11-26', endDate: '2026-11-27', reason: 'Thanksgiving break' },
  { startDate: '2026-12-21', endDate: '2027-01-03', reason: 'Winter break' },
];
