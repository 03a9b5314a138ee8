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

/** "SENCo", "ICB", "EHC plan", "SEN support": a term led by a word of capitals. */
export function isAcronym(term: string): boolean {
  return /^[A-Z][A-Za-z]*[A-Z][a-z]?\b/.test(term);
}

/** The first clause of a glossary meaning: enough to read the answer by. */
export function shortMeaning(meaning: string): string {
  const first = meaning.split(/(?<=[.:])\s/)[0].replace(/[.:]$/, '');
  return first.length > 120 ? `${first.slice(0, 117)}…` : first;
}

export function unexplainedJargon(text: string, glossary: readonly GlossaryEntry[]): JargonNote[] {
  const notes: JargonNote[] = [];
  for (const entry of glossary) {
    const acronyms = [entry.term, ...entry.aliases].filter(isAcronym);
    for (const acronym of acronyms) {
      const at = new RegExp(`\\b${acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(text);
      if (!at) continue;
      // Already explained where it first appears: "EHC plan (education, health and care plan)" or "SENCo, the special ...".
      const after = text.slice(at.index + acronym.length, at.index + acronym.length + 4);
      const meaning = shortMeaning(entry.meaning);
      const spelledOut = text.toLowerCase().includes(meaning.toLowerCase().slice(0, 30));
      if (/^\s?\(/.test(after) || spelledOut) break;
      if (!notes.some((n) => n.term === acronym)) notes.push({ term: acronym, meaning });
      break;
    }
    if (notes.length >= MAX_NOTES) break;
  }
  return notes;
}
