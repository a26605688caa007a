import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@debrief/api/core';
import { DataSource } from 'typeorm';
import { PeerSessionModel } from '../sessions/peer-session.model';
import { PeerSessionRow } from '../sessions/peer-session.view';
import { PeerSessionsService } from '../sessions/peer-sessions.service';
import { OfferPeerWindowsInput } from './peer-offer.input';
import { OfferRow, PeerMatchingService } from './peer-matching.service';
import { OpenPeerOfferModel, PeerOfferModel } from './peer-offer.model';

/** The student's offers as models (each with its session once matched); matching itself is PeerMatchingService's. */
@Injectable()
export class PeerOffersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matching: PeerMatchingService,
    private readonly sessions: PeerSessionsService,
  ) {}

  /** Waiting and matched offers still ahead, soonest first. */
  async mine(actor: AuthUser): Promise<PeerOfferModel[]> {
    const rows: OfferRow[] = await this.db.query(
      `SELECT * FROM peer_offers WHERE student_id = $1 AND status <> 'WITHDRAWN' AND ends_at > now() ORDER BY starts_at, id LIMIT 100`,
      [actor.id],
    );
    return this.models(actor, rows);
  }

  async offer(actor: AuthUser, input: OfferPeerWindowsInput): Promise<PeerOfferModel[]> {
    const ids = await this.matching.offer(actor, input);
    const rows: OfferRow[] = await this.db.query(`SELECT * FROM peer_offers WHERE id = ANY($1::uuid[]) ORDER BY starts_at, id`, [ids]);
    return this.models(actor, rows);
  }

  async take(actor: AuthUser, offerId: string): Promise<PeerSessionModel> {
    return this.sessions.one(actor, await this.matching.take(actor, offerId));
  }

  async withdraw(actor: AuthUser, offerId: string): Promise<PeerOfferModel> {
    await this.matching.withdraw(actor, offerId);
    const rows: OfferRow[] = await this.db.query(`SELECT * FROM peer_offers WHERE id = $1`, [offerId]);
    return (await this.models(actor, rows))[0];
  }

  open(actor: AuthUser): Promise<OpenPeerOfferModel[]> {
    return this.matching.openOffers(actor);
  }

  private async models(actor: AuthUser, rows: OfferRow[]): Promise<PeerOfferModel[]> {
    const sessionIds = rows.map((r) => r.session_id).filter((id): id is string => !!id);
    const sessionRows: PeerSessionRow[] = sessionIds.length ? await this.db.query(`SELECT * FROM peer_sessions WHERE id = ANY($1::uuid[])`, [sessionIds]) : [];
    const views = new Map((await this.sessions.views(actor, sessionRows)).map((v) => [v.id, v]));
    return rows.map((r) => ({ id: r.id, focus: r.focus, startsAt: r.starts_at, endsAt: r.ends_at, status: r.status, session: (r.session_id && views.get(r.session_id)) || null }));
  }
}
