import { analyseStarAnswer, LABELLED_ANSWERS } from '@debrief/shared/star-analysis';
const a = LABELLED_ANSWERS.find((x) => x.id === 'group-project-conflict')!;
console.log(analyseStarAnswer(a.sentences.map(([, s]) => s).join(' ')).sentences);
for (const x of LABELLED_ANSWERS) { const r = analyseStarAnswer(x.sentences.map(([, s]) => s).join(' ')); if (r.sentences.length===x.sentences.length) x.sentences.forEach(([l,s],i)=>{ const p=r.sentences[i].part??'-'; if(p!==(l??'-')) console.log(x.set, x.id, l, '->', p, s);}); }
