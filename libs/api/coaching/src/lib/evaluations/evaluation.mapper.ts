import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { DataSource, EntityManager, In } from 'typeorm';
import { CoachingAccess } from '../coaching.access';
import { BankQuestionEntity } from '../questions/bank-question.entity';
import { RubricVersionModel } from '../rubrics/rubric.model';
import { EvaluationEntity, EvaluationScoreEntity, SelfAssessmentEntity, StarEntryEntity } from './evaluation.entity';
import { AskedQuestionModel, CoachEvaluationModel, EvaluationScoreModel, ScoreComparisonModel, SelfAssessmentModel, StarEntryModel } from './evaluation.models';

export interface LoadedEvaluation {
  ev: EvaluationEntity;
  sessionTypeName: string;
  studentName: string;
  coachName: string;
  scores: EvaluationScoreModel[];
  starEntries: StarEntryModel[];
  questions: AskedQuestionModel[];
}

/** Evaluations with their parts and names, and their GraphQL models; reading only, never auditing. */
@Injectable()
export class EvaluationMapper {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
    private readonly people: UserDirectoryService,
    private readonly sessions: SessionDirectoryService,
  ) {}

  /** In a fixed number of queries for any number of evaluations. */
  async load(evs: EvaluationEntity[], m: EntityManager = this.db.manager): Promise<LoadedEvaluation[]> {
    if (evs.length === 0) return [];
    const ids = evs.map((e) => e.id);
    const [scores, entries, questions, name, types] = await Promise.all([
      m.getRepository(EvaluationScoreEntity).findBy({ evaluationId: In(ids) }),
      m.getRepository(StarEntryEntity).find({ where: { evaluationId: In(ids) }, order: { position: 'ASC' } }),
      m.getRepository(BankQuestionEntity).find({ where: { evaluationId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.people.names(evs.flatMap((e) => [e.studentId, e.coachId]), m),
      this.sessions.sessionTypes(evs.map((e) => e.sessionTypeId), m),
    ]);
    return evs.map((ev) => ({
      ev,
      sessionTypeName: types.get(ev.sessionTypeId)?.name ?? '',
      studentName: name(ev.studentId),
      coachName: name(ev.coachId),
      scores: scores.filter((s) => s.evaluationId === ev.id).map((s) => ({ criterionId: s.criterionId, score: Number(s.score), note: s.note })),
      starEntries: entries
        .filter((e) => e.evaluationId === ev.id)
        .map((e) => ({ id: e.id, question: e.question, competency: e.competency, situation: e.situation, task: e.task, action: e.action, result: e.result, notes: e.notes })),
      questions: questions.filter((q) => q.evaluationId === ev.id).map((q) => ({ id: q.id, text: q.text, topic: q.topic, company: q.company })),
    }));
  }

  /** The coach (or staff) view; private notes only for those who may see them. */
  async coachModels(actor: AuthUser, evs: EvaluationEntity[], m?: EntityManager): Promise<CoachEvaluationModel[]> {
    const loaded = await this.load(evs, m);
    return loaded.map((l) => ({
      id: l.ev.id,
      bookingId: l.ev.bookingId,
      rubricVersionId: l.ev.rubricVersionId,
      status: l.ev.status,
      sessionAt: l.ev.sessionAt,
      sessionTypeName: l.sessionTypeName,
      student: { id: l.ev.studentId, name: l.studentName },
      coach: { id: l.ev.coachId, name: l.coachName },
      recommendation: l.ev.recommendation,
      strengths: l.ev.strengths,
      areasForImprovement: l.ev.areasForImprovement,
      scores: l.scores,
      starEntries: l.starEntries,
      questions: l.questions,
      privateNotes: this.access.canSeePrivateNotes(actor, l.ev) ? l.ev.privateNotes : null,
      revision: l.ev.revision,
      sharedAt: l.ev.sharedAt,
      updatedAt: l.ev.updatedAt,
    }));
  }
}

export function toSelfModel(s: SelfAssessmentEntity): SelfAssessmentModel {
  return { id: s.id, bookingId: s.bookingId, rubricVersionId: s.rubricVersionId, scores: s.scores, notes: s.notes, createdAt: s.createdAt };
}

/** The coach's and the student's scores side by side, per criterion of the rubric. */
export function compare(rubric: RubricVersionModel, coach: EvaluationScoreModel[], self: SelfAssessmentEntity): ScoreComparisonModel[] {
  return rubric.criteria.map((c) => {
    const coachScore = coach.find((s) => s.criterionId === c.id)?.score ?? null;
    const selfScore = self.scores.find((s) => s.criterionId === c.id)?.score ?? null;
    const gap = coachScore != null && selfScore != null ? Math.round((selfScore - coachScore) * 10) / 10 : null;
    return { criterionId: c.id, criterionName: c.name, coachScore, selfScore, gap };
  });
}
