import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobQueueOrder1796306444562 implements MigrationInterface {
  name = 'JobQueueOrder1796306444562';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" ADD "queue_no" SERIAL NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "queue_no"`);
  }
}
