import { isRunnable, transpileTypeScript } from './code-runner';

describe('code runner', () => {
  it('strips TypeScript to JavaScript the worker can run', async () => {
    const js = await transpileTypeScript('interface P { x: number }\nconst p: P = { x: 2 };\nfunction twice(n: number): number { return n * 2 }\nconsole.log(twice(p.x) as number);');
    expect(js).not.toContain('interface');
    expect(js).not.toMatch(/: number/);
    // The result is plain JavaScript: it runs as such.
    const out: unknown[] = [];
    new Function('console', js)({ log: (v: unknown) => out.push(v) });
    expect(out).toEqual([4]);
  });

  it('runs JavaScript and TypeScript only', () => {
    expect(['JAVASCRIPT', 'TYPESCRIPT', 'PYTHON', 'GO'].filter(isRunnable)).toEqual(['JAVASCRIPT', 'TYPESCRIPT']);
  });
});
