import type { GlossaryEntry } from './article';

/**
 * Acronyms in an answer that the answer itself does not spell out, with a short meaning from the
 * glossary, so every answer explains its jargon at first use ("SENCo: special educational needs
 * co-ordinator"). Only terms led by an acronym (SENCo, ICB, EHC plan): ordinary words in the
 * glossary are explained in the articles' own text.
 */
export interface JargonNote {
  readonly term: string;
  readonly meaning: string;
}

const MAX_NOTES = 3;
/** A glossary's first sentence is usually short; this keeps "EHC needs assessment" whole. */
const MAX_MEANING_CHARS = 150;

/** "SENCo", "ICB", "EHC plan", "SEN support": a term led by a word of capitals. */
export function isAcronym(term: string): boolean {
  return /^[A-Z][A-Za-z]*[A-Z][a-z]?\b/.test(term);
}

/** The first clause of a glossary meaning: enough to read the answer by. */
export function shortMeaning(meaning: string): string {
  const first = meaning.split(/(?<=[.:])\s/)[0].replace(/[.:]$/, '');
  if (first.length <= MAX_MEANING_CHARS) return first;
  // Too long for a note: end at a word, never mid-word.
  return `${first.slice(0, first.lastIndexOf(' ', MAX_MEANING_CHARS - 1))}…`;
}

interface AcronymEntry {
  /** The entry's acronym-led names, each with the pattern that finds it as a whole word. */
  readonly acronyms: ReadonlyArray<{ readonly acronym: string; readonly pattern: RegExp }>;
  readonly meaning: string;
  /** The start of the meaning, lower case: an answer that contains it has spelled the term out. */
  readonly spelledOut: string;
}

// The acronyms, patterns and short meanings depend only on the glossary (which is not changed
// once loaded): worked out once per glossary, not for every answer.
const acronymEntries = new WeakMap<readonly GlossaryEntry[], readonly AcronymEntry[]>();

function acronymEntriesOf(glossary: readonly GlossaryEntry[]): readonly AcronymEntry[] {
  let entries = acronymEntries.get(glossary);
  if (!entries) {
    const all = glossary.flatMap((entry) => [entry.term, ...entry.aliases].filter(isAcronym));
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    entries = glossary.map((entry) => {
      const meaning = shortMeaning(entry.meaning);
      const acronyms = [entry.term, ...entry.aliases].filter(isAcronym).map((acronym) => {
        // "EHC" in "EHC plan" is the longer term, explained on its own: not "EHC" as well.
        const longer = all.filter((other) => other.startsWith(`${acronym} `)).map((other) => escape(other.slice(acronym.length)));
        return { acronym, pattern: new RegExp(`\\b${escape(acronym)}\\b${longer.length ? `(?!${longer.join('|')})` : ''}`) };
      });
      return { acronyms, meaning, spelledOut: meaning.toLowerCase().slice(0, 30) };
    });
    acronymEntries.set(glossary, entries);
  }
  return entries;
}

export function unexplainedJargon(text: string, glossary: readonly GlossaryEntry[]): JargonNote[] {
  const notes: JargonNote[] = [];
  let lower: string | undefined;
  for (const { acronyms, meaning, spelledOut } of acronymEntriesOf(glossary)) {
    for (const { acronym, pattern } of acronyms) {
      // (The plain search first: most acronyms are not in a given answer at all.)
      const at = text.includes(acronym) ? pattern.exec(text) : null;
      if (!at) continue;
      // Already explained where it first appears: "EHC plan (education, health and care plan)" or "SENCo, the special ...".
      const after = text.slice(at.index + acronym.length, at.index + acronym.length + 4);
      lower ??= text.toLowerCase();
      if (/^\s?\(/.test(after) || lower.includes(spelledOut)) break;
      if (!notes.some((n) => n.term === acronym)) notes.push({ term: acronym, meaning });
      break;
    }
    if (notes.length >= MAX_NOTES) break;
  }
  return notes;
}

/**
 * The glossary's terms that a text uses (whole words, any case), in the order they first appear,
 * with short meanings: for "what does that mean?" straight after an answer.
 */
export function glossaryTermsIn(text: string, glossary: readonly GlossaryEntry[], limit = 5): JargonNote[] {
  const lower = text.toLowerCase();
  const found: Array<JargonNote & { at: number }> = [];
  for (const entry of glossary) {
    let at = -1;
    for (const name of [entry.term, ...entry.aliases]) {
      const m = new RegExp(`(?:^|[^a-z0-9])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`).exec(lower);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    if (at >= 0) found.push({ term: entry.term, meaning: shortMeaning(entry.meaning), at });
  }
  // "EHC" is part of "EHC needs assessment": the longer term says it all.
  const whole = found.filter((f) => !found.some((o) => o !== f && o.term.length > f.term.length && o.term.toLowerCase().includes(f.term.toLowerCase())));
  return whole.sort((a, b) => a.at - b.at).slice(0, limit).map(({ term, meaning }) => ({ term, meaning }));
}
