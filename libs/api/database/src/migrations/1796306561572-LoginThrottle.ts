import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttle counters shared by every API replica, in the layout rate-limiter-flexible's
 * PostgreSQL store reads and writes (`key`, `points`, `expire` in epoch milliseconds); the
 * store is told the table exists, so it never creates one at runtime. Keys are prefixed by limit:
 * `account:<sha-256 of the email>` and `ip:<client address>`.
 */
export class LoginThrottle1796306561572 implements MigrationInterface {
  name = 'LoginThrottle1796306561572';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_login_throttle" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_login_throttle_expire" ON "login_throttle" ("expire")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
