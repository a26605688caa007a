import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadInputError, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { Role } from '@debrief/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ClosureEntity } from '../closures/closure.entity';
import { BookingPolicyEntity } from '../policy/booking-policy.entity';
import { OverrideKind } from '../scheduling.enums';
import { validateOverrides, validateWeeklyRanges } from '../slots';
import { AvailabilityOverrideEntity } from './availability-override.entity';
import { AddClosureInput, AddOverrideInput, BookingPolicyModel, CoachAvailabilityModel, WeeklyRangeModel } from './availability.models';
import { WeeklyHoursEntity } from './weekly-hours.entity';

/** Coaches' weekly hours and date overrides, the center's closures and booking policy. */
@Injectable()
export class AvailabilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: UserDirectoryService,
  ) {}

  async forCoach(coachId: string, manager: EntityManager = this.db.manager): Promise<CoachAvailabilityModel> {
    const coach = await this.people.person(coachId, manager);
    if (!coach || coach.role !== Role.Coach) throw new NotFoundError('Coach', coachId);
    const weekly = await manager.getRepository(WeeklyHoursEntity).find({ where: { coachId }, order: { weekday: 'ASC', startMinute: 'ASC' } });
    const overrides = await manager
      .getRepository(AvailabilityOverrideEntity)
      .createQueryBuilder('o')
      .where('o.coach_id = :coachId AND o.date >= (now() AT TIME ZONE :zone)::date - 1', { coachId, zone: coach.timeZone })
      .orderBy('o.date')
      .addOrderBy('o.start_minute')
      .getMany();
    return {
      coachId,
      timeZone: coach.timeZone,
      weekly: weekly.map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute })),
      overrides,
    };
  }

  /** Replaces the coach's whole week at once, after checking the ranges make sense together. */
  setWeekly(coachId: string, ranges: WeeklyRangeModel[]): Promise<CoachAvailabilityModel> {
    const problems = validateWeeklyRanges(ranges);
    // The field points at the entry (the portal puts the message next to it); the message itself names day and times.
    if (problems.length > 0) throw new BadInputError(`ranges.${problems[0].index}`, problems[0].message, { problems });
    return this.db.transaction(async (m) => {
      await this.forCoach(coachId, m);
      await m.getRepository(WeeklyHoursEntity).delete({ coachId });
      if (ranges.length > 0) await m.getRepository(WeeklyHoursEntity).insert(ranges.map((r) => ({ ...r, coachId })));
      return this.forCoach(coachId, m);
    });
  }

  async addOverride(coachId: string, input: AddOverrideInput): Promise<CoachAvailabilityModel> {
    const override = input.kind === OverrideKind.DayOff
      ? { date: input.date, kind: 'DAY_OFF' as const }
      : { date: input.date, kind: 'EXTRA' as const, startMinute: input.startMinute ?? undefined, endMinute: input.endMinute ?? undefined };
    const problems = validateOverrides([override]);
    if (problems.length > 0) throw new BadInputError('date', `${problems[0].message}`, { problems });
    await this.forCoach(coachId);
    await this.db.getRepository(AvailabilityOverrideEntity).insert({
      coachId,
      date: input.date,
      kind: input.kind,
      startMinute: input.kind === OverrideKind.Extra ? (input.startMinute ?? null) : null,
      endMinute: input.kind === OverrideKind.Extra ? (input.endMinute ?? null) : null,
    });
    return this.forCoach(coachId);
  }

  async overrideOwner(id: string): Promise<string> {
    const row = await this.db.getRepository(AvailabilityOverrideEntity).findOneBy({ id });
    if (!row) throw new NotFoundError('Override', id);
    return row.coachId;
  }

  async removeOverride(id: string): Promise<CoachAvailabilityModel> {
    const coachId = await this.overrideOwner(id);
    await this.db.getRepository(AvailabilityOverrideEntity).delete({ id });
    return this.forCoach(coachId);
  }

  closures(): Promise<ClosureEntity[]> {
    return this.db.getRepository(ClosureEntity).find({ order: { startDate: 'ASC' } });
  }

  async addClosure(input: AddClosureInput): Promise<ClosureEntity> {
    if (input.endDate < input.startDate) throw new BadInputError('endDate', 'endDate: must be on or after startDate');
    return this.db.getRepository(ClosureEntity).save(this.db.getRepository(ClosureEntity).create(input));
  }

  async removeClosure(id: string): Promise<boolean> {
    const result = await this.db.getRepository(ClosureEntity).delete({ id });
    if (!result.affected) throw new NotFoundError('Closure', id);
    return true;
  }

  policy(): Promise<BookingPolicyEntity> {
    return this.db.getRepository(BookingPolicyEntity).findOneByOrFail({ id: 1 });
  }

  async updatePolicy(input: BookingPolicyModel): Promise<BookingPolicyEntity> {
    await this.db.getRepository(BookingPolicyEntity).update({ id: 1 }, input);
    return this.policy();
  }
}
