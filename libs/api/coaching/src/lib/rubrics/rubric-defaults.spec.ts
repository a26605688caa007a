import { Specialty } from '@debrief/shared/domain';
import { DEFAULT_RUBRICS } from './rubric-defaults';

describe('default rubrics', () => {
  it('cover every session category once, with unique keys', () => {
    expect(DEFAULT_RUBRICS.map((r) => r.category).sort()).toEqual(Object.values(Specialty).sort());
    expect(new Set(DEFAULT_RUBRICS.map((r) => r.key)).size).toBe(DEFAULT_RUBRICS.length);
  });

  it('give every criterion a written descriptor for each of the four levels, and unique keys', () => {
    for (const rubric of DEFAULT_RUBRICS) {
      expect(new Set(rubric.criteria.map((c) => c.key)).size).toBe(rubric.criteria.length);
      for (const c of rubric.criteria) {
        expect(c.descriptors).toHaveLength(4);
        expect(c.descriptors.every((d) => d.trim().length > 5)).toBe(true);
      }
    }
  });

  it('score behavioral answers on S, T, A and R with the STAR level descriptors, plus delivery', () => {
    const behavioral = DEFAULT_RUBRICS.find((r) => r.category === Specialty.Behavioral);
    expect(behavioral?.starEntries).toBe(true);
    expect(behavioral?.criteria.map((c) => c.starPart ?? c.key)).toEqual(['S', 'T', 'A', 'R', 'delivery']);
    expect(behavioral?.criteria[2].descriptors[2]).toMatch(/personal ownership and a stated result/);
  });
});
