import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, UserStatus } from '@debrief/shared/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { StudentProfileEntity } from '../students/student-profile.entity';
import { UserEntity } from './user.entity';

/** What other domains may know of a person: never a password hash, never a session. */
export interface PersonSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: UserStatus;
  timeZone: string;
}

export interface StudentSummary {
  userId: string;
  classYear: number;
  major: string;
}

/**
 * Identity's read interface for the other domains: people's names, addresses, zones and roles,
 * and students' class year and major. Every query on identity's tables stays in identity.
 * `m` lets a caller read inside its own transaction.
 */
@Injectable()
export class UserDirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async people(ids: readonly string[], m: EntityManager = this.db.manager): Promise<Map<string, PersonSummary>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await m.getRepository(UserEntity).findBy({ id: In(unique) });
    return new Map(rows.map((u) => [u.id, summary(u)]));
  }

  async person(id: string, m?: EntityManager): Promise<PersonSummary | null> {
    return (await this.people([id], m)).get(id) ?? null;
  }

  /** Names by id ('' for an unknown id), for lists that show who did what. */
  async names(ids: readonly string[], m?: EntityManager): Promise<(id: string) => string> {
    const people = await this.people(ids, m);
    return (id: string) => people.get(id)?.name ?? '';
  }

  async studentProfiles(userIds: readonly string[], m: EntityManager = this.db.manager): Promise<Map<string, StudentSummary>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    const rows = await m.getRepository(StudentProfileEntity).findBy({ userId: In(unique) });
    return new Map(rows.map((p) => [p.userId, { userId: p.userId, classYear: p.classYear, major: p.major }]));
  }

  async studentProfile(userId: string, m?: EntityManager): Promise<StudentSummary | null> {
    return (await this.studentProfiles([userId], m)).get(userId) ?? null;
  }
}

function summary(u: UserEntity): PersonSummary {
  return { id: u.id, name: u.name, email: u.email, role: u.role, status: u.status, timeZone: u.timeZone };
}
