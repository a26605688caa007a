import { Injectable } from '@nestjs/common';
import { AuthUser } from '@debrief/api/core';
import { EvaluationStatus } from '@debrief/shared/domain';
import { CriterionScoreInput, StarEntryInput } from './evaluation.inputs';
import { EvaluationWritesService } from './evaluation-writes.service';

/** What the practice room's private pane writes: scores and notes per criterion, STAR answers, private notes. */
export interface LiveDraftContent {
  scores: CriterionScoreInput[];
  starEntries: StarEntryInput[];
  /** The questions given in the room, in order: the evaluation's "questions asked". */
  questions: { text: string; topic: string; company: string }[];
  privateNotes: string;
}

export interface LiveDraftSaved {
  evaluationId: string;
  status: EvaluationStatus;
  revision: number;
  savedAt: Date;
}

/**
 * Coaching's published write interface for the live evaluation draft (the practice room's
 * coach pane). Coaching keeps its tables and rules: the same validation against the rubric and
 * the same "its coach or staff" rule as the evaluation page; the caller decides when its room is open.
 */
@Injectable()
export class LiveEvaluationService {
  constructor(private readonly writes: EvaluationWritesService) {}

  async save(actor: AuthUser, bookingId: string, content: LiveDraftContent): Promise<LiveDraftSaved> {
    const ev = await this.writes.saveDraft(actor, bookingId, content);
    return { evaluationId: ev.id, status: ev.status, revision: ev.revision, savedAt: ev.updatedAt };
  }
}
