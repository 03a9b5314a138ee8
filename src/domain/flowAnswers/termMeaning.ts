/**
 * "What does EHC mean?" in the middle of a flow: a short glossary definition, not the first
 * article the words happen to find (which, for "EHC", was the one on timescales).
 *
 * A term or alias in the glossary gets its meaning. A short form that only starts terms ("EHC"
 * in "EHC plan" and "EHC needs assessment") is spelt out from those terms' own aliases
 * ("education, health and care plan"), and the terms are defined after it.
 */
import type { GlossaryEntry } from '../kb/article';
import { glossaryEntryNamed, meaningSubjects } from '../kb/definitions';
import { normaliseText as normalise } from '../kb/sendVocabulary';

export type TermMeaning =
  /** The question names a glossary term or one of its aliases. */
  | { readonly kind: 'term'; readonly entry: GlossaryEntry }
  /** A short form that starts glossary terms: what it stands for, and the terms it is used in. */
  | { readonly kind: 'short-form'; readonly shortForm: string; readonly standsFor: string; readonly entries: readonly GlossaryEntry[] };

/** Words a spelt-out short form leaves out of its letters: "education, health and care" is EHC. */
const LINKING_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', '&']);
/** The most terms defined after a short form: enough to show how it is used. */
const MAX_TERMS = 3;


function initials(words: string): string {
  return words.split(/[\s,]+/).filter((w) => w && !LINKING_WORDS.has(w)).map((w) => w.charAt(0)).join('');
}

/**
 * What `shortForm` stands for in `entry`: its term starts with it ("EHC plan") and an alias says
 * the same with the short form spelt out ("education, health and care plan").
 */
function spellingIn(shortForm: string, entry: GlossaryEntry): string | undefined {
  const term = normalise(entry.term);
  if (!term.startsWith(`${shortForm} `)) return undefined;
  const rest = term.slice(shortForm.length);
  const spellings = entry.aliases.map(normalise)
    .filter((alias) => alias.endsWith(rest))
    .map((alias) => alias.slice(0, -rest.length).replace(/[\s,]+$/, ''))
    .filter((spelt) => spelt && initials(spelt) === shortForm.replace(/[^a-z]/g, ''));
  // The spelling with its commas, as written ("education, health and care"), where there is one.
  return spellings.sort((a, b) => b.length - a.length)[0];
}

/** The meaning asked for, from the glossary; undefined when the question is not "what does X mean" for a glossary word. */
export function termMeaningAsked(question: string, glossary: readonly GlossaryEntry[]): TermMeaning | undefined {
  // Only "what does X mean / stand for": other questions ("what is a SENCo?") are the knowledge base's.
  const subjects = meaningSubjects(question);
  for (const subject of subjects) {
    const entry = glossaryEntryNamed(subject, glossary);
    if (entry) return { kind: 'term', entry };
  }
  const subject = subjects.find((x) => /^[a-z]{2,6}$/.test(x));
  if (!subject) return undefined;
  const uses = glossary.flatMap((e) => {
    const spelt = spellingIn(subject, e);
    return spelt === undefined ? [] : [{ entry: e, spelt }];
  });
  if (uses.length === 0) return undefined;
  const standsFor = uses.map((u) => u.spelt).sort((a, b) => b.length - a.length)[0];
  // Written as the glossary writes it ("EHC", "SpLD"), not as typed.
  const shortForm = uses[0].entry.term.slice(0, subject.length);
  return { kind: 'short-form', shortForm, standsFor, entries: uses.slice(0, MAX_TERMS).map((u) => u.entry) };
}

/** "An education, health and care plan: ..." reads on after a colon as "an education, ..."; short forms keep their capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z\s]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The definition in a few lines; `fill` puts the local and legal values into a meaning's placeholders. */
export function termMeaningText(meaning: TermMeaning, fill: (text: string) => string): string {
  if (meaning.kind === 'term') return `**${meaning.entry.term}** means: ${fill(meaning.entry.meaning)}`;
  const terms = meaning.entries.map((e) => `- **${e.term}**: ${lowerFirst(fill(e.meaning))}`);
  return `**${meaning.shortForm}** means ${meaning.standsFor}. You will see it in:\n\n${terms.join('\n')}`;
}
