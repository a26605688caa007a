import { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleSignOn1796305615216 implements MigrationInterface {
  name = 'SingleSignOn1796305615216';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "saml_assertions_seen" ("issuer" character varying(500) NOT NULL, "assertion_id" character varying(255) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_988e2b741aa7a7bcb76f0fc6057" PRIMARY KEY ("issuer", "assertion_id"))`);
    await queryRunner.query(`CREATE INDEX "saml_assertions_seen_expires_at" ON "saml_assertions_seen" ("expires_at") `);
    await queryRunner.query(`CREATE TABLE "sign_in_settings" ("id" smallint NOT NULL DEFAULT '1', "password_sign_in" boolean NOT NULL DEFAULT true, "break_glass_user_id" uuid, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sign_in_settings_break_glass" CHECK ("password_sign_in" OR "break_glass_user_id" IS NOT NULL), CONSTRAINT "sign_in_settings_single_row" CHECK ("id" = 1), CONSTRAINT "PK_a49c056c8796b722c2c2f035255" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "sso_login_states" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "protocol" character varying(8) NOT NULL, "state_hash" character(64) NOT NULL, "browser_hash" character(64), "code_verifier" character varying(128), "nonce" character varying(128), "return_to" character varying(500) NOT NULL DEFAULT '/', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c64107dbffa30e074b1b89e74c9" UNIQUE ("state_hash"), CONSTRAINT "sso_login_states_protocol" CHECK ("protocol" IN ('oidc', 'saml')), CONSTRAINT "PK_187f7f6b9c341b10d45c8658a0f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sso_login_states_expires_at" ON "sso_login_states" ("expires_at") `);
    await queryRunner.query(`CREATE TABLE "user_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "protocol" character varying(8) NOT NULL, "issuer" character varying(500) NOT NULL, "subject" character varying(255) NOT NULL, "email" character varying(254) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "user_identities_one_per_provider" UNIQUE ("user_id", "protocol", "issuer"), CONSTRAINT "user_identities_subject" UNIQUE ("protocol", "issuer", "subject"), CONSTRAINT "user_identities_protocol" CHECK ("protocol" IN ('oidc', 'saml')), CONSTRAINT "PK_e23bff04e9c3e7b785e442b262c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "user_identities_user_id" ON "user_identities" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "sign_in_settings" ADD CONSTRAINT "FK_4a5702b4f8b634e3327e21834e9" FOREIGN KEY ("break_glass_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_identities" ADD CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_identities" DROP CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7"`);
    await queryRunner.query(`ALTER TABLE "sign_in_settings" DROP CONSTRAINT "FK_4a5702b4f8b634e3327e21834e9"`);
    await queryRunner.query(`DROP INDEX "public"."user_identities_user_id"`);
    await queryRunner.query(`DROP TABLE "user_identities"`);
    await queryRunner.query(`DROP INDEX "public"."sso_login_states_expires_at"`);
    await queryRunner.query(`DROP TABLE "sso_login_states"`);
    await queryRunner.query(`DROP TABLE "sign_in_settings"`);
    await queryRunner.query(`DROP INDEX "public"."saml_assertions_seen_expires_at"`);
    await queryRunner.query(`DROP TABLE "saml_assertions_seen"`);
  }
}
