import { PeerFocus, PeerSessionStatus } from '../peer.enums';
import { roleIn } from '../peer.access';
import { PEER_GUIDES, PEER_RUBRICS } from './peer-rubrics';
import { PeerFeedbackModel, PeerSessionModel } from './peer-session.model';

export interface PeerSessionRow {
  id: string;
  first_id: string;
  second_id: string;
  focus: PeerFocus;
  starts_at: Date;
  ends_at: Date;
  status: PeerSessionStatus;
  first_offer_id: string | null;
  second_offer_id: string | null;
  first_question_ref: string;
  first_question: string;
  second_question_ref: string;
  second_question: string;
  cancelled_by: string | null;
  cancel_reason: string | null;
  cancelled_at: Date | null;
  created_at: Date;
  ical_uid: string;
  ical_sequence: number;
}

export interface PeerFeedbackRow {
  session_id: string;
  author_id: string;
  subject_id: string;
  scores: { criterion: string; score: number }[];
  comments: string;
  helpfulness: number;
  created_at: Date;
}

export const parties = (row: PeerSessionRow) => ({ id: row.id, firstId: row.first_id, secondId: row.second_id });

/** Where half-time falls. */
export function halfTime(row: Pick<PeerSessionRow, 'starts_at' | 'ends_at'>): Date {
  const start = new Date(row.starts_at).getTime();
  return new Date(start + (new Date(row.ends_at).getTime() - start) / 2);
}

const feedbackModel = (f: PeerFeedbackRow): PeerFeedbackModel => ({
  scores: f.scores,
  comments: f.comments,
  helpfulness: f.helpfulness,
  submittedAt: f.created_at,
  peer: true,
});

/**
 * A session as one of its students sees it. The question they ask is theirs from the match on;
 * the question they are asked stays hidden until their half as interviewee starts (and the
 * interviewer's guide never reaches them). Feedback is double-blind: what the partner wrote
 * shows only once the viewer has submitted theirs too.
 */
export function sessionView(row: PeerSessionRow, viewerId: string, partnerName: string, feedback: readonly PeerFeedbackRow[], noShowReported: boolean, now: Date): PeerSessionModel {
  const p = parties(row);
  const start = new Date(row.starts_at);
  const mid = halfTime(row);
  const end = new Date(row.ends_at);
  const viewerIsFirst = row.first_id === viewerId;
  const booked = row.status === PeerSessionStatus.Booked;
  // The viewer is interviewee in half 2 when first, in half 1 when second.
  const askedOfMe = viewerIsFirst ? { text: row.second_question, from: mid } : { text: row.first_question, from: start };
  const mine = viewerIsFirst ? { text: row.first_question, ref: row.first_question_ref } : { text: row.second_question, ref: row.second_question_ref };
  const given = feedback.find((f) => f.session_id === row.id && f.author_id === viewerId) ?? null;
  const theirs = feedback.find((f) => f.session_id === row.id && f.author_id !== viewerId) ?? null;
  return {
    id: row.id,
    focus: row.focus,
    status: row.status,
    startsAt: start,
    endsAt: end,
    partnerName,
    halves: [
      { number: 1, role: roleIn(1, p, viewerId), startsAt: start, endsAt: mid },
      { number: 2, role: roleIn(2, p, viewerId), startsAt: mid, endsAt: end },
    ],
    myQuestion: booked ? { text: mine.text, guide: [...PEER_GUIDES[row.focus]], fromBank: mine.ref.startsWith('bank:') } : null,
    questionForMe: booked && now >= askedOfMe.from ? askedOfMe.text : null,
    rubric: PEER_RUBRICS[row.focus].map((c) => ({ key: c.key, label: c.label, descriptors: [...c.descriptors] })),
    feedback: {
      given: given ? feedbackModel(given) : null,
      partnerSubmitted: theirs !== null,
      received: given && theirs ? feedbackModel(theirs) : null,
    },
    cancelReason: row.cancel_reason,
    cancelledByMe: row.cancelled_by === viewerId,
    noShowReported,
  };
}
