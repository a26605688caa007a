import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { DataSource, EntityManager } from 'typeorm';
import { PeerMailer } from '../mail/peer-mailer.service';
import { PeerMatchingService } from '../offers/peer-matching.service';
import { PeerAccess } from '../peer.access';
import { PeerSessionStatus } from '../peer.enums';
import { PeerSessionStateError } from '../peer.errors';
import { rowsOf } from '../peer.sql';
import { PeerProfilesService } from '../profiles/peer-profiles.service';
import { PEER_RUBRICS } from './peer-rubrics';
import { CancelPeerSessionInput, ReportPeerInput, SubmitPeerFeedbackInput } from './peer-session.input';
import { PeerSessionModel } from './peer-session.model';
import { parties, PeerFeedbackRow, PeerSessionRow, sessionView } from './peer-session.view';

/** A student's peer sessions, and what either student can do with one. */
@Injectable()
export class PeerSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: PeerAccess,
    private readonly people: UserDirectoryService,
    private readonly profiles: PeerProfilesService,
    private readonly matching: PeerMatchingService,
    private readonly mailer: PeerMailer,
  ) {}

  async mine(actor: AuthUser): Promise<PeerSessionModel[]> {
    const rows: PeerSessionRow[] = await this.db.query(`SELECT * FROM peer_sessions WHERE first_id = $1 OR second_id = $1 ORDER BY starts_at DESC, id LIMIT 100`, [actor.id]);
    return this.views(actor, rows);
  }

  async one(actor: AuthUser, id: string, m: EntityManager = this.db.manager): Promise<PeerSessionModel> {
    const row = await this.row(m, id);
    this.access.assertParty(actor, row && parties(row), id);
    return (await this.views(actor, [row as PeerSessionRow], m))[0];
  }

  /** Views of many sessions with one query each for names, feedback and reports. */
  async views(actor: AuthUser, rows: PeerSessionRow[], m: EntityManager = this.db.manager): Promise<PeerSessionModel[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const feedback: PeerFeedbackRow[] = await m.query(`SELECT * FROM peer_feedback WHERE session_id = ANY($1::uuid[])`, [ids]);
    const reported: { session_id: string }[] = await m.query(`SELECT session_id FROM peer_reports WHERE session_id = ANY($1::uuid[]) AND reporter_id = $2 AND kind = 'NO_SHOW'`, [ids, actor.id]);
    const name = await this.people.names(rows.map((r) => this.access.partnerOf(parties(r), actor.id)), m);
    const noShow = new Set(reported.map((r) => r.session_id));
    const now = new Date();
    return rows.map((r) => sessionView(r, actor.id, name(this.access.partnerOf(parties(r), actor.id)), feedback, noShow.has(r.id), now));
  }

  /**
   * Cancels before the start, with the reason told to the partner: the canceller's window is
   * withdrawn, the partner's is offered again (and matched at once if someone fits).
   */
  async cancel(actor: AuthUser, input: CancelPeerSessionInput): Promise<PeerSessionModel> {
    return this.db.transaction(async (m) => {
      const row = await this.party(m, actor, input.sessionId);
      await this.matching.lockFocus(m, row.focus);
      const [cancelled] = rowsOf<PeerSessionRow>(
        await m.query(
          `UPDATE peer_sessions SET status = 'CANCELLED', cancelled_by = $2, cancel_reason = $3, cancelled_at = now(), ical_sequence = ical_sequence + 1
            WHERE id = $1 AND status = 'BOOKED' AND starts_at > now() RETURNING *`,
          [row.id, actor.id, input.reason],
        ),
      );
      if (!cancelled) throw new PeerSessionStateError('Only a booked session that has not started can be cancelled.', 'NOT_CANCELLABLE');
      const mine = row.first_id === actor.id ? row.first_offer_id : row.second_offer_id;
      const theirs = row.first_id === actor.id ? row.second_offer_id : row.first_offer_id;
      if (mine) await m.query(`UPDATE peer_offers SET status = 'WITHDRAWN', session_id = NULL WHERE id = $1`, [mine]);
      await this.mailer.changed(m, row.id);
      if (theirs) await this.matching.reopen(m, theirs);
      return this.one(actor, row.id, m);
    });
  }

  /** After the session: the rubric of the partner as interviewee and their helpfulness as interviewer; final once sent. */
  async submitFeedback(actor: AuthUser, input: SubmitPeerFeedbackInput): Promise<PeerSessionModel> {
    return this.db.transaction(async (m) => {
      const row = await this.party(m, actor, input.sessionId);
      if (row.status !== PeerSessionStatus.Booked) throw new PeerSessionStateError('This session was cancelled.', 'CANCELLED');
      if (new Date(row.ends_at) > new Date()) throw new PeerSessionStateError('Feedback opens when the session ends.', 'NOT_OVER');
      const keys = PEER_RUBRICS[row.focus].map((c) => c.key);
      const given = input.scores.map((s) => s.criterion);
      if (given.length !== keys.length || !keys.every((k) => given.includes(k))) {
        throw new BadInputError('scores', `scores: give one score for each of ${keys.join(', ')}`);
      }
      const inserted = rowsOf(
        await m.query(
          `INSERT INTO peer_feedback (session_id, author_id, subject_id, scores, comments, helpfulness) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (session_id, author_id) DO NOTHING RETURNING session_id`,
          [row.id, actor.id, this.access.partnerOf(parties(row), actor.id), JSON.stringify(keys.map((k) => ({ criterion: k, score: input.scores.find((s) => s.criterion === k)?.score }))), input.comments ?? '', input.helpfulness],
        ),
      );
      if (!inserted.length) throw new PeerSessionStateError('You already sent your feedback for this session.', 'FEEDBACK_SENT');
      return this.one(actor, row.id, m);
    });
  }

  /**
   * The partner did not come: counted towards the no-show rule; at the limit within the window,
   * their peer practice pauses with a message saying why and until when.
   */
  async reportNoShow(actor: AuthUser, sessionId: string): Promise<PeerSessionModel> {
    return this.db.transaction(async (m) => {
      const row = await this.party(m, actor, sessionId);
      if (row.status !== PeerSessionStatus.Booked || new Date(row.starts_at) > new Date()) {
        throw new PeerSessionStateError('A no-show can be reported once a booked session has started.', 'NOT_STARTED');
      }
      const partner = this.access.partnerOf(parties(row), actor.id);
      const inserted = rowsOf(
        await m.query(`INSERT INTO peer_reports (reporter_id, reported_id, session_id, kind) VALUES ($1, $2, $3, 'NO_SHOW') ON CONFLICT DO NOTHING RETURNING id`, [actor.id, partner, row.id]),
      );
      if (!inserted.length) throw new PeerSessionStateError('You already reported this.', 'ALREADY_REPORTED');
      const settings = await this.profiles.settings(m);
      const [{ count }] = (await m.query(
        `SELECT count(*)::int AS count FROM peer_reports WHERE reported_id = $1 AND kind = 'NO_SHOW' AND created_at > now() - make_interval(days => $2)`,
        [partner, settings.noShowWindowDays],
      )) as { count: number }[];
      if (count >= settings.noShowLimit) {
        await m.query(
          `UPDATE peer_profiles SET paused_until = GREATEST(COALESCE(paused_until, now()), now() + make_interval(days => $2)), pause_reason = $3, updated_at = now() WHERE student_id = $1`,
          [partner, settings.pauseDays, `Peer practice is paused after ${count} reported no-shows in ${settings.noShowWindowDays} days`],
        );
      }
      return this.one(actor, row.id, m);
    });
  }

  /** Never matched with the partner again; they are not told. */
  async block(actor: AuthUser, sessionId: string): Promise<PeerSessionModel> {
    return this.db.transaction(async (m) => {
      const row = await this.party(m, actor, sessionId);
      await m.query(`INSERT INTO peer_blocks (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [actor.id, this.access.partnerOf(parties(row), actor.id)]);
      return this.one(actor, row.id, m);
    });
  }

  /** A report to career center staff about the partner's conduct. */
  async report(actor: AuthUser, input: ReportPeerInput): Promise<PeerSessionModel> {
    return this.db.transaction(async (m) => {
      const row = await this.party(m, actor, input.sessionId);
      const inserted = rowsOf(
        await m.query(`INSERT INTO peer_reports (reporter_id, reported_id, session_id, kind, reason) VALUES ($1, $2, $3, 'CONDUCT', $4) ON CONFLICT DO NOTHING RETURNING id`, [
          actor.id,
          this.access.partnerOf(parties(row), actor.id),
          row.id,
          input.reason,
        ]),
      );
      if (!inserted.length) throw new PeerSessionStateError('You already reported this session.', 'ALREADY_REPORTED');
      return this.one(actor, row.id, m);
    });
  }

  private async row(m: EntityManager, id: string): Promise<PeerSessionRow | null> {
    const [row] = (await m.query(`SELECT * FROM peer_sessions WHERE id = $1`, [id])) as PeerSessionRow[];
    return row ?? null;
  }

  private async party(m: EntityManager, actor: AuthUser, id: string): Promise<PeerSessionRow> {
    const row = await this.row(m, id);
    this.access.assertParty(actor, row && parties(row), id);
    return row as PeerSessionRow;
  }
}
