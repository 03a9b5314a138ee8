import type { GlossaryEntry } from './article';
import { normaliseText } from './sendVocabulary';
import { opensAsQuestion } from '../text/questionSentence';

/**
 * "What does SENCo mean?", "ehcp meaning", "what is an EP": a question about a term, answered
 * from the glossary. Only short questions whose words are all about the term count, so
 * "what is the deadline for an EHC plan" still goes to the articles.
 */
/** Questions that ask what a word means or stands for ("what does EHC stand for", "SEMH meaning"). */
const MEANING_WRAPPERS = [
  /^(?:what|wat|wot)(?:'s|s| is| are| does| do)?\s+(?:an?\s+|the\s+)?(.+?)\s+(?:mean|means|stand for|stands for)\??$/,
  /^(?:what|wat|wot)(?:'s|s| is| are)\s+(?:an?\s+|the\s+)?(.+?)\s+short for\??$/,
  /^what is meant by\s+(?:an?\s+|the\s+)?(.+?)\??$/,
  /^(?:what(?:'s|s| is) )?(?:the )?(?:meaning of|definition of)\s+(?:an?\s+|the\s+)?(.+?)\??$/,
  /^(.+?)\s+(?:meaning|definition|stands? for|stands for what|means what)\??$/,
  // Written as in other languages ("what mean SEN", "what means EHCP").
  /^(?:what|wat|wot) (?:mean|means|meaning)(?: of)?\s+(?:an?\s+|the\s+)?(.+?)\??$/,
];
/** And the other ways of asking about a term ("what is an EP", "define EOTAS"). */
const DEFINITION_WRAPPERS = [
  ...MEANING_WRAPPERS,
  /^(?:what|wat|wot)(?:'s|s| is| are)?\s+(?:an?\s+|the\s+)?(.+?)\??$/,
  /^(?:define|explain)\s+(?:an?\s+|the\s+)?(.+?)\??$/,
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

function subjectsOf(question: string, wrappers: readonly RegExp[]): string[] {
  const q = normaliseText(question).replace(QUOTES, '').replace(/[?.!]+$/, '').trim();
  return wrappers.flatMap((wrapper) => {
    const m = q.match(wrapper);
    return m ? [m[1].trim()] : [];
  });
}

/** What a "what does X mean / stand for?" question asks about, for each shape it fits ("ehc"). */
export function meaningSubjects(question: string): string[] {
  return subjectsOf(question, MEANING_WRAPPERS);
}

/** The glossary entry a term or alias names ("what is an EOTAS package": the term, with a word that adds nothing). */
export function glossaryEntryNamed(subject: string, glossary: readonly GlossaryEntry[]): GlossaryEntry | undefined {
  const index = termIndex(glossary);
  return index.get(subject) ?? index.get(subject.replace(GENERIC_TAIL, ''));
}

/**
 * A term in quotes, then "what does that mean", in a longer message: "school says he is on 'SEN
 * support', what does that actually mean?".
 */
const QUOTED_THEN_MEANING = /["“‘']([^"”’']{2,40})["”’'][^?.!]{0,40}?[?.!,]*\s*(?:so |but )?what (?:does|do|is) (?:that|this|it|that one)(?: actually| even| really| exactly)? (?:mean|stand for)\b/;

/** Words said inside "what does SEND even stand for" that do not change what is asked. */
const FILLERS = /\b(?:even|actually|exactly|really|please|pls|plz)\b/g;

/**
 * "What does SEND even stand for, school keeps saying it in letters", "school say he is SEN. what
 * mean SEN please, i am from poland": the one part of a longer message that asks what a term
 * means, when no other part asks anything (so "what does EHCP mean, and can they refuse?" is left
 * to the articles).
 */
function meaningPartOf(question: string, glossary: readonly GlossaryEntry[]): GlossaryEntry | undefined {
  const parts = normaliseText(question).replace(QUOTES, '').split(/[,.;:!?]+|\s+-\s+/).map((p) => p.replace(FILLERS, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  let found: GlossaryEntry | undefined;
  let asking = 0;
  for (const part of parts) {
    const entry = subjectsOf(part, MEANING_WRAPPERS).map((subject) => glossaryEntryNamed(subject, glossary)).find(Boolean);
    if (entry) found ??= entry;
    else if (opensAsQuestion(part)) asking++;
  }
  return found && asking === 0 ? found : undefined;
}

export function findDefinitionQuestion(question: string, glossary: readonly GlossaryEntry[]): GlossaryEntry | undefined {
  const quoted = QUOTED_THEN_MEANING.exec(normaliseText(question).replace(/[\u2018\u2019]/g, "'"));
  if (quoted) {
    const entry = glossaryEntryNamed(quoted[1].trim(), glossary);
    if (entry) return entry;
  }
  for (const subject of subjectsOf(question, DEFINITION_WRAPPERS)) {
    const entry = glossaryEntryNamed(subject, glossary);
    if (entry) return entry;
  }
  return meaningPartOf(question, glossary);
}
