import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What ending a session at the campus provider needs, per session opened by single sign-on: for
 * OpenID Connect the ID token (sent back as id_token_hint to the provider's end_session_endpoint).
 * Cleared when the session is revoked.
 */
export class SessionProviderSignOut1796689832078 implements MigrationInterface {
  name = 'SessionProviderSignOut1796689832078';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "provider_session" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "provider_session"`);
  }
}
