import { PeerFocus, PeerHalfRole, PeerSessionStatus } from '../peer.enums';
import { PeerFeedbackRow, PeerSessionRow, sessionView } from './peer-session.view';

const row: PeerSessionRow = {
  id: 's1',
  first_id: 'a',
  second_id: 'b',
  focus: PeerFocus.Coding,
  starts_at: new Date('2030-01-01T10:00:00Z'),
  ends_at: new Date('2030-01-01T11:00:00Z'),
  status: PeerSessionStatus.Booked,
  first_offer_id: null,
  second_offer_id: null,
  first_question_ref: 'bank:q1',
  first_question: 'Q asked by a',
  second_question_ref: 'peer:coding-two-sum',
  second_question: 'Q asked by b',
  cancelled_by: null,
  cancel_reason: null,
  cancelled_at: null,
  created_at: new Date('2029-12-30T10:00:00Z'),
  ical_uid: 'u',
  ical_sequence: 0,
};
const at = (iso: string) => new Date(iso);
const fb = (author: string, subject: string): PeerFeedbackRow => ({ session_id: 's1', author_id: author, subject_id: subject, scores: [{ criterion: 'code', score: 3 }], comments: `from ${author}`, helpfulness: 4, created_at: at('2030-01-01T11:05:00Z') });

describe('peer session view', () => {
  it('gives each interviewer their question with the guide, and the interviewee theirs only once their half starts', () => {
    const before = at('2030-01-01T09:00:00Z');
    const a = sessionView(row, 'a', 'B', [], false, before);
    const b = sessionView(row, 'b', 'A', [], false, before);
    expect(a.myQuestion).toMatchObject({ text: 'Q asked by a', fromBank: true });
    expect(a.myQuestion?.guide.length).toBeGreaterThan(0);
    expect(b.myQuestion).toMatchObject({ text: 'Q asked by b', fromBank: false });
    expect(a.questionForMe).toBeNull();
    expect(b.questionForMe).toBeNull();

    // Half 1: a interviews b; b now sees the question asked of them, a still not theirs.
    const firstHalf = at('2030-01-01T10:00:00Z');
    expect(sessionView(row, 'b', 'A', [], false, firstHalf).questionForMe).toBe('Q asked by a');
    expect(sessionView(row, 'a', 'B', [], false, at('2030-01-01T10:29:59Z')).questionForMe).toBeNull();
    // Half 2: roles swap.
    const secondHalf = at('2030-01-01T10:30:00Z');
    const a2 = sessionView(row, 'a', 'B', [], false, secondHalf);
    expect(a2.questionForMe).toBe('Q asked by b');
    expect(a2.halves.map((h) => h.role)).toEqual([PeerHalfRole.Interviewer, PeerHalfRole.Interviewee]);
    expect(a2.halves[1].startsAt.toISOString()).toBe('2030-01-01T10:30:00.000Z');
  });

  it('never shows the partner’s feedback before the viewer submitted theirs (double-blind)', () => {
    const now = at('2030-01-01T12:00:00Z');
    const onlyB = sessionView(row, 'a', 'B', [fb('b', 'a')], false, now);
    expect(onlyB.feedback).toEqual({ given: null, partnerSubmitted: true, received: null });
    const onlyA = sessionView(row, 'a', 'B', [fb('a', 'b')], false, now);
    expect(onlyA.feedback.received).toBeNull();
    expect(onlyA.feedback.partnerSubmitted).toBe(false);
    const both = sessionView(row, 'a', 'B', [fb('a', 'b'), fb('b', 'a')], false, now);
    expect(both.feedback.received).toMatchObject({ comments: 'from b', peer: true });
  });

  it('shows no question at all once the session is cancelled', () => {
    const v = sessionView({ ...row, status: PeerSessionStatus.Cancelled, cancelled_by: 'a', cancel_reason: 'ill' }, 'a', 'B', [], false, at('2030-01-01T10:45:00Z'));
    expect(v).toMatchObject({ myQuestion: null, questionForMe: null, cancelledByMe: true, cancelReason: 'ill' });
  });
});
