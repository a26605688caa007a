import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox messages know their calendar event (UID, SEQUENCE), so an older revision is superseded, never sent after a newer one. */
export class OutboxCalendarThread1796306095660 implements MigrationInterface {
  name = 'OutboxCalendarThread1796306095660';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "calendar_uid" character varying(255)`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "calendar_sequence" integer`);
    // Added in place: the partial index outbox_messages_pending depends on the type, so the
    // rename-and-recreate TypeORM generates cannot run. (Not used in this transaction, as PostgreSQL requires.)
    await queryRunner.query(`ALTER TYPE "public"."outbox_status" ADD VALUE IF NOT EXISTS 'SUPERSEDED'`);
    await queryRunner.query(
      `CREATE INDEX "outbox_messages_calendar_thread" ON "outbox_messages" ("calendar_uid", "to_address", "calendar_sequence") WHERE "calendar_uid" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_calendar_thread"`);
    // PostgreSQL cannot drop an enum value; superseded messages count as failed from here on.
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_pending"`);
    await queryRunner.query(`UPDATE "outbox_messages" SET "status" = 'FAILED' WHERE "status" = 'SUPERSEDED'`);
    await queryRunner.query(`ALTER TYPE "public"."outbox_status" RENAME TO "outbox_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."outbox_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'CAPTURED')`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" TYPE "public"."outbox_status" USING "status"::"text"::"public"."outbox_status"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "status" SET DEFAULT 'PENDING'`);
    await queryRunner.query(`DROP TYPE "public"."outbox_status_old"`);
    await queryRunner.query(`CREATE INDEX "outbox_messages_pending" ON "outbox_messages" ("available_at") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "calendar_sequence"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "calendar_uid"`);
  }
}
