import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity's published read of its people for other domains' SQL: scheduling joins this view,
 * never `users` or `coach_profiles`, so identity can change its tables and keep the view's
 * columns. A plain view: PostgreSQL inlines it, and drops the coach-profile join when a query
 * does not read `meeting_url`.
 */
export class IdentityDirectory1796689299572 implements MigrationInterface {
  name = 'IdentityDirectory1796689299572';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "identity_directory" AS
      SELECT u.id, u.name, u.email, u.role, u.time_zone, cp.meeting_url, (u.status = 'ACTIVE') AS active
        FROM users u LEFT JOIN coach_profiles cp ON cp.user_id = u.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "identity_directory"`);
  }
}
