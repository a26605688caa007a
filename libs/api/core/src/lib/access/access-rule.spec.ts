import { accessSql, AccessRule, canAccess, named, positional, requireAccess } from './access-rule';

interface Doc {
  ownerId: string;
  status: string;
  editors: string[];
}

const columns = { ownerId: 'owner_id', status: 'status', editors: 'editor_ids' } as const;
const rule: AccessRule<Doc> = {
  anyOf: [{ field: 'ownerId', eq: 'me' }, { field: 'editors', has: 'me' }, { allOf: [{ field: 'status', ne: 'DRAFT' }, { field: 'ownerId', in: ['a', 'b'] }] }],
};

describe('access rules: one rule, a record check and a SQL filter', () => {
  it('checks a record', () => {
    expect(canAccess(rule, { ownerId: 'me', status: 'DRAFT', editors: [] })).toBe(true);
    expect(canAccess(rule, { ownerId: 'x', status: 'DRAFT', editors: ['me'] })).toBe(true);
    expect(canAccess(rule, { ownerId: 'a', status: 'SHARED', editors: [] })).toBe(true);
    expect(canAccess(rule, { ownerId: 'a', status: 'DRAFT', editors: [] })).toBe(false);
    expect(canAccess(rule, { ownerId: 'c', status: 'SHARED', editors: ['you'] })).toBe(false);
    expect(canAccess({ all: true }, { ownerId: 'c', status: 'DRAFT', editors: [] })).toBe(true);
    expect(canAccess({ none: true }, { ownerId: 'me', status: 'DRAFT', editors: [] })).toBe(false);
  });

  it('writes the same rule as SQL with positional or named parameters', () => {
    const params: unknown[] = ['first'];
    expect(accessSql(rule, 'd', columns, positional(params))).toBe('(d.owner_id = $2 OR $3 = ANY(d.editor_ids) OR (d.status <> $4 AND d.owner_id = ANY($5)))');
    expect(params).toEqual(['first', 'me', 'me', 'DRAFT', ['a', 'b']]);
    const byName: Record<string, unknown> = {};
    expect(accessSql({ field: 'ownerId', eq: 'me' }, 'd', columns, named(byName))).toBe('d.owner_id = :access0');
    expect(byName).toEqual({ access0: 'me' });
    expect(accessSql({ all: true }, 'd', columns, positional([]))).toBe('TRUE');
    expect(accessSql({ anyOf: [] }, 'd', columns, positional([]))).toBe('FALSE');
  });

  it('refuses with the error the domain gives', () => {
    expect(() => requireAccess(rule, { ownerId: 'c', status: 'DRAFT', editors: [] }, () => new Error('not yours'))).toThrow('not yours');
    expect(() => requireAccess(rule, { ownerId: 'me', status: 'DRAFT', editors: [] }, () => new Error('not yours'))).not.toThrow();
  });
});
