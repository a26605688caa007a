import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../../../../..');

describe('generated GraphQL types', () => {
  it('match apps/api/schema.graphql and the portal operations (run `npm run codegen` if not)', () => {
    const run = spawnSync(process.execPath, ['tools/codegen/codegen.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr.trim()).toBe('');
    expect(run.status).toBe(0);
  });
});
