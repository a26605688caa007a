import { randomUUID } from 'node:crypto';
import { installDefaultRubrics } from '@debrief/api/coaching';
import { BankQuestionEntity, EvaluationEntity, EvaluationRevisionEntity, EvaluationScoreEntity, ImprovementPlanEntity, JournalEntryEntity, PlanEventEntity, PlanGoalEntity, PlanItemEntity, PlanPhaseEntity, PlanResourceEntity, RubricCriterionEntity, RubricEntity, RubricVersionEntity, SelfAssessmentEntity, StarEntryEntity } from '@debrief/api/coaching/entities';
import { BookingEventKind, BookingStatus } from '@debrief/api/scheduling';
import { BookingEntity, BookingEventEntity, SessionTypeEntity } from '@debrief/api/scheduling/entities';
import { EvaluationStatus, PlanItemStatus, Specialty, StarPart } from '@debrief/shared/domain';
import { EntityManager, In } from 'typeorm';

const DAY = 86400_000;

/** A tiny deterministic PRNG (mulberry32): the same demo feedback on every machine. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS: Record<string, string[]> = {
  [Specialty.Coding]: ['Say the brute force and its complexity out loud before optimising', 'Walk through two edge cases before saying you are done', 'Name variables for what they hold'],
  [Specialty.SystemDesign]: ['Estimate scale (requests per second, storage) before drawing boxes', 'State one trade-off for every storage choice'],
  [Specialty.Behavioral]: ['Quantify the result of each story', 'Say "I", not "we", for what you did yourself', 'Keep answers near two minutes'],
  [Specialty.Product]: ['Define a success metric and a guardrail metric'],
  [Specialty.ResumeReview]: ['Lead each bullet with the result, then how'],
  [Specialty.CareerAdvising]: ['Write down three target companies with dates to apply'],
};

const QUESTIONS: Record<string, { text: string; topic: string; company: string }[]> = {
  [Specialty.Coding]: [
    { text: 'Merge k sorted lists', topic: 'Heaps', company: 'Amazon' },
    { text: 'Longest substring without repeating characters', topic: 'Sliding window', company: 'Google' },
    { text: 'Number of islands', topic: 'Graphs', company: 'Meta' },
  ],
  [Specialty.SystemDesign]: [
    { text: 'Design a URL shortener', topic: 'Storage', company: 'Stripe' },
    { text: 'Design a news feed', topic: 'Caching', company: 'Meta' },
  ],
  [Specialty.Behavioral]: [
    { text: 'Tell me about a time you disagreed with a teammate', topic: 'conflict', company: 'Amazon' },
    { text: 'Tell me about a project that failed', topic: 'failure and learning', company: 'Microsoft' },
  ],
  [Specialty.Product]: [{ text: 'How would you improve campus dining pickup?', topic: 'Product sense', company: 'DoorDash' }],
  [Specialty.ResumeReview]: [],
  [Specialty.CareerAdvising]: [],
};

/**
 * Coaching history for the demo center: shared evaluations of the completed sessions (the
 * demo student improving over time, with self-assessments), a plan with phases and items, a
 * journal, one completed session of the demo coach still to evaluate, and one session of the
 * demo student that has happened but not been marked yet (for the walkthrough).
 */
export async function seedDemoCoaching(m: EntityManager, demo: { studentId: string; coachId: string }, now = Date.now()): Promise<void> {
  await installDefaultRubrics(m);
  const random = rng(20261121);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];

  const rubrics = await m.getRepository(RubricEntity).find();
  const versions = await m.getRepository(RubricVersionEntity).find({ where: rubrics.map((r) => ({ rubricId: r.id, version: r.currentVersion })) });
  const criteria = await m.getRepository(RubricCriterionEntity).find({ where: { versionId: In(versions.map((v) => v.id)) }, order: { position: 'ASC' } });
  const rubricOf = (category: Specialty) => {
    const rubric = rubrics.find((r) => r.category === category) as RubricEntity;
    const version = versions.find((v) => v.rubricId === rubric.id) as RubricVersionEntity;
    return { version, criteria: criteria.filter((c) => c.versionId === version.id) };
  };

  const types = await m.getRepository(SessionTypeEntity).find();
  const completed = await m.getRepository(BookingEntity).find({ where: { status: BookingStatus.Completed }, order: { startsAt: 'ASC' } });
  const demoCoachLatest = [...completed].reverse().find((b) => b.coachId === demo.coachId && b.studentId !== demo.studentId);

  let demoCount = 0;
  for (const booking of completed) {
    if (booking.id === demoCoachLatest?.id) continue; // left for the demo coach to write
    const type = types.find((t) => t.id === booking.sessionTypeId) as SessionTypeEntity;
    const { version, criteria: crits } = rubricOf(type.category);
    const isDemo = booking.studentId === demo.studentId;
    // The demo student gets better session by session; everyone else is somewhere from 2 to 4.
    const base = isDemo ? 2 + Math.min(demoCount, 2) * 0.5 : 2 + random() * 1.5;
    if (isDemo) demoCount++;
    const level = () => Math.max(1, Math.min(4, Math.round(base + (random() - 0.5))));
    const sharedAt = new Date(booking.endsAt.getTime() + 3 * 3600_000);
    const areas = AREAS[type.category].slice(0, 2);
    const ev = await m.getRepository(EvaluationEntity).save(
      m.create(EvaluationEntity, {
        bookingId: booking.id,
        rubricVersionId: version.id,
        coachId: booking.coachId,
        studentId: booking.studentId,
        sessionTypeId: booking.sessionTypeId,
        sessionAt: booking.startsAt,
        status: EvaluationStatus.Shared,
        recommendation: level(),
        strengths: 'Clear structure and good energy; took hints well.',
        areasForImprovement: areas,
        privateNotes: 'Seemed nervous at the start; check in about interview anxiety next time.',
        revision: 2,
        authorId: booking.coachId,
        sharedAt,
        studentSeenAt: isDemo ? new Date(sharedAt.getTime() + DAY) : null,
      }),
    );
    const star =
      version.starEntries
        ? QUESTIONS[Specialty.Behavioral].map((q, position) => ({ position, question: q.text, competency: q.topic, situation: level(), task: level(), action: level(), result: level(), notes: '' }))
        : [];
    if (star.length) await m.getRepository(StarEntryEntity).insert(star.map((s) => ({ ...s, evaluationId: ev.id })));
    const field: Record<StarPart, 'situation' | 'task' | 'action' | 'result'> = { S: 'situation', T: 'task', A: 'action', R: 'result' };
    const scores = crits.map((c) => ({
      evaluationId: ev.id,
      criterionId: c.id,
      score: c.starPart && star.length ? Math.round((star.reduce((s, e) => s + e[field[c.starPart as StarPart]], 0) / star.length) * 10) / 10 : level(),
      note: '',
    }));
    await m.getRepository(EvaluationScoreEntity).insert(scores);
    const asked = QUESTIONS[type.category].length ? [pick(QUESTIONS[type.category])] : [];
    if (asked.length) {
      await m.getRepository(BankQuestionEntity).insert(asked.map((q) => ({ ...q, evaluationId: ev.id, sessionTypeId: type.id, category: type.category, createdAt: booking.startsAt })));
    }
    for (const [revision, action] of [[1, 'CREATED'], [2, 'SHARED']] as const) {
      await m.getRepository(EvaluationRevisionEntity).insert({ evaluationId: ev.id, revision, actorId: booking.coachId, action, snapshot: { status: action === 'SHARED' ? 'SHARED' : 'DRAFT' } });
    }
    if (isDemo) {
      await m.getRepository(SelfAssessmentEntity).insert({
        bookingId: booking.id,
        studentId: booking.studentId,
        rubricVersionId: version.id,
        scores: crits.map((c) => ({ criterionId: c.id, score: Math.min(4, Math.round(base) + 1) })),
        notes: 'I felt rushed at the end.',
      });
    }
  }

  // The demo student's plan: phases, a goal on a criterion, items done / overdue / upcoming, a resource.
  const coding = rubricOf(Specialty.Coding);
  const lastDemoEval = await m.getRepository(EvaluationEntity).findOne({ where: { studentId: demo.studentId }, order: { sessionAt: 'DESC' } });
  const planCoach = lastDemoEval?.coachId ?? demo.coachId;
  const plan = await m.getRepository(ImprovementPlanEntity).save(
    m.create(ImprovementPlanEntity, { studentId: demo.studentId, coachId: planCoach, title: 'Software engineering internship prep', createdAt: new Date(now - 42 * DAY) }),
  );
  await m.getRepository(PlanPhaseEntity).insert([
    { planId: plan.id, name: 'Foundations', startWeek: 1, endWeek: 2 },
    { planId: plan.id, name: 'Focused practice', startWeek: 3, endWeek: 6 },
    { planId: plan.id, name: 'Company-specific', startWeek: 7, endWeek: 10 },
    { planId: plan.id, name: 'Polish', startWeek: 11, endWeek: 12 },
  ]);
  const testing = coding.criteria.find((c) => c.key === 'testing');
  const goal = await m.getRepository(PlanGoalEntity).save(m.create(PlanGoalEntity, { planId: plan.id, text: 'Test every solution with edge cases before calling it done', criterionId: testing?.id ?? null }));
  const date = (offsetDays: number) => new Date(now + offsetDays * DAY).toISOString().slice(0, 10);
  await m.getRepository(PlanItemEntity).insert([
    { planId: plan.id, goalId: goal.id, title: 'Solve 10 array and string problems, writing tests first', dueOn: date(-14), status: PlanItemStatus.Done, doneAt: new Date(now - 16 * DAY), sourceEvaluationId: lastDemoEval?.id ?? null },
    { planId: plan.id, goalId: goal.id, title: 'Record one mock answer and list the edge cases you missed', dueOn: date(-2), status: PlanItemStatus.Doing },
    { planId: plan.id, title: 'Practise three STAR stories with numbers in the result', dueOn: date(10), status: PlanItemStatus.Todo },
  ]);
  await m.getRepository(PlanResourceEntity).insert({ planId: plan.id, title: 'Tech Interview Handbook: coding interview rubrics', url: 'https://www.techinterviewhandbook.org/coding-interview-rubrics/' });
  await m.getRepository(PlanEventEntity).insert({ planId: plan.id, actorId: planCoach, summary: 'Created the plan “Software engineering internship prep”', at: new Date(now - 42 * DAY) });

  await m.getRepository(JournalEntryEntity).insert(
    [
      { days: 35, practised: 'Two-pointer problems', questions: 'Container with most water', levels: [['Arrays', 2], ['Behavioral stories', 2]] },
      { days: 21, practised: 'Graph BFS/DFS and a mock behavioral round with a friend', questions: 'Number of islands; a conflict story', levels: [['Arrays', 3], ['Graphs', 2], ['Behavioral stories', 3]] },
      { days: 7, practised: 'Timed mediums, testing out loud', questions: 'Merge intervals', levels: [['Arrays', 4], ['Graphs', 3], ['Behavioral stories', 3]] },
    ].map((j) => ({
      studentId: demo.studentId,
      practisedOn: date(-j.days),
      practised: j.practised,
      questionsMet: j.questions,
      confidence: j.levels.map(([topic, level]) => ({ topic: topic as string, level: level as number })),
    })),
  );

  // A behavioral session of the demo student that ended an hour ago and is not marked yet.
  const behavioral = types.find((t) => t.category === Specialty.Behavioral);
  const coachRow: { coach_id: string }[] = behavioral ? await m.query(`SELECT s.coach_id FROM session_type_coaches s JOIN users u ON u.id = s.coach_id WHERE s.session_type_id = $1 ORDER BY u.email LIMIT 1`, [behavioral.id]) : [];
  if (behavioral && coachRow[0]) {
    const end = Math.floor((now - 3600_000) / 900_000) * 900_000;
    const start = end - behavioral.durationMinutes * 60_000;
    const booking = await m.getRepository(BookingEntity).save(
      m.create(BookingEntity, {
        sessionTypeId: behavioral.id,
        coachId: coachRow[0].coach_id,
        studentId: demo.studentId,
        startsAt: new Date(start),
        endsAt: new Date(end),
        blockedFrom: new Date(start),
        blockedTo: new Date(end + behavioral.bufferAfterMinutes * 60_000),
        status: BookingStatus.Booked,
        assignment: "student's choice",
        location: behavioral.room ?? 'Video call — your coach shares the link',
        icalUid: randomUUID(),
      }),
    );
    await m.getRepository(BookingEventEntity).insert({ bookingId: booking.id, kind: BookingEventKind.Booked, actorId: demo.studentId, at: new Date(start - 5 * DAY), toStartsAt: booking.startsAt });
  }
}
