import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { AddJournalEntryDocument, AuthStore, GraphqlClient, StarPracticeSetupDocument } from '@debrief/portal/core';
import { AnswerPracticePage } from './answer-practice.page';

const LEVELS = ['Missing, or a hypothetical.', 'Vague, or "we" only.', 'Specific, owned, with a result.', 'Specific and quantified.'];
const setup = {
  rubrics: [
    { id: 'r1', key: 'coding', category: 'CODING', current: { id: 'v1', name: 'Coding', criteria: [{ id: 'c1', name: 'Problem solving', starPart: null, descriptors: LEVELS }] } },
    {
      id: 'r2', key: 'behavioral', category: 'BEHAVIORAL',
      current: {
        id: 'v2', name: 'Behavioral',
        criteria: [
          { id: 's', name: 'Situation', starPart: 'S', descriptors: LEVELS },
          { id: 't', name: 'Task', starPart: 'T', descriptors: LEVELS },
          { id: 'a', name: 'Action', starPart: 'A', descriptors: LEVELS },
          { id: 'r', name: 'Result', starPart: 'R', descriptors: LEVELS },
        ],
      },
    },
  ],
  questionBank: { questions: [{ id: 'q1', text: 'Tell me about a time you fixed a process.', topic: 'Ownership', company: null }] },
};

describe('AnswerPracticePage', () => {
  const client = { query: jest.fn(), mutate: jest.fn() };

  async function render() {
    client.query.mockReset().mockResolvedValue(setup);
    client.mutate.mockReset().mockResolvedValue({ addJournalEntry: { id: 'j1' } });
    TestBed.configureTestingModule({
      imports: [AnswerPracticePage],
      providers: [
        provideNoopAnimations(),
        { provide: GraphqlClient, useValue: client },
        { provide: AuthStore, useValue: { user: signal({ id: 'u1', timeZone: 'America/New_York' }) } },
      ],
    });
    const fixture = TestBed.createComponent(AnswerPracticePage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = async (text: string) => {
      const area = el.querySelector('textarea') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const check = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      for (let i = 0; i < 20 && !el.querySelector('.result'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        await fixture.whenStable();
      }
    };
    return { fixture, el, type, check };
  }

  it('asks for an answer before checking it, without loading anything', async () => {
    const { el, type, check } = await render();
    expect(client.query).toHaveBeenCalledWith(StarPracticeSetupDocument, {});
    await type('Too short.');
    await check();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Write or paste your answer first');
    expect(el.querySelector('.result')).toBeNull();
  });

  it('checks an answer in the center’s rubric words, names the missing part and saves it to the journal', async () => {
    const { fixture, el, type, check } = await render();
    await type(
      'At my part-time job in a restaurant the kitchen was often late with orders. The owner wanted me to improve the order process. ' +
        'I watched the kitchen for a week and wrote down where orders got stuck. I suggested putting the tickets in time order on a rail.',
    );
    await check();
    const rows = [...el.querySelectorAll('.levels tbody tr')].map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      'Situation3 of 4Specific, owned, with a result.',
      'Task3 of 4Specific, owned, with a result.',
      'Action3 of 4Specific, owned, with a result.',
      'Result1 of 4 (missing)Missing, or a hypothetical.',
    ]);
    expect(el.querySelector('.rewrite h3')?.textContent).toContain('Rewrite first: Result');
    expect([...el.querySelectorAll('.sentences .part')].map((p) => p.textContent)).toEqual(['Situation', 'Task', 'Action', 'Action']);

    el.querySelector<HTMLButtonElement>('.save button')?.click();
    await fixture.whenStable();
    expect(client.mutate).toHaveBeenCalledWith(AddJournalEntryDocument, {
      input: expect.objectContaining({
        practised: expect.stringContaining('STAR check: Situation 3/4, Task 3/4, Action 3/4, Result 1/4'),
        confidence: [{ topic: 'Behavioral answers', level: 3 }],
      }),
    });
    expect(el.querySelector('.result [role="status"]')?.textContent).toContain('Saved to your journal');
  });
});
