import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { JobContext, JobQueue, JobRegistry, OutboxService } from '@debrief/api/notifications';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { evaluationSharedEmail } from './evaluation-shared.template';
import { EntityManager } from 'typeorm';
import { EvaluationEntity } from './evaluation.entity';

export const EVALUATION_SHARED_JOB = 'evaluation.shared';

interface SharedPayload {
  evaluationId: string;
}

/**
 * Sharing an evaluation queues one job in the share's transaction; the worker turns it into the
 * student's email (no scores, nothing from the evaluation, never private notes).
 */
@Injectable()
export class EvaluationSharedNotifier implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly registry: JobRegistry,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: UserDirectoryService,
    private readonly sessions: SessionDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register<SharedPayload>(EVALUATION_SHARED_JOB, (p, ctx) => this.send(p, ctx));
  }

  /** In the share's transaction; a second share of the same evaluation queues nothing. */
  async shared(m: EntityManager, evaluationId: string): Promise<void> {
    await this.jobs.enqueue(m, EVALUATION_SHARED_JOB, { evaluationId } satisfies SharedPayload, { dedupeKey: `evaluation-shared:${evaluationId}` });
  }

  private async send({ evaluationId }: SharedPayload, { manager: m }: JobContext): Promise<void> {
    const ev = await m.getRepository(EvaluationEntity).findOneBy({ id: evaluationId });
    if (!ev) return;
    const [people, type] = await Promise.all([this.people.people([ev.studentId, ev.coachId], m), this.sessions.sessionType(ev.sessionTypeId, m)]);
    const student = people.get(ev.studentId);
    const coach = people.get(ev.coachId);
    if (!student || !coach || !type) throw new Error(`evaluation ${ev.id}: its student, coach or session type is missing`);
    const email = evaluationSharedEmail({
      centerName: this.config.center.name,
      studentName: student.name,
      coachName: coach.name,
      sessionTypeName: type.name,
      sessionDate: ev.sessionAt.toLocaleDateString('en-US', { timeZone: student.timeZone, dateStyle: 'long' }),
      feedbackUrl: `${this.config.publicUrl}/feedback/${ev.bookingId}`,
    });
    await this.outbox.enqueue(m, { kind: 'evaluation-shared', to: student.email, dedupeKey: `evaluation-shared:${ev.id}`, ...email });
  }
}
