import type { Article, ArticleSection, GlossaryEntry } from './article';
import { fillPlaceholders } from './placeholders';
import type { LocalServices } from '../localServices';
import { compareDates, formatLongDate, isIsoDate, type IsoDate } from '../dates/calendarDate';
import { unexplainedJargon } from './jargon';

/**
 * A knowledge-base answer as the parent sees it: short (the summary, plus the one section that
 * answers the detail), its sources named, when it was last checked, and follow-up topics.
 */
export interface KbAnswer {
  readonly articleIds: readonly string[];
  readonly title: string;
  /** The answer itself, Markdown, placeholders filled. */
  readonly body: string;
  /** "SEND Code of Practice 9.14; SEN and Disability Regulations 2014, reg 5" */
  readonly sourcesLine: string;
  readonly sources: readonly string[];
  readonly lastChecked: IsoDate;
  /** True when the article's review date has passed: the parent is told. */
  readonly overdue: boolean;
  readonly followUps: ReadonlyArray<{ id: string; title: string }>;
  /** Everything above as one text (what goes in the activity's `text`). */
  readonly text: string;
}

export interface ComposeOptions {
  readonly services: LocalServices;
  readonly today: IsoDate;
  /** Looks up related articles by id (for follow-up titles). */
  readonly getArticle: (id: string) => Article | undefined;
  /** For explaining acronyms the answer uses without spelling them out. */
  readonly glossary?: readonly GlossaryEntry[];
}

const MAX_FOLLOW_UPS = 3;

/**
 * The summary, then the part of the article that answers the detail: `passage` (a paragraph the
 * retriever chose) or else the matching section's first paragraph.
 */
export function composeAnswer(article: Article, section: ArticleSection | undefined, options: ComposeOptions, lead?: string, passage?: string | readonly string[]): KbAnswer {
  const fill = (s: string) => fillPlaceholders(s, options.services);
  const parts = [lead, fill(article.summary).trim()];
  // (Two passages, for a question in two parts, are each trimmed on their own.)
  const found = typeof passage === 'string' ? [passage] : passage ?? (section ? [section.firstParagraph] : []);
  for (const p of found) {
    // Show it only for what it adds beyond the summary (not the same facts again in other words).
    const detail = withoutDanglingLead(p && !sameText(p, article.summary) ? withoutRepeats(p, article.summary) : undefined);
    if (detail) parts.push(fill(detail));
  }
  return finishAnswer(article, parts.filter(Boolean).map((p) => renderKbLinks(p!, options.getArticle)).join('\n\n'), options);
}

/** "Tell me more": the whole article, every section under its heading, for a parent who wants the detail. */
export function composeFullArticle(article: Article, options: ComposeOptions): KbAnswer {
  const sections = article.sections.map((s) => `**${s.heading}**\n\n${renderKbLinks(fillPlaceholders(s.body, options.services).trim(), options.getArticle)}`);
  return finishAnswer(article, sections.join('\n\n'), options);
}

/** What every article answer carries after its body: words explained, sources, when checked, what to read next. */
function finishAnswer(article: Article, body: string, options: ComposeOptions): KbAnswer {
  const sources = article.sources.map((s) => s.label);
  const sourcesLine = sources.join('; ');
  const overdue = compareDates(article.reviewBy, options.today) < 0;
  const followUps = article.related
    .map((id) => options.getArticle(id))
    .filter((a): a is Article => Boolean(a))
    .slice(0, MAX_FOLLOW_UPS)
    .map((a) => ({ id: a.id, title: a.title }));
  const checked = `Last checked: ${formatLongDate(article.lastReviewed)}.`;
  const overdueNote = overdue
    ? ' This answer is due for review, so please check it with SENDIASS before you rely on it.'
    : '';
  const jargon = unexplainedJargon(`${article.title}\n${body}`, options.glossary ?? []);
  const wordsUsed = jargon.length ? `Words used: ${jargon.map((j) => `${j.term} means ${lowerFirst(j.meaning)}`).join('. ')}.` : '';
  const text = [
    `**${article.title}**`,
    body,
    wordsUsed,
    // Each source links to the law or guidance itself, so a parent can check it (and show it to the school).
    `Source: ${article.sources.map((src) => (src.url ? `[${src.label}](${src.url})` : src.label)).join('; ')}. ${checked}${overdueNote}`,
    followUps.length ? `Related: ${followUps.map((f) => f.title).join(' · ')}` : '',
  ].filter(Boolean).join('\n\n');
  return { articleIds: [article.id], title: article.title, body, sourcesLine, sources, lastChecked: article.lastReviewed, overdue, followUps, text };
}

/** Where a definition comes from when its term has no article of its own. */
export const GLOSSARY_SOURCE = 'SEND Code of Practice 0 to 25 (2015), Annex 2: Glossary of terms';

/** "What does SENCo mean?": the glossary meaning, then the linked article's summary if there is one. */
export function composeGlossaryAnswer(entry: GlossaryEntry, options: ComposeOptions): KbAnswer {
  const article = entry.article ? options.getArticle(entry.article) : undefined;
  const lead = `**${entry.term}** means: ${fillPlaceholders(entry.meaning, options.services)}`;
  if (article) {
    const a = composeAnswer(article, undefined, options, lead);
    return a;
  }
  const sources = [GLOSSARY_SOURCE];
  const reviewed = entry.lastReviewed && isIsoDate(entry.lastReviewed) ? entry.lastReviewed : undefined;
  const text = `${lead}\n\nSource: ${sources[0]}.${reviewed ? ` Last checked: ${formatLongDate(reviewed)}.` : ''}`;
  return { articleIds: [], title: entry.term, body: lead, sourcesLine: sources[0], sources, lastChecked: reviewed ?? options.today, overdue: false, followUps: [], text };
}

/** `[text](kb:id)` links become plain titles in chat (buttons carry the navigation). */
function renderKbLinks(md: string, getArticle: (id: string) => Article | undefined): string {
  // (The word before a link is read with it: "the [SENCo](kb:the-senco)", "the school's [SEN information report](kb:...)".)
  return md.replace(/(\b(?:[Ss]ee|[Rr]ead(?: about)?)\s+)?(\b(?:[Tt]he|[Aa]n?|\w+'s)\s+)?\[([^\]]+)\]\(kb:([a-z0-9-]+)\)/g, (_all, pointer: string | undefined, before: string | undefined, text: string, id: string) => {
    const lead = before ?? '';
    const a = getArticle(id);
    if (!a) return `${pointer ?? ''}${lead}${text}`;
    // "See [appealing to the tribunal](kb:...)" points at the article: 'See "Appealing to the SEND Tribunal"', not both names.
    if (pointer) return `${pointer}"${a.title}"`;
    if (!sameText(text, a.title)) return `${lead}${text} (see "${a.title}")`;
    // "see [What to do when the council is late](kb:...)" reads once, not twice.
    if (!lead || !TITLE_WITH_ARTICLE.test(a.title)) return `${lead}"${a.title}"`;
    // 'ask the [SENCo](kb:the-senco)' reads 'ask "The SENCo"', not 'ask the "The SENCo"'; after "the school's" the words stay as written.
    return /'s\s+$/.test(lead) ? `${lead}${text} (see "${a.title}")` : `"${a.title}"`;
  });
}

/** "The SENCo", "A school's SEN information report": a title that brings its own "the" or "a". */
const TITLE_WITH_ARTICLE = /^(?:the|a|an)\s/i;

function lowerFirst(s: string): string {
  // "Special educational needs co-ordinator" reads on as "special educational needs co-ordinator"; acronyms keep their
  // capitals, and so does a name ("Independent Provider of Special Education Advice").
  if (/^[A-Z][\w-]*\s+[A-Z]/.test(s) && !/^(?:The|A|An)\s/.test(s)) return s;
  return /^[A-Z](?:[a-z]|\s)/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Share of a sentence's longer words already in the summary at which it says nothing new. */
const REPEAT_SHARE = 0.7;

/**
 * A paragraph without its sentences that repeat the summary ("The council must decide whether to
 * assess within 6 weeks", said twice); undefined when nothing new is left. A list is kept whole.
 */
function withoutRepeats(paragraph: string, summary: string): string | undefined {
  if (/^\s*(?:[-*]|\d+\.)\s/m.test(paragraph)) return paragraph;
  // (A citation says where, not what: "(SEN and Disability Regulations 2014, regulation 15)" does not make a repeated fact new.)
  // (Numbers count however short: "turns 16, 18 or 19" says more than "turns 16".)
  const words = (s: string) => s.replace(CITATION, ' ').toLowerCase().match(/[a-z0-9]{4,}|\b\d+\b/g) ?? [];
  const inSummary = new Set(words(summary));
  const repeats = (sentence: string) => {
    const own = [...new Set(words(sentence))];
    return own.length > 0 && own.filter((w) => inSummary.has(w)).length / own.length >= REPEAT_SHARE;
  };
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=[A-Z(])/);
  const dropped = sentences.map(repeats);
  // A sentence that leans on the one before ("That is help...", "Students there...", "If not, ...") keeps it, said again or not.
  for (let i = sentences.length - 2; i >= 0; i--) if (dropped[i] && !dropped[i + 1] && leansOnTheSentenceBefore(sentences[i + 1])) dropped[i] = false;
  const kept = sentences.filter((_s, i) => !dropped[i]);
  return kept.length ? kept.join(' ') : undefined;
}

/** A citation in brackets: "(Children and Families Act 2014, section 36(8))", "(regulation 20)", "(SEND Code of Practice, paragraph 9.16)". */
const CITATION = /\((?=[^()]*\b(?:Act|Regulations?|regulations?|regs?|sections?|paragraphs?|rules?|Code of Practice)\b)(?:[^()]|\([^()]*\))*\)/g;

/** "That is...", "This means...", "If not, ...", "Students there...": a sentence that only makes sense after the one before it. */
function leansOnTheSentenceBefore(sentence: string): boolean {
  return /^(?:That|This|These|Those|So|But|Otherwise|If not|If so|After that|Then)\b/.test(sentence)
    || /^(?!(?:And|Is|Are|Was|Were|Will|Can|Could|Then)\b)\w+ there\b/.test(sentence);
}

/**
 * A passage never ends on a lead-in whose list is not shown ("Useful evidence includes:"): that
 * sentence goes, and a passage with nothing else left goes too.
 */
export function withoutDanglingLead(passage: string | undefined): string | undefined {
  if (!passage || !/:\s*$/.test(passage)) return passage;
  const kept = passage.trim().replace(/(?:^|(?<=[.!?])\s+)[^.!?]*:\s*$/, '').trim();
  return kept || undefined;
}

function sameText(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return n(a) === n(b) || n(b).includes(n(a));
}
