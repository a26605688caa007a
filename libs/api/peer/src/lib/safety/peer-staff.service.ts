import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@debrief/api/identity';
import { DataSource } from 'typeorm';
import { PeerReportKind } from '../peer.enums';
import { PeerReportModel, PeerStaffActionModel } from './peer-report.model';

/** What staff see of peer practice: reports and the audit of their own actions. */
@Injectable()
export class PeerStaffService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: UserDirectoryService,
  ) {}

  async reports(): Promise<PeerReportModel[]> {
    const rows: { id: string; kind: PeerReportKind; reason: string; created_at: Date; reporter_id: string; reported_id: string; starts_at: Date; against: number }[] = await this.db.query(
      `SELECT r.id, r.kind, r.reason, r.created_at, r.reporter_id, r.reported_id, s.starts_at,
              count(*) OVER (PARTITION BY r.reported_id)::int AS against
         FROM peer_reports r JOIN peer_sessions s ON s.id = r.session_id
        ORDER BY r.created_at DESC, r.id LIMIT 200`,
    );
    const name = await this.people.names(rows.flatMap((r) => [r.reporter_id, r.reported_id]));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      reason: r.reason,
      createdAt: r.created_at,
      reporterName: name(r.reporter_id),
      reportedId: r.reported_id,
      reportedName: name(r.reported_id),
      sessionStartsAt: r.starts_at,
      reportsAgainst: r.against,
    }));
  }

  async actions(): Promise<PeerStaffActionModel[]> {
    const rows: { id: string; actor_id: string; action: string; student_id: string | null; detail: object; created_at: Date }[] = await this.db.query(
      `SELECT id, actor_id, action, student_id, detail, created_at FROM peer_staff_actions ORDER BY created_at DESC, id LIMIT 200`,
    );
    const name = await this.people.names(rows.flatMap((r) => (r.student_id ? [r.actor_id, r.student_id] : [r.actor_id])));
    return rows.map((r) => ({
      id: r.id,
      actorName: name(r.actor_id),
      action: r.action,
      studentName: r.student_id ? name(r.student_id) : null,
      detail: JSON.stringify(r.detail),
      createdAt: r.created_at,
    }));
  }
}
