import type { GlossaryEntry } from './article';
import { normaliseText } from './sendVocabulary';

/**
 * "What does SENCo mean?", "ehcp meaning", "what is an EP": a question about a term, answered
 * from the glossary. Only short questions whose words are all about the term count, so
 * "what is the deadline for an EHC plan" still goes to the articles.
 */
const DEFINITION_WRAPPERS = [
  /^(?:what|wat|wot)(?:'s|s| is| are| does| do)?\s+(?:an?\s+|the\s+)?(.+?)\s+(?:mean|means|stand for|stands for)\??$/,
  /^(?:what|wat|wot)(?:'s|s| is| are)?\s+(?:an?\s+|the\s+)?(.+?)\??$/,
  /^(?:meaning of|definition of|define|explain)\s+(?:an?\s+|the\s+)?(.+?)\??$/,
  /^(.+?)\s+(?:meaning|definition|stands? for)\??$/,
  /^(?:what does|what do)\s+(?:an?\s+|the\s+)?(.+?)\s+(?:do)\??$/,
];

const QUOTES = /["'“”‘’]/g;
const GENERIC_TAIL = /\s+(?:package|packages|thing|things|process|system|stuff|bit|word|abbreviation|acronym|term)$/;

// Every term and alias, written as a question's subject is, to its entry (the first entry to use
// it wins). Built once per glossary, not for every question.
const termIndexes = new WeakMap<readonly GlossaryEntry[], ReadonlyMap<string, GlossaryEntry>>();

function termIndex(glossary: readonly GlossaryEntry[]): ReadonlyMap<string, GlossaryEntry> {
  let index = termIndexes.get(glossary);
  if (!index) {
    const byTerm = new Map<string, GlossaryEntry>();
    for (const entry of glossary) {
      for (const name of [entry.term, ...entry.aliases]) {
        const key = normaliseText(name).replace(QUOTES, '');
        if (!byTerm.has(key)) byTerm.set(key, entry);
      }
    }
    index = byTerm;
    termIndexes.set(glossary, index);
  }
  return index;
}

export function findDefinitionQuestion(question: string, glossary: readonly GlossaryEntry[]): GlossaryEntry | undefined {
  const q = normaliseText(question).replace(QUOTES, '').replace(/[?.!]+$/, '').trim();
  const index = termIndex(glossary);
  for (const wrapper of DEFINITION_WRAPPERS) {
    const m = q.match(wrapper);
    if (!m) continue;
    const subject = m[1].trim();
    // "what is an EOTAS package": the term, with a word that adds nothing to it.
    const entry = index.get(subject) ?? index.get(subject.replace(GENERIC_TAIL, ''));
    if (entry) return entry;
  }
  return undefined;
}
