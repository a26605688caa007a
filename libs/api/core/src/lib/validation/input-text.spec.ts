import { findTextProblem, textProblem } from './input-text';

describe('textProblem', () => {
  it('accepts ordinary text, emoji (surrogate pairs) and other control characters', () => {
    for (const text of ['Zoë "Zed" Müller', '😀 résumé', 'tab\tand\nnewline', '']) expect(textProblem(text)).toBeUndefined();
  });

  it('refuses NUL and lone surrogates of either half', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('a\ud800b')).toMatch(/surrogate/);
    expect(textProblem('\udc00')).toMatch(/surrogate/);
    expect(textProblem('😀'.slice(0, 1))).toMatch(/surrogate/);
  });
});

describe('findTextProblem', () => {
  it('names a plain argument by its name', () => {
    expect(findTextProblem('x\u0000', 'search')).toEqual({ field: 'search', message: expect.stringMatching(/NUL/) });
  });

  it('names nested fields and list items by their dotted path', () => {
    const input = { title: 'ok', answers: [{ text: 'fine' }, { text: 'bad\ud800' }] };
    expect(findTextProblem(input, 'input')).toEqual({ field: 'answers.1.text', message: expect.stringMatching(/surrogate/) });
    expect(findTextProblem({ tags: ['a', 'b\u0000'] }, 'input')?.field).toBe('tags.1');
  });

  it('checks property names too, and passes dates, numbers and null', () => {
    expect(findTextProblem({ ['k\u0000']: 1 }, 'input')?.field).toBe('k\u0000');
    expect(findTextProblem({ at: new Date(), n: 1, none: null, ok: true }, 'input')).toBeUndefined();
  });
});
