import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@debrief/api/core';
import { Role, UserStatus } from '@debrief/shared/domain';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { CoachProfileEntity } from '../coaches/coach-profile.entity';
import { EmailTakenError, LastAdminError } from '../identity.errors';
import { StudentProfileEntity } from '../students/student-profile.entity';
import { CreateUserInput } from './create-user.input';
import { UpdateProfileInput } from './update-profile.input';
import { UserFilterInput } from './user-filter.input';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  timeZone: string;
  pronouns?: string | null;
  status: UserStatus;
  passwordHash: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async get(id: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  list(filter: UserFilterInput = {}): Promise<UserEntity[]> {
    const query = this.db.getRepository(UserEntity).createQueryBuilder('u').orderBy('u.name').addOrderBy('u.id').limit(500);
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.search) {
      query.andWhere('(u.name ILIKE :search OR u.email ILIKE :search)', { search: `%${escapeLike(filter.search)}%` });
    }
    return query.getMany();
  }

  async create(input: CreateUserInput): Promise<UserEntity> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.db.transaction((manager) =>
      this.insert(manager, { ...input, status: UserStatus.Active, passwordHash }),
    );
  }

  /** Inserts a user (and the profile row their role needs) inside the caller's transaction. */
  async insert(manager: EntityManager, user: NewUser): Promise<UserEntity> {
    try {
      const saved = await manager.getRepository(UserEntity).save(manager.create(UserEntity, user));
      await this.ensureRoleProfile(manager, saved.id, saved.role);
      saved.passwordHash = null;
      return saved;
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError(user.email);
      throw error;
    }
  }

  async changeRole(userId: string, role: Role): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(UserEntity);
      const user = await repo.findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('User', userId);
      if (user.role === Role.Admin && role !== Role.Admin) {
        // Lock every admin row so two concurrent demotions cannot both see "another admin left".
        const admins = await repo.find({ where: { role: Role.Admin, status: In([UserStatus.Active, UserStatus.Invited]) }, lock: { mode: 'pessimistic_write' } });
        if (admins.filter((a) => a.id !== userId).length === 0) throw new LastAdminError();
      }
      user.role = role;
      const saved = await repo.save(user);
      await this.ensureRoleProfile(manager, userId, role);
      return saved;
    });
  }

  async updateProfile(userId: string, input: UpdateProfileInput): Promise<UserEntity> {
    const user = await this.get(userId);
    if (input.name !== undefined) user.name = input.name;
    if (input.timeZone !== undefined) user.timeZone = input.timeZone;
    if (input.pronouns !== undefined) user.pronouns = input.pronouns ? input.pronouns : null;
    return this.db.getRepository(UserEntity).save(user);
  }

  /** Coaches appear in the directory and students have a profile: make sure their row exists. */
  private async ensureRoleProfile(manager: EntityManager, userId: string, role: Role): Promise<void> {
    const insert = manager.createQueryBuilder().insert();
    if (role === Role.Coach) await insert.into(CoachProfileEntity).values({ userId }).orIgnore().execute();
    if (role === Role.Student) {
      const classYear = new Date().getUTCFullYear() + 1;
      await insert.into(StudentProfileEntity).values({ userId, classYear, major: 'Undeclared' }).orIgnore().execute();
    }
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
