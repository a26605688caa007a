import { MigrationInterface, QueryRunner } from 'typeorm';

export class Workshops1795255314295 implements MigrationInterface {
  name = 'Workshops1795255314295';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."workshop_recurrence" AS ENUM('WEEKLY', 'CUSTOM')`);
    await queryRunner.query(`CREATE TABLE "workshop_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(160) NOT NULL, "recurrence" "public"."workshop_recurrence" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3fb527a43822c2e026927554a8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."workshop_status" AS ENUM('DRAFT', 'PUBLISHED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "workshops" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid, "title" character varying(160) NOT NULL, "description" text NOT NULL DEFAULT '', "topics" character varying(40) array NOT NULL DEFAULT '{}', "facilitator_ids" uuid array NOT NULL DEFAULT '{}', "location" character varying(500) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', "registration_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "registration_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "audience_class_years" integer array NOT NULL DEFAULT '{}', "audience_majors" character varying(120) array NOT NULL DEFAULT '{}', "status" "public"."workshop_status" NOT NULL DEFAULT 'DRAFT', "cancel_reason" text, "ical_uid" uuid NOT NULL, "ical_sequence" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "workshops_registration_window" CHECK ("registration_opens_at" < "registration_closes_at" AND "registration_closes_at" <= "ends_at"), CONSTRAINT "workshops_times" CHECK ("starts_at" < "ends_at"), CONSTRAINT "workshops_capacity" CHECK ("capacity" BETWEEN 1 AND 1000), CONSTRAINT "workshops_seats" CHECK ("seats_taken" >= 0 AND "seats_taken" <= "capacity"), CONSTRAINT "PK_6d0e82a124f5b53df91c8989848" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "workshops_series_starts" ON "workshops" ("series_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "workshops_starts" ON "workshops" ("starts_at") `);
    await queryRunner.query(`CREATE TYPE "public"."workshop_registration_status" AS ENUM('REGISTERED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')`);
    await queryRunner.query(`CREATE TABLE "workshop_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "student_id" uuid NOT NULL, "status" "public"."workshop_registration_status" NOT NULL, "queue_no" integer NOT NULL, "seated_at" TIMESTAMP WITH TIME ZONE, "promoted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "checked_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_70cf3ddc524df0a829737935939" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "workshop_registrations_student" ON "workshop_registrations" ("student_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "workshop_registrations_queue" ON "workshop_registrations" ("workshop_id", "queue_no") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "workshop_registrations_one_active" ON "workshop_registrations" ("workshop_id", "student_id") WHERE "status" <> 'CANCELLED'`);
    await queryRunner.query(`ALTER TABLE "workshops" ADD CONSTRAINT "FK_2717c1a5d1f84c09d413741165f" FOREIGN KEY ("series_id") REFERENCES "workshop_series"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshops" ADD CONSTRAINT "FK_075faefc9ed9d23062a3c93faf8" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_registrations" ADD CONSTRAINT "FK_7cbbd46cce4ba6ff2cba16d8aa9" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_registrations" ADD CONSTRAINT "FK_096a0b0640d7691e51f3887e218" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // At every commit that touches a workshop's seats or registrations, PostgreSQL checks that the
    // seat counter equals the registrations holding a seat (and the CHECK keeps it <= capacity).
    // Not an entity feature (TypeORM does not see triggers), so written here by hand.
    await queryRunner.query(`CREATE FUNCTION "workshop_seats_consistent"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  wid uuid;
  counted int;
  recorded int;
BEGIN
  IF TG_TABLE_NAME = 'workshops' THEN wid := NEW.id; ELSE wid := COALESCE(NEW.workshop_id, OLD.workshop_id); END IF;
  SELECT seats_taken INTO recorded FROM workshops WHERE id = wid;
  IF recorded IS NULL THEN RETURN NULL; END IF;
  SELECT count(*) INTO counted FROM workshop_registrations WHERE workshop_id = wid AND status IN ('REGISTERED', 'ATTENDED', 'NO_SHOW');
  IF counted <> recorded THEN
    RAISE EXCEPTION 'workshop % has % seat-holding registrations but seats_taken = %', wid, counted, recorded USING ERRCODE = 'check_violation', CONSTRAINT = 'workshop_seats_consistent';
  END IF;
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "workshop_seats_consistent" AFTER INSERT OR UPDATE OR DELETE ON "workshop_registrations" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "workshop_seats_consistent"()`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "workshop_seats_counter_consistent" AFTER UPDATE OF "seats_taken", "capacity" ON "workshops" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "workshop_seats_consistent"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "workshop_seats_counter_consistent" ON "workshops"`);
    await queryRunner.query(`DROP TRIGGER "workshop_seats_consistent" ON "workshop_registrations"`);
    await queryRunner.query(`DROP FUNCTION "workshop_seats_consistent"()`);
    await queryRunner.query(`ALTER TABLE "workshop_registrations" DROP CONSTRAINT "FK_096a0b0640d7691e51f3887e218"`);
    await queryRunner.query(`ALTER TABLE "workshop_registrations" DROP CONSTRAINT "FK_7cbbd46cce4ba6ff2cba16d8aa9"`);
    await queryRunner.query(`ALTER TABLE "workshops" DROP CONSTRAINT "FK_075faefc9ed9d23062a3c93faf8"`);
    await queryRunner.query(`ALTER TABLE "workshops" DROP CONSTRAINT "FK_2717c1a5d1f84c09d413741165f"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_registrations_one_active"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_registrations_queue"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_registrations_student"`);
    await queryRunner.query(`DROP TABLE "workshop_registrations"`);
    await queryRunner.query(`DROP TYPE "public"."workshop_registration_status"`);
    await queryRunner.query(`DROP INDEX "public"."workshops_starts"`);
    await queryRunner.query(`DROP INDEX "public"."workshops_series_starts"`);
    await queryRunner.query(`DROP TABLE "workshops"`);
    await queryRunner.query(`DROP TYPE "public"."workshop_status"`);
    await queryRunner.query(`DROP TABLE "workshop_series"`);
    await queryRunner.query(`DROP TYPE "public"."workshop_recurrence"`);
  }
}
