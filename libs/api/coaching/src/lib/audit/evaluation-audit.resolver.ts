import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Args, Field, ID, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IdField, RequirePermission } from '@debrief/api/core';
import { RoleEnum, UserDirectoryService } from '@debrief/api/identity';
import { Permission, Role } from '@debrief/shared/domain';
import { IsDate, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';

@ObjectType('EvaluationRead', { description: 'Who read which evaluation, when, and through which operation' })
export class EvaluationReadModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  evaluationId!: string;

  @Field(() => ID)
  studentId!: string;

  @Field()
  studentName!: string;

  @Field(() => ID)
  readerId!: string;

  @Field()
  readerName!: string;

  @Field(() => RoleEnum)
  readerRole!: Role;

  @Field()
  via!: string;

  @Field()
  at!: Date;
}

@InputType()
export class EvaluationReadFilter {
  @IdField({ nullable: true })
  readerId?: string | null;

  @IdField({ nullable: true })
  studentId?: string | null;

  @IdField({ nullable: true })
  evaluationId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(500)
  limit!: number;
}

@Injectable()
@Resolver(() => EvaluationReadModel)
export class EvaluationAuditResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: UserDirectoryService,
  ) {}

  @Query(() => [EvaluationReadModel], { description: 'Search the audit trail of evaluation reads, newest first' })
  @RequirePermission(Permission.EvaluationsAudit)
  async evaluationReads(@Args('filter', { nullable: true }) filter?: EvaluationReadFilter): Promise<EvaluationReadModel[]> {
    const where: string[] = ['TRUE'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter?.readerId) add('r.reader_id = ?', filter.readerId);
    if (filter?.studentId) add('r.student_id = ?', filter.studentId);
    if (filter?.evaluationId) add('r.evaluation_id = ?', filter.evaluationId);
    if (filter?.from) add('r.at >= ?', filter.from);
    if (filter?.to) add('r.at < ?', filter.to);
    params.push(filter?.limit ?? 100);
    const rows: { id: string; evaluation_id: string; student_id: string; reader_id: string; reader_role: Role; via: string; at: Date }[] =
      await this.db.query(
        `SELECT r.id, r.evaluation_id, r.student_id, r.reader_id, r.reader_role, r.via, r.at
           FROM evaluation_reads r
          WHERE ${where.join(' AND ')}
          ORDER BY r.at DESC, r.id
          LIMIT $${params.length}`,
        params,
      );
    const name = await this.people.names(rows.flatMap((r) => [r.reader_id, r.student_id]));
    return rows.map((r) => ({
      id: r.id,
      evaluationId: r.evaluation_id,
      studentId: r.student_id,
      studentName: name(r.student_id),
      readerId: r.reader_id,
      readerName: name(r.reader_id),
      readerRole: r.reader_role,
      via: r.via,
      at: r.at,
    }));
  }
}
