import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { DataSource, EntityManager, Not, QueryFailedError } from 'typeorm';
import { WorkshopNotifier } from '../notify/workshop-notifier';
import { WorkshopNotice } from '../notify/workshop.template';
import { WorkshopEntity } from '../workshops/workshop.entity';
import { WorkshopsAccess } from '../workshops.access';
import { AttendanceMark, RegistrationStatus, SEAT_HOLDING, WorkshopStatus } from '../workshops.enums';
import {
  AlreadyRegisteredError,
  IneligibleError,
  RegistrationNotActiveError,
  RegistrationWindowError,
  WorkshopCancelledError,
  WorkshopDraftError,
  WorkshopStartedError,
} from '../workshops.errors';
import { WorkshopRegistrationEntity } from './registration.entity';
import { freeSeat, lockWorkshop, nextQueueNo, promoteFromWaitlist, takeSeat } from './seats';

/** Check-in opens this long before the start. */
export const CHECK_IN_OPENS_MINUTES = 60;

/**
 * A student's side of workshops: register (a seat, or the waitlist), cancel (which promotes the
 * first in line in the same transaction), and staff's check-in. Every write locks the workshop
 * row first, so one workshop's changes are serialised in arrival order.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: WorkshopsAccess,
    private readonly notifier: WorkshopNotifier,
    private readonly people: UserDirectoryService,
  ) {}

  async register(actor: AuthUser, workshopId: string): Promise<string> {
    const studentId = actor.id;
    try {
      return await this.db.transaction(async (m) => {
        const w = await lockWorkshop(m, workshopId);
        // A workshop the student may not see (a draft) does not exist for them, as in workshop(id).
        if (!w || !this.access.canSeeWorkshop(actor, w)) throw new NotFoundError('Workshop', workshopId);
        assertOpenForRegistration(w, new Date());
        await this.assertEligible(m, w, studentId);
        const existing = await m.getRepository(WorkshopRegistrationEntity).findOneBy({ workshopId, studentId, status: Not(RegistrationStatus.Cancelled) });
        if (existing) throw new AlreadyRegisteredError(existing.status);
        const queueNo = await nextQueueNo(m, workshopId);
        const seated = await takeSeat(m, workshopId);
        const registration = await m.getRepository(WorkshopRegistrationEntity).save(
          m.create(WorkshopRegistrationEntity, {
            workshopId,
            studentId,
            queueNo,
            status: seated ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted,
            seatedAt: seated ? new Date() : null,
          }),
        );
        await this.notifier.emit(m, { notice: seated ? WorkshopNotice.Registered : WorkshopNotice.Waitlisted, workshopId, registrationIds: [registration.id] });
        return registration.id;
      });
    } catch (error) {
      const violation = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
      if (violation?.code === '23505' && violation.constraint === 'workshop_registrations_one_active') throw new AlreadyRegisteredError('REGISTERED');
      throw error;
    }
  }

  /** The student (before the start) or staff (any time) cancels; a freed seat goes to the first in line. */
  async cancel(actor: AuthUser, registrationId: string): Promise<string> {
    const found = await this.db.getRepository(WorkshopRegistrationEntity).findOneBy({ id: registrationId });
    if (!found) throw new NotFoundError('Registration', registrationId);
    this.access.assertCanChangeRegistration(actor, found);
    return this.db.transaction(async (m) => {
      const w = (await lockWorkshop(m, found.workshopId)) as WorkshopEntity;
      const reg = await this.lockRegistration(m, registrationId);
      if (reg.status !== RegistrationStatus.Registered && reg.status !== RegistrationStatus.Waitlisted) throw new RegistrationNotActiveError(reg.status);
      if (!this.access.isStaff(actor) && w.startsAt.getTime() <= Date.now()) throw new WorkshopStartedError();
      const heldSeat = reg.status === RegistrationStatus.Registered;
      await m.getRepository(WorkshopRegistrationEntity).update({ id: reg.id }, { status: RegistrationStatus.Cancelled, cancelledAt: new Date() });
      const promoted: string[] = [];
      if (heldSeat) {
        await freeSeat(m, w.id);
        promoted.push(...(await promoteFromWaitlist(m, w)));
      }
      await this.notifier.emitCancelled(m, w.id, reg.id, heldSeat);
      await this.notifier.emit(m, { notice: WorkshopNotice.Promoted, workshopId: w.id, registrationIds: promoted });
      return reg.id;
    });
  }

  /** Check-in: attended or no-show (or back to registered to undo), from an hour before the start. */
  async markAttendance(actor: AuthUser, registrationId: string, mark: AttendanceMark): Promise<string> {
    const found = await this.db.getRepository(WorkshopRegistrationEntity).findOneBy({ id: registrationId });
    if (!found) throw new NotFoundError('Registration', registrationId);
    return this.db.transaction(async (m) => {
      const w = (await lockWorkshop(m, found.workshopId)) as WorkshopEntity;
      this.access.assertCanRun(actor, w);
      if (w.status === WorkshopStatus.Cancelled) throw new WorkshopCancelledError();
      if (w.startsAt.getTime() - CHECK_IN_OPENS_MINUTES * 60_000 > Date.now()) {
        throw new BadInputError('registrationId', `Check-in opens ${CHECK_IN_OPENS_MINUTES} minutes before the workshop starts.`, { reason: 'CHECK_IN_NOT_OPEN' });
      }
      const reg = await this.lockRegistration(m, registrationId);
      if (!SEAT_HOLDING.includes(reg.status)) throw new RegistrationNotActiveError(reg.status);
      const status = mark as unknown as RegistrationStatus;
      await m
        .getRepository(WorkshopRegistrationEntity)
        .update({ id: reg.id }, { status, checkedInAt: mark === AttendanceMark.Registered ? null : new Date() });
      return reg.id;
    });
  }

  private async lockRegistration(m: EntityManager, id: string): Promise<WorkshopRegistrationEntity> {
    const reg = await m.getRepository(WorkshopRegistrationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!reg) throw new NotFoundError('Registration', id);
    return reg;
  }

  private async assertEligible(m: EntityManager, w: WorkshopEntity, studentId: string): Promise<void> {
    if (w.audienceClassYears.length === 0 && w.audienceMajors.length === 0) return;
    const profile = await this.people.studentProfile(studentId, m);
    if (w.audienceClassYears.length > 0 && !(profile && w.audienceClassYears.includes(profile.classYear))) {
      throw new IneligibleError('CLASS_YEAR', w.audienceClassYears);
    }
    if (w.audienceMajors.length > 0 && !(profile && w.audienceMajors.some((x) => x.toLowerCase() === profile.major.toLowerCase()))) {
      throw new IneligibleError('MAJOR', w.audienceMajors);
    }
  }
}

/** Draft, cancelled, or outside the registration window: a coded refusal saying which. */
export function assertOpenForRegistration(w: Pick<WorkshopEntity, 'status' | 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'>, now: Date): void {
  if (w.status === WorkshopStatus.Draft) throw new WorkshopDraftError();
  if (w.status === WorkshopStatus.Cancelled) throw new WorkshopCancelledError();
  if (now < w.registrationOpensAt) throw new RegistrationWindowError('NOT_OPEN', w.registrationOpensAt);
  const closes = w.registrationClosesAt < w.startsAt ? w.registrationClosesAt : w.startsAt;
  if (now >= closes) throw new RegistrationWindowError('CLOSED', closes);
}
