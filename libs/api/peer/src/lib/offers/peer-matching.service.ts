import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { QuestionDirectoryService } from '@debrief/api/coaching';
import { Specialty } from '@debrief/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { PeerMailer } from '../mail/peer-mailer.service';
import { levelOf, OFFER_HORIZON_DAYS, PeerFocus, PeerOfferStatus } from '../peer.enums';
import { PeerOfferGoneError } from '../peer.errors';
import { rowsOf, sqlState } from '../peer.sql';
import { PeerProfileRow, PeerProfilesService } from '../profiles/peer-profiles.service';
import { PEER_PROMPTS } from '../sessions/peer-rubrics';
import { OpenPeerOfferModel } from './peer-offer.model';
import { OfferPeerWindowsInput, PeerWindowInput } from './peer-offer.input';

const DAY = 86_400_000;
const MAX_ATTEMPTS = 4;
/** Candidates tried per request when one loses a race with a booking or workshop seat. */
const CANDIDATES = 3;

export interface OfferRow {
  id: string;
  student_id: string;
  focus: PeerFocus;
  level: number;
  languages: string[];
  starts_at: Date;
  ends_at: Date;
  status: PeerOfferStatus;
  session_id: string | null;
}

interface Candidate {
  id: string;
  student_id: string;
  starts_at: Date;
}

/**
 * Matching, in the database. Requests of one focus are serialised by a transaction-scoped
 * advisory lock, so each sees every offer committed before it and nobody waits while a fitting
 * partner is free; the waiting offer is locked (FOR UPDATE SKIP LOCKED) and both offers are
 * taken by a conditional update (status = 'OPEN'), so an offer is taken at most once; the
 * student_commitments exclusion rule refuses a session that overlaps either student's booking,
 * workshop seat or other peer session (a lost race there tries the next candidate).
 */
@Injectable()
export class PeerMatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: PeerProfilesService,
    private readonly questions: QuestionDirectoryService,
    private readonly mailer: PeerMailer,
  ) {}

  /** Offers each window; each is matched at once when a fitting offer waits. Returns the offers' ids. */
  async offer(actor: AuthUser, input: OfferPeerWindowsInput): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, w] of input.windows.entries()) ids.push(await this.retrying(() => this.db.transaction((m) => this.place(m, actor.id, w, `windows.${i}`, null))));
    return ids;
  }

  /** Takes one open offer shown to the student: a window like it, matched with that offer only. */
  async take(actor: AuthUser, offerId: string): Promise<string> {
    const [target] = (await this.db.query(`SELECT * FROM peer_offers WHERE id = $1`, [offerId])) as OfferRow[];
    if (!target || target.student_id === actor.id) throw new NotFoundError('Open peer offer', offerId);
    return this.retrying(() =>
      this.db.transaction(async (m) => {
        const offer = await this.place(m, actor.id, { startsAt: new Date(target.starts_at), endsAt: new Date(target.ends_at) }, 'offerId', offerId);
        const [mine] = (await m.query(`SELECT session_id FROM peer_offers WHERE id = $1`, [offer])) as { session_id: string | null }[];
        // Taken, blocked or no longer fitting: nothing of this attempt is kept.
        if (!mine?.session_id) throw new PeerOfferGoneError();
        return mine.session_id;
      }),
    );
  }

  /** Withdraws one of the student's waiting offers (a conditional update: not if matched meanwhile). */
  async withdraw(actor: AuthUser, offerId: string): Promise<void> {
    const rows = rowsOf(await this.db.query(`UPDATE peer_offers SET status = 'WITHDRAWN' WHERE id = $1 AND student_id = $2 AND status = 'OPEN' RETURNING id`, [offerId, actor.id]));
    if (!rows.length) {
      const [exists] = (await this.db.query(`SELECT 1 FROM peer_offers WHERE id = $1 AND student_id = $2`, [offerId, actor.id])) as unknown[];
      if (!exists) throw new NotFoundError('Peer offer', offerId);
      throw new PeerOfferGoneError();
    }
  }

  /** Other students' waiting windows that would fit the viewer (no names: the match reveals the partner). */
  async openOffers(actor: AuthUser): Promise<OpenPeerOfferModel[]> {
    const settings = await this.profiles.settings();
    const profile = await this.profiles.profileRow(this.db.manager, actor.id);
    if (!profile || !settings.enabled) return [];
    const rows: (Candidate & { level: number; focus: PeerFocus; ends_at: Date; shared: string[] })[] = await this.db.query(
      `SELECT o.id, o.focus, o.level, o.starts_at, o.ends_at,
              ARRAY(SELECT unnest(o.languages) INTERSECT SELECT unnest($4::varchar[])) AS shared
         FROM peer_offers o JOIN peer_profiles p ON p.student_id = o.student_id
        WHERE o.status = 'OPEN' AND o.focus = $1 AND abs(o.level - $2) <= 1 AND o.student_id <> $3
          AND o.ends_at - GREATEST(o.starts_at, now()) >= make_interval(mins => $5)
          AND p.suspended_at IS NULL AND (p.paused_until IS NULL OR p.paused_until <= now())
          AND NOT EXISTS (SELECT 1 FROM peer_blocks b WHERE (b.blocker_id = $3 AND b.blocked_id = o.student_id) OR (b.blocker_id = o.student_id AND b.blocked_id = $3))
        ORDER BY o.starts_at, o.id LIMIT 50`,
      [profile.focus, profile.level, actor.id, profile.languages, settings.sessionMinutes],
    );
    return rows.map((r) => ({ id: r.id, focus: r.focus, level: levelOf(r.level), startsAt: r.starts_at, endsAt: r.ends_at, sharedLanguages: r.shared }));
  }

  /**
   * Re-offers a window after the partner cancelled: the offer is open again and matched at once
   * if someone fits (in the caller's transaction, which holds the focus lock).
   */
  async reopen(m: EntityManager, offerId: string): Promise<void> {
    const [offer] = rowsOf<OfferRow>(
      await m.query(`UPDATE peer_offers SET status = 'OPEN', session_id = NULL WHERE id = $1 AND ends_at > now() RETURNING *`, [offerId]),
    );
    if (!offer) return;
    const settings = await this.profiles.settings(m);
    await this.match(m, offer, settings.sessionMinutes, null);
  }

  private async place(m: EntityManager, studentId: string, w: PeerWindowInput, field: string, onlyOfferId: string | null): Promise<string> {
    const { profile, settings } = await this.profiles.assertCanPractise(m, studentId);
    this.checkWindow(w, settings.sessionMinutes, field);
    await this.lockFocus(m, profile.focus);
    const [offer] = rowsOf<OfferRow>(
      await m.query(`INSERT INTO peer_offers (student_id, focus, level, languages, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`, [
        studentId,
        profile.focus,
        profile.level,
        profile.languages,
        w.startsAt,
        w.endsAt,
      ]),
    );
    await this.match(m, offer, settings.sessionMinutes, onlyOfferId);
    return offer.id;
  }

  private checkWindow(w: PeerWindowInput, minutes: number, field: string): void {
    const now = Date.now();
    const start = w.startsAt.getTime();
    const end = w.endsAt.getTime();
    if (!(start < end)) throw new BadInputError(field, `${field}: endsAt must be after startsAt`);
    if (end - Math.max(start, now) < minutes * 60_000) throw new BadInputError(field, `${field}: a window must leave at least ${minutes} minutes from now on`);
    if (end > now + OFFER_HORIZON_DAYS * DAY) throw new BadInputError(field, `${field}: windows must end within the next ${OFFER_HORIZON_DAYS} days`);
  }

  /** Every request of one focus, one after another (released at commit or rollback). */
  async lockFocus(m: EntityManager, focus: PeerFocus): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('peer-match:' || $1))`, [focus]);
  }

  /** Pairs `offer` with the best waiting offer that fits, if any; returns the session id. */
  async match(m: EntityManager, offer: OfferRow, minutes: number, onlyOfferId: string | null): Promise<string | null> {
    const tried: string[] = [];
    for (let i = 0; i < CANDIDATES; i++) {
      const candidate = await this.candidate(m, offer, minutes, onlyOfferId, tried);
      if (!candidate) return null;
      tried.push(candidate.id);
      await m.query(`SAVEPOINT peer_match`);
      try {
        const id = await this.book(m, candidate, offer, minutes);
        await m.query(`RELEASE SAVEPOINT peer_match`);
        return id;
      } catch (error) {
        // A booking or workshop seat of one of them was committed meanwhile: try the next one.
        if (sqlState(error).code !== '23P01') throw error;
        await m.query(`ROLLBACK TO SAVEPOINT peer_match`);
      }
    }
    return null;
  }

  /**
   * The waiting offer that fits best: same focus, level at most one step apart, windows
   * overlapping by a whole session from now on, neither side blocking the other, both free then;
   * more shared languages first, then the closer level, then the one waiting longest.
   */
  private async candidate(m: EntityManager, offer: OfferRow, minutes: number, onlyOfferId: string | null, tried: string[]): Promise<Candidate | null> {
    const rows: Candidate[] = await m.query(
      `WITH c AS (
         SELECT o.id, o.student_id, o.level, o.languages, o.created_at, GREATEST(o.starts_at, $2::timestamptz, date_trunc('minute', now()) + interval '1 minute') AS starts_at, LEAST(o.ends_at, $3::timestamptz) AS ends_at
           FROM peer_offers o
          WHERE o.status = 'OPEN' AND o.focus = $1 AND o.student_id <> $5 AND abs(o.level - $4) <= 1
            AND tstzrange(o.starts_at, o.ends_at) && tstzrange($2::timestamptz, $3::timestamptz) AND o.id <> ALL($8::uuid[]) AND ($9::uuid IS NULL OR o.id = $9)
       )
       SELECT o.id, o.student_id, c.starts_at
         FROM c JOIN peer_offers o ON o.id = c.id JOIN peer_profiles p ON p.student_id = c.student_id
        WHERE c.ends_at - c.starts_at >= make_interval(mins => $6)
          AND p.suspended_at IS NULL AND (p.paused_until IS NULL OR p.paused_until <= now())
          AND NOT EXISTS (SELECT 1 FROM peer_blocks b WHERE (b.blocker_id = $5 AND b.blocked_id = c.student_id) OR (b.blocker_id = c.student_id AND b.blocked_id = $5))
          AND NOT EXISTS (SELECT 1 FROM student_commitments sc WHERE sc.student_id IN ($5, c.student_id)
                            AND sc.during && tstzrange(c.starts_at, c.starts_at + make_interval(mins => $6)))
        ORDER BY cardinality(ARRAY(SELECT unnest(c.languages) INTERSECT SELECT unnest($7::varchar[]))) DESC, abs(c.level - $4), c.created_at, c.id
        LIMIT 1
        FOR UPDATE OF o SKIP LOCKED`,
      [offer.focus, offer.starts_at, offer.ends_at, offer.level, offer.student_id, minutes, offer.languages, tried, onlyOfferId],
    );
    return rows[0] ?? null;
  }

  /** Creates the session (the waiting student interviews first) and takes both offers, or fails. */
  private async book(m: EntityManager, waiting: Candidate, offer: OfferRow, minutes: number): Promise<string> {
    const first = await this.profiles.profileRow(m, waiting.student_id);
    const second = await this.profiles.profileRow(m, offer.student_id);
    if (!first || !second) throw new PeerOfferGoneError();
    const startsAt = new Date(waiting.starts_at);
    const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
    // Each interviewer asks a question fitting the partner, one the partner was not asked before.
    const firstAsks = await this.questionFor(m, offer.focus, second, null);
    const secondAsks = await this.questionFor(m, offer.focus, first, firstAsks.text);
    const [session] = rowsOf<{ id: string }>(
      await m.query(
        `INSERT INTO peer_sessions (first_id, second_id, focus, starts_at, ends_at, first_offer_id, second_offer_id, first_question_ref, first_question, second_question_ref, second_question)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [waiting.student_id, offer.student_id, offer.focus, startsAt, endsAt, waiting.id, offer.id, firstAsks.ref, firstAsks.text, secondAsks.ref, secondAsks.text],
      ),
    );
    const taken = rowsOf(await m.query(`UPDATE peer_offers SET status = 'MATCHED', session_id = $1 WHERE id = ANY($2::uuid[]) AND status = 'OPEN' RETURNING id`, [session.id, [waiting.id, offer.id]]));
    if (taken.length !== 2) throw new PeerOfferGoneError();
    await this.mailer.changed(m, session.id);
    return session.id;
  }

  /**
   * A question fitting the interviewee that they were not asked before (in any peer session), and
   * not `also` (the question they ask in the other half, which they know already).
   */
  private async questionFor(m: EntityManager, focus: PeerFocus, interviewee: PeerProfileRow, also: string | null): Promise<{ ref: string; text: string }> {
    const asked: { ref: string; text: string }[] = await m.query(
      `SELECT first_question_ref AS ref, first_question AS text FROM peer_sessions WHERE second_id = $1 AND status = 'BOOKED'
       UNION SELECT second_question_ref, second_question FROM peer_sessions WHERE first_id = $1 AND status = 'BOOKED'`,
      [interviewee.student_id],
    );
    const texts = [...asked.map((a) => a.text), ...(also ? [also] : [])];
    const bank = await this.questions.pick(focus as unknown as Specialty, texts, m);
    if (bank) return { ref: `bank:${bank.id}`, text: bank.text };
    const level = levelOf(interviewee.level);
    const prompts = PEER_PROMPTS[focus].filter((p) => p.levels.includes(level));
    const fresh = prompts.find((p) => !texts.includes(p.text)) ?? prompts.find((p) => p.text !== also) ?? PEER_PROMPTS[focus][0];
    return { ref: `peer:${fresh.key}`, text: fresh.text };
  }

  /** Two requests whose exclusion checks wait on each other: PostgreSQL aborts one (40P01); run it again. */
  private async retrying<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        const code = sqlState(error).code;
        if ((code === '40P01' || code === '40001') && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
    }
  }
}
