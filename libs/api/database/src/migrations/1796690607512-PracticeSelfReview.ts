import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The practice room's self-review: each session type's checklist (practice's, edited by staff;
 * the defaults apply while a type has none), and the student's worked checklist kept by coaching
 * as that session's journal entry (one per session: a unique booking_id).
 */
export class PracticeSelfReview1796690607512 implements MigrationInterface {
  name = 'PracticeSelfReview1796690607512';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "practice_checklists" ("session_type_id" uuid NOT NULL, "items" text array NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "practice_checklists_items" CHECK (cardinality("items") BETWEEN 1 AND 30 AND array_position("items", '') IS NULL), CONSTRAINT "PK_practice_checklists" PRIMARY KEY ("session_type_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "journal_entries" ADD "booking_id" uuid`);
    await queryRunner.query(`ALTER TABLE "journal_entries" ADD "checklist" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "journal_entries_booking" ON "journal_entries" ("booking_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "journal_entries_booking"`);
    await queryRunner.query(`ALTER TABLE "journal_entries" DROP COLUMN "checklist"`);
    await queryRunner.query(`ALTER TABLE "journal_entries" DROP COLUMN "booking_id"`);
    await queryRunner.query(`DROP TABLE "practice_checklists"`);
  }
}
