import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { Specialty, StarPart } from '@debrief/shared/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { DEFAULT_RUBRICS, RubricDefinition } from './rubric-defaults';
import { RubricCriterionEntity, RubricEntity, RubricVersionEntity } from './rubric.entity';
import { UpdateRubricInput } from './rubric.inputs';
import { RubricCriterionModel, RubricModel, RubricVersionModel } from './rubric.model';

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'criterion';

/**
 * Inserts the default rubrics that are missing (by key), each as version 1. Idempotent and safe
 * when several processes boot at once (ON CONFLICT on the key); never touches edited rubrics.
 */
export async function installDefaultRubrics(m: EntityManager, defaults: readonly RubricDefinition[] = DEFAULT_RUBRICS): Promise<number> {
  let installed = 0;
  for (const def of defaults) {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO rubrics (key, category, current_version) VALUES ($1, $2, 1) ON CONFLICT DO NOTHING RETURNING id`,
      [def.key, def.category],
    );
    if (rows.length === 0) continue;
    installed += 1;
    await insertVersion(m, rows[0].id, 1, def, null);
  }
  return installed;
}

async function insertVersion(
  m: EntityManager,
  rubricId: string,
  version: number,
  def: Pick<RubricDefinition, 'name' | 'description' | 'starEntries' | 'criteria'>,
  createdById: string | null,
): Promise<RubricVersionEntity> {
  const saved = await m.getRepository(RubricVersionEntity).save(
    m.create(RubricVersionEntity, { rubricId, version, name: def.name, description: def.description, starEntries: def.starEntries, createdById }),
  );
  await m.getRepository(RubricCriterionEntity).insert(
    def.criteria.map((c, position) => ({
      versionId: saved.id,
      key: c.key,
      position,
      name: c.name,
      looksFor: c.looksFor,
      descriptors: [...c.descriptors],
      starPart: c.starPart ?? null,
    })),
  );
  return saved;
}

export function toCriterionModel(c: RubricCriterionEntity): RubricCriterionModel {
  return { id: c.id, key: c.key, name: c.name, looksFor: c.looksFor, descriptors: c.descriptors, starPart: c.starPart };
}

@Injectable()
export class RubricsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionDirectoryService,
  ) {}

  async list(): Promise<RubricModel[]> {
    const rubrics = await this.db.getRepository(RubricEntity).find({ order: { category: 'ASC' } });
    const versions = await this.db.getRepository(RubricVersionEntity).find({
      where: rubrics.map((r) => ({ rubricId: r.id, version: r.currentVersion })),
    });
    const models = await this.versions(versions.map((v) => v.id));
    return rubrics.map((r) => {
      const v = versions.find((x) => x.rubricId === r.id && x.version === r.currentVersion);
      return { id: r.id, key: r.key, category: r.category, currentVersion: r.currentVersion, current: models.find((x) => x.id === v?.id) as RubricVersionModel };
    });
  }

  /** Versions with their criteria, in the order of `ids` (missing ids are left out). */
  async versions(ids: readonly string[], m: EntityManager = this.db.manager): Promise<RubricVersionModel[]> {
    if (ids.length === 0) return [];
    const [versions, criteria] = await Promise.all([
      m.getRepository(RubricVersionEntity).findBy({ id: In([...new Set(ids)]) }),
      m.getRepository(RubricCriterionEntity).find({ where: { versionId: In([...new Set(ids)]) }, order: { position: 'ASC' } }),
    ]);
    const byId = new Map(
      versions.map((v) => [
        v.id,
        {
          id: v.id,
          rubricId: v.rubricId,
          version: v.version,
          name: v.name,
          description: v.description,
          starEntries: v.starEntries,
          createdAt: v.createdAt,
          criteria: criteria.filter((c) => c.versionId === v.id).map(toCriterionModel),
        } satisfies RubricVersionModel,
      ]),
    );
    return ids.map((id) => byId.get(id)).filter((v): v is RubricVersionModel => !!v);
  }

  async version(id: string, m?: EntityManager): Promise<RubricVersionModel> {
    const [v] = await this.versions([id], m);
    if (!v) throw new NotFoundError('Rubric version', id);
    return v;
  }

  /** The version new evaluations of a category are written on. */
  async currentFor(category: Specialty, m: EntityManager = this.db.manager): Promise<RubricVersionModel> {
    const rubric = await m.getRepository(RubricEntity).findOneBy({ category });
    if (!rubric) throw new NotFoundError(`Rubric for ${category.toLowerCase()} sessions`);
    const version = await m.getRepository(RubricVersionEntity).findOneByOrFail({ rubricId: rubric.id, version: rubric.currentVersion });
    return this.version(version.id, m);
  }

  /** The version a session of this type is (or will be) evaluated on. */
  async currentForSessionType(sessionTypeId: string, m?: EntityManager): Promise<RubricVersionModel> {
    const type = await this.sessions.sessionType(sessionTypeId, m);
    if (!type) throw new NotFoundError('SessionType', sessionTypeId);
    return this.currentFor(type.category, m);
  }

  /** An edit is a new version; evaluations written on older versions keep them. */
  async update(actor: AuthUser, input: UpdateRubricInput): Promise<RubricModel> {
    const keys = new Set<string>();
    const criteria = input.criteria.map((c, i) => {
      let key = c.key?.trim() ? slug(c.key) : slug(c.name);
      if (keys.has(key)) {
        if (c.key?.trim()) throw new BadInputError(`criteria.${i}.key`, `criteria.${i}.key: appears twice`);
        key = `${key}-${i + 1}`;
      }
      keys.add(key);
      return {
        key,
        name: c.name,
        looksFor: c.looksFor ?? '',
        descriptors: c.descriptors.map((d) => d.trim()) as [string, string, string, string],
        starPart: (c.starPart ?? undefined) as StarPart | undefined,
      };
    });
    await this.db.transaction(async (m) => {
      const rubric = await m.getRepository(RubricEntity).findOne({ where: { id: input.rubricId }, lock: { mode: 'pessimistic_write' } });
      if (!rubric) throw new NotFoundError('Rubric', input.rubricId);
      const current = await m.getRepository(RubricVersionEntity).findOneByOrFail({ rubricId: rubric.id, version: rubric.currentVersion });
      const next = rubric.currentVersion + 1;
      await insertVersion(m, rubric.id, next, { name: input.name, description: input.description ?? '', starEntries: current.starEntries, criteria }, actor.id);
      await m.getRepository(RubricEntity).update({ id: rubric.id }, { currentVersion: next });
    });
    const all = await this.list();
    return all.find((r) => r.id === input.rubricId) as RubricModel;
  }
}
