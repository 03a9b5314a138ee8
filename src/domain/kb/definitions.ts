import type { GlossaryEntry } from './article';
import { normaliseText } from './sendVocabulary';

/**
 * "What does SENCo mean?", "ehcp meaning", "what is an EP": a question about a term, answered
 * from the glossary. Only short questions whose words are all about the term count, so
 * "what is the deadline for an EHC plan" still goes to the articles.
 */
const DEFINITION_WRAPPERS = [
  /^(?:what|wat|wot)(?:'s| is| are| does| do)?\s+(?:an?\s+|the\s+)?(.+?)\s+(?:mean|means|stand for|stands for)\??$/,
  /^(?:what|wat|wot)(?:'s| is| are)?\s+(?:an?\s+|the\s+)?(.+?)\??$/,
  /^(?:meaning of|definition of|define|explain)\s+(?:an?\s+|the\s+)?(.+?)\??$/,
  /^(.+?)\s+(?:meaning|definition|stands? for)\??$/,
  /^(?:what does|what do)\s+(?:an?\s+|the\s+)?(.+?)\s+(?:do)\??$/,
];

export function findDefinitionQuestion(question: string, glossary: readonly GlossaryEntry[]): GlossaryEntry | undefined {
  const q = normaliseText(question).replace(/["'“”‘’]/g, '').replace(/[?.!]+$/, '').trim();
  for (const wrapper of DEFINITION_WRAPPERS) {
    const m = q.match(wrapper);
    if (!m) continue;
    const subject = m[1].trim();
    const entry = glossary.find((e) => [e.term, ...e.aliases].some((a) => normaliseText(a).replace(/["'“”‘’]/g, '') === subject));
    if (entry) return entry;
  }
  return undefined;
}
