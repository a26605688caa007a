import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, formulaSafe, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { WorkshopEntity } from '../workshops/workshop.entity';
import { RosterEntryModel } from '../workshops/workshop.model';
import { WorkshopsAccess } from '../workshops.access';
import { RegistrationStatus } from '../workshops.enums';

const ORDER: Record<RegistrationStatus, number> = {
  [RegistrationStatus.Registered]: 0,
  [RegistrationStatus.Attended]: 0,
  [RegistrationStatus.NoShow]: 0,
  [RegistrationStatus.Waitlisted]: 1,
  [RegistrationStatus.Cancelled]: 2,
};


/**
 * A workshop's roster: seat holders (by name), the waitlist in order, then cancellations;
 * searchable by name or email for check-in, and exportable as CSV.
 */
@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: WorkshopsAccess,
    private readonly people: UserDirectoryService,
  ) {}

  async roster(actor: AuthUser, workshopId: string, search?: string | null): Promise<RosterEntryModel[]> {
    const w = await this.db.getRepository(WorkshopEntity).findOneBy({ id: workshopId });
    if (!w) throw new NotFoundError('Workshop', workshopId);
    this.access.assertCanRun(actor, w);
    const rows = (await this.db.query(
      `SELECT r.id AS "registrationId", r.student_id AS "studentId",
              r.status, r.queue_no AS "queueNo", r.created_at AS "createdAt", r.promoted_at AS "promotedAt",
              r.cancelled_at AS "cancelledAt", r.checked_in_at AS "checkedInAt"
         FROM workshop_registrations r
        WHERE r.workshop_id = $1
        ORDER BY r.queue_no`,
      [workshopId],
    )) as Omit<RosterEntryModel, 'waitlistPosition' | 'name' | 'email' | 'classYear' | 'major'>[];
    const ids = rows.map((r) => r.studentId);
    const [people, profiles] = await Promise.all([this.people.people(ids), this.people.studentProfiles(ids)]);
    let position = 0;
    const entries: RosterEntryModel[] = rows.map((r) => ({
      ...r,
      name: people.get(r.studentId)?.name ?? '',
      email: people.get(r.studentId)?.email ?? '',
      classYear: profiles.get(r.studentId)?.classYear ?? null,
      major: profiles.get(r.studentId)?.major ?? null,
      waitlistPosition: r.status === RegistrationStatus.Waitlisted ? ++position : null,
    }));
    entries.sort((a, b) => ORDER[a.status] - ORDER[b.status] || (ORDER[a.status] === 0 ? a.name.localeCompare(b.name) : a.queueNo - b.queueNo));
    const needle = search?.trim().toLowerCase();
    return needle ? entries.filter((e) => e.name.toLowerCase().includes(needle) || e.email.toLowerCase().includes(needle)) : entries;
  }

  /** One roster line (after a check-in). */
  async entry(actor: AuthUser, registrationId: string): Promise<RosterEntryModel> {
    const [row] = (await this.db.query(`SELECT workshop_id AS "workshopId" FROM workshop_registrations WHERE id = $1`, [registrationId])) as { workshopId: string }[];
    if (!row) throw new NotFoundError('Registration', registrationId);
    const found = (await this.roster(actor, row.workshopId)).find((e) => e.registrationId === registrationId);
    if (!found) throw new NotFoundError('Registration', registrationId);
    return found;
  }

  async csv(actor: AuthUser, workshopId: string): Promise<string> {
    const entries = await this.roster(actor, workshopId);
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');
    return stringify(
      entries.map((e) => [formulaSafe(e.name), formulaSafe(e.email), e.classYear ?? '', formulaSafe(e.major ?? ''), e.status, e.waitlistPosition ?? '', iso(e.createdAt), iso(e.promotedAt), iso(e.cancelledAt), iso(e.checkedInAt)]),
      { header: true, columns: ['Name', 'Email', 'Class year', 'Major', 'Status', 'Waitlist position', 'Registered at', 'Promoted at', 'Cancelled at', 'Checked in at'] },
    );
  }
}
