import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoachMeetingLink1795255078962 implements MigrationInterface {
  name = 'CoachMeetingLink1795255078962';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "coach_profiles" ADD "meeting_url" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "booking_events" ADD "location" character varying(500)`);
    await queryRunner.query(`ALTER TYPE "public"."booking_event_kind" RENAME TO "booking_event_kind_old"`);
    await queryRunner.query(`CREATE TYPE "public"."booking_event_kind" AS ENUM('BOOKED', 'RESCHEDULED', 'CANCELLED', 'COMPLETED', 'NO_SHOW', 'NO_SHOW_EXCUSED', 'LOCATION_CHANGED')`);
    await queryRunner.query(`ALTER TABLE "booking_events" ALTER COLUMN "kind" TYPE "public"."booking_event_kind" USING "kind"::"text"::"public"."booking_event_kind"`);
    await queryRunner.query(`DROP TYPE "public"."booking_event_kind_old"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."booking_event_kind_old" AS ENUM('BOOKED', 'RESCHEDULED', 'CANCELLED', 'COMPLETED', 'NO_SHOW', 'NO_SHOW_EXCUSED')`);
    await queryRunner.query(`ALTER TABLE "booking_events" ALTER COLUMN "kind" TYPE "public"."booking_event_kind_old" USING "kind"::"text"::"public"."booking_event_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."booking_event_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."booking_event_kind_old" RENAME TO "booking_event_kind"`);
    await queryRunner.query(`ALTER TABLE "booking_events" DROP COLUMN "location"`);
    await queryRunner.query(`ALTER TABLE "coach_profiles" DROP COLUMN "meeting_url"`);
  }
}
