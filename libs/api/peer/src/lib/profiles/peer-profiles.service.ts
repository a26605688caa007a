import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { Role } from '@debrief/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { levelOf, levelRank, PeerFocus } from '../peer.enums';
import { PeerPracticeUnavailableError } from '../peer.errors';
import { rowsOf } from '../peer.sql';
import { PeerProfileModel, PeerSettingsModel, PeerStudentModel } from './peer-profile.model';
import { SavePeerProfileInput, SetPeerSuspensionInput, UpdatePeerSettingsInput } from './peer-profile.input';

export interface PeerProfileRow {
  student_id: string;
  focus: PeerFocus;
  level: number;
  languages: string[];
  target_companies: string[];
  suspended_at: Date | null;
  suspended_reason: string | null;
  paused_until: Date | null;
  pause_reason: string | null;
}

const unique = (values: readonly string[] | undefined) => [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];

/** The center's settings, a student's profile, and staff's on/off switches (every staff write audited). */
@Injectable()
export class PeerProfilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: UserDirectoryService,
  ) {}

  async settings(m: EntityManager = this.db.manager): Promise<PeerSettingsModel> {
    const [row] = await m.query(
      `SELECT enabled, session_minutes AS "sessionMinutes", no_show_limit AS "noShowLimit", no_show_window_days AS "noShowWindowDays", pause_days AS "pauseDays" FROM peer_settings WHERE id = 1`,
    );
    return row as PeerSettingsModel;
  }

  async profileRow(m: EntityManager, studentId: string, lock = false): Promise<PeerProfileRow | null> {
    const [row] = await m.query(`SELECT * FROM peer_profiles WHERE student_id = $1${lock ? ' FOR UPDATE' : ''}`, [studentId]);
    return (row as PeerProfileRow | undefined) ?? null;
  }

  async mine(actor: AuthUser): Promise<PeerProfileModel | null> {
    const row = await this.profileRow(this.db.manager, actor.id);
    return row ? this.toModel(row, await this.settings()) : null;
  }

  async save(actor: AuthUser, input: SavePeerProfileInput): Promise<PeerProfileModel> {
    await this.db.query(
      `INSERT INTO peer_profiles (student_id, focus, level, languages, target_companies) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (student_id) DO UPDATE SET focus = EXCLUDED.focus, level = EXCLUDED.level, languages = EXCLUDED.languages,
         target_companies = EXCLUDED.target_companies, updated_at = now()`,
      [actor.id, input.focus, levelRank(input.level), unique(input.languages), unique(input.targetCompanies)],
    );
    return (await this.mine(actor)) as PeerProfileModel;
  }

  /**
   * The student's profile when they may practise now: the center has peer practice on, they have
   * a profile, staff have not suspended them and the no-show rule has not paused them.
   */
  async assertCanPractise(m: EntityManager, studentId: string): Promise<{ profile: PeerProfileRow; settings: PeerSettingsModel }> {
    const settings = await this.settings(m);
    if (!settings.enabled) throw new PeerPracticeUnavailableError('CENTER_OFF', 'Peer practice is turned off for the center.');
    const profile = await this.profileRow(m, studentId);
    if (!profile) throw new PeerPracticeUnavailableError('NO_PROFILE', 'Save your peer practice profile first.');
    if (profile.suspended_at) {
      throw new PeerPracticeUnavailableError('SUSPENDED', `Career center staff suspended your peer practice${profile.suspended_reason ? `: ${profile.suspended_reason}` : '.'}`);
    }
    if (profile.paused_until && new Date(profile.paused_until) > new Date()) {
      throw new PeerPracticeUnavailableError('PAUSED', `${profile.pause_reason ?? 'Your peer practice is paused'} until ${new Date(profile.paused_until).toISOString()}.`, new Date(profile.paused_until));
    }
    return { profile, settings };
  }

  async updateSettings(actor: AuthUser, input: UpdatePeerSettingsInput): Promise<PeerSettingsModel> {
    if (input.sessionMinutes % 2 !== 0) throw new BadInputError('sessionMinutes', 'sessionMinutes: must be even (two equal halves)');
    return this.db.transaction(async (m) => {
      await m.query(
        `UPDATE peer_settings SET enabled = $1, session_minutes = $2, no_show_limit = $3, no_show_window_days = $4, pause_days = $5, updated_at = now() WHERE id = 1`,
        [input.enabled, input.sessionMinutes, input.noShowLimit, input.noShowWindowDays, input.pauseDays],
      );
      await this.audit(m, actor, 'settings.update', null, { ...input });
      return this.settings(m);
    });
  }

  async setSuspension(actor: AuthUser, input: SetPeerSuspensionInput): Promise<PeerStudentModel> {
    const person = await this.people.person(input.studentId);
    if (!person || person.role !== Role.Student) throw new NotFoundError('Student', input.studentId);
    await this.db.transaction(async (m) => {
      const rows = rowsOf(await m.query(
        `UPDATE peer_profiles SET suspended_at = CASE WHEN $2 THEN COALESCE(suspended_at, now()) END, suspended_reason = CASE WHEN $2 THEN $3 END, updated_at = now()
          WHERE student_id = $1 RETURNING student_id`,
        [input.studentId, input.suspended, input.reason ?? null],
      ));
      if (!rows.length) throw new NotFoundError('Peer profile', input.studentId);
      await this.audit(m, actor, input.suspended ? 'student.suspend' : 'student.unsuspend', input.studentId, { reason: input.reason ?? null });
    });
    return (await this.students([input.studentId]))[0];
  }

  /** Staff's view of students' standing: the given ones, or every student with a profile. */
  async students(ids?: readonly string[]): Promise<PeerStudentModel[]> {
    const rows: { student_id: string; suspended_at: Date | null; suspended_reason: string | null; paused_until: Date | null; sessions: number; reports: number }[] = await this.db.query(
      `SELECT p.student_id, p.suspended_at, p.suspended_reason, p.paused_until,
              (SELECT count(*)::int FROM peer_sessions s WHERE (s.first_id = p.student_id OR s.second_id = p.student_id) AND s.status = 'BOOKED') AS sessions,
              (SELECT count(*)::int FROM peer_reports r WHERE r.reported_id = p.student_id) AS reports
         FROM peer_profiles p WHERE ($1::uuid[] IS NULL OR p.student_id = ANY($1)) ORDER BY p.created_at LIMIT 500`,
      [ids ? [...ids] : null],
    );
    const name = await this.people.names(rows.map((r) => r.student_id));
    return rows.map((r) => ({
      studentId: r.student_id,
      name: name(r.student_id),
      suspended: r.suspended_at !== null,
      suspendedReason: r.suspended_reason,
      pausedUntil: r.paused_until,
      sessions: r.sessions,
      reportsAgainst: r.reports,
    }));
  }

  async audit(m: EntityManager, actor: AuthUser, action: string, studentId: string | null, detail: object): Promise<void> {
    await m.query(`INSERT INTO peer_staff_actions (actor_id, action, student_id, detail) VALUES ($1, $2, $3, $4)`, [actor.id, action, studentId, JSON.stringify(detail)]);
  }

  toModel(row: PeerProfileRow, settings: PeerSettingsModel): PeerProfileModel {
    return {
      focus: row.focus,
      level: levelOf(row.level),
      languages: row.languages,
      targetCompanies: row.target_companies,
      suspended: row.suspended_at !== null,
      suspendedReason: row.suspended_reason,
      pausedUntil: row.paused_until && new Date(row.paused_until) > new Date() ? row.paused_until : null,
      pauseReason: row.paused_until && new Date(row.paused_until) > new Date() ? row.pause_reason : null,
      centerEnabled: settings.enabled,
      sessionMinutes: settings.sessionMinutes,
    };
  }
}
