import { loadKnowledgeBase } from '../src/domain/kb/loadKnowledgeBase';
import { buildVocabulary } from '../src/domain/kb/sendVocabulary';
const k = loadKnowledgeBase('knowledge');
const v = buildVocabulary(k.glossary);
for (const a of k.articles) {
  const texts = [a.title, ...a.questions, a.keywords.join(' '), a.summary, ...a.sections.map((s) => s.heading + ' ' + s.body)];
  for (const t of texts) for (const sent of t.split(/(?<=[.?!])\s+/)) if (v.conceptsIn(sent).includes(process.argv[2])) console.log(a.id, '|', sent.slice(0, 140));
}
