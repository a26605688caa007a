import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadInputError, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { Role } from '@debrief/shared/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { SessionTypeRetiredError } from '../scheduling.errors';
import { SessionTypeCoachEntity } from './session-type-coach.entity';
import { SessionTypeEntity } from './session-type.entity';
import { CreateSessionTypeInput, SessionTypeFieldsInput, UpdateSessionTypeInput } from './session-type.input';
import { SessionTypeModel } from './session-type.model';

@Injectable()
export class SessionTypesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: UserDirectoryService,
  ) {}

  async list(includeRetired: boolean): Promise<SessionTypeModel[]> {
    const types = await this.db.getRepository(SessionTypeEntity).find({
      where: includeRetired ? {} : { retiredAt: IsNull() },
      order: { name: 'ASC', id: 'ASC' },
    });
    return this.withCoaches(this.db.manager, types);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<SessionTypeModel> {
    const type = await manager.getRepository(SessionTypeEntity).findOneBy({ id });
    if (!type) throw new NotFoundError('Session type', id);
    return (await this.withCoaches(manager, [type]))[0];
  }

  /** A type that can be booked now: exists and is not retired. */
  async bookable(id: string, manager: EntityManager): Promise<SessionTypeModel> {
    const type = await this.get(id, manager);
    if (type.retiredAt) throw new SessionTypeRetiredError();
    return type;
  }

  create(input: CreateSessionTypeInput): Promise<SessionTypeModel> {
    if (!input.name) throw new BadInputError('name', 'name: should not be empty');
    if (!input.category) throw new BadInputError('category', 'category: is required');
    return this.db.transaction(async (manager) => {
      const { coachIds, ...fields } = input;
      checkSplit(fields.durationMinutes ?? 60, fields.interviewMinutes);
      const saved = await manager.getRepository(SessionTypeEntity).save(manager.create(SessionTypeEntity, fields));
      await this.replaceCoaches(manager, saved.id, coachIds ?? []);
      return this.get(saved.id, manager);
    });
  }

  update(input: UpdateSessionTypeInput): Promise<SessionTypeModel> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(SessionTypeEntity);
      const type = await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!type) throw new NotFoundError('Session type', input.id);
      const { id, coachIds, ...fields } = input;
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<SessionTypeFieldsInput>;
      Object.assign(type, defined);
      checkSplit(type.durationMinutes, type.interviewMinutes);
      await repo.save(type);
      if (coachIds) await this.replaceCoaches(manager, id, coachIds);
      return this.get(id, manager);
    });
  }

  /** Retired types disappear from booking; past and upcoming bookings keep them. */
  async retire(id: string): Promise<SessionTypeModel> {
    const result = await this.db.getRepository(SessionTypeEntity).update({ id, retiredAt: IsNull() }, { retiredAt: () => 'now()' });
    if (!result.affected) await this.get(id);
    return this.get(id);
  }

  private async replaceCoaches(manager: EntityManager, sessionTypeId: string, coachIds: string[]): Promise<void> {
    if (coachIds.length > 0) {
      const people = await this.people.people(coachIds, manager);
      const coaches = [...people.values()].filter((u) => u.role === Role.Coach).length;
      if (coaches !== coachIds.length) throw new BadInputError('coachIds', 'coachIds: every id must be a coach');
    }
    const repo = manager.getRepository(SessionTypeCoachEntity);
    await repo.delete({ sessionTypeId });
    if (coachIds.length > 0) await repo.insert(coachIds.map((coachId) => ({ sessionTypeId, coachId })));
  }

  private async withCoaches(manager: EntityManager, types: SessionTypeEntity[]): Promise<SessionTypeModel[]> {
    if (types.length === 0) return [];
    const offers = await manager.getRepository(SessionTypeCoachEntity).find({ where: { sessionTypeId: In(types.map((t) => t.id)) } });
    return types.map((t) => ({ ...t, coachIds: offers.filter((o) => o.sessionTypeId === t.id).map((o) => o.coachId).sort() }));
  }
}

function checkSplit(duration: number, interview: number | null | undefined): void {
  if (interview != null && interview > duration) {
    throw new BadInputError('interviewMinutes', 'interviewMinutes: cannot be longer than the whole session');
  }
}
