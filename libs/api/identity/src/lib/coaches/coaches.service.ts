import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@debrief/api/core';
import { Role, UserStatus } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { CoachProfileEntity } from './coach-profile.entity';
import { UpdateCoachProfileInput } from './update-coach-profile.input';
import { escapeLike } from '../users/users.service';
import { CoachFilterInput } from './coach-filter.input';
import { CoachModel } from './coach.model';

@Injectable()
export class CoachesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(filter: CoachFilterInput = {}): Promise<CoachModel[]> {
    const query = this.base();
    if (filter.specialty) query.andWhere(':specialty = ANY(p.specialties)', { specialty: filter.specialty });
    if (filter.search) {
      query.andWhere('(u.name ILIKE :search OR p.headline ILIKE :search OR p.bio ILIKE :search)', {
        search: `%${escapeLike(filter.search)}%`,
      });
    }
    return query.orderBy('u.name').addOrderBy('u.id').getRawMany<CoachModel>();
  }

  async get(id: string): Promise<CoachModel> {
    const coach = await this.base().andWhere('u.id = :id', { id }).getRawOne<CoachModel>();
    if (!coach) throw new NotFoundError('Coach', id);
    return coach;
  }

  /** Changes only the fields given; the coach must exist (NOT_FOUND otherwise). */
  async updateProfile(input: UpdateCoachProfileInput): Promise<CoachModel> {
    await this.get(input.coachId);
    const changes: Partial<CoachProfileEntity> = {};
    if (input.headline !== undefined) changes.headline = input.headline;
    if (input.bio !== undefined) changes.bio = input.bio;
    if (input.specialties !== undefined) changes.specialties = input.specialties;
    if (input.meetingUrl !== undefined) changes.meetingUrl = input.meetingUrl || null;
    if (Object.keys(changes).length > 0) await this.db.getRepository(CoachProfileEntity).update({ userId: input.coachId }, changes);
    return this.get(input.coachId);
  }

  private base() {
    return this.db
      .createQueryBuilder()
      .from('coach_profiles', 'p')
      .innerJoin('users', 'u', 'u.id = p.user_id')
      .select([
        'u.id AS id',
        'u.name AS name',
        'u.pronouns AS pronouns',
        'u.time_zone AS "timeZone"',
        'p.headline AS headline',
        'p.bio AS bio',
        'p.specialties::text[] AS specialties',
        'p.meeting_url AS "meetingUrl"',
      ])
      .where('u.role = :coach AND u.status = :active', { coach: Role.Coach, active: UserStatus.Active });
  }
}
