import { looksLikeSendTopic, normaliseSendText } from './sendTerms';
import lunr from 'lunr';

/**
 * A short message that leans on the answer before it: "and what if they say no?", "does it cost
 * anything", "do I have to do it?", "how long does it take". On its own it names no SEND topic, so
 * it would be "out of scope"; read with the last answer's topic, it is a question about that topic.
 */
const LEANS_BACK = /^(?:and|but|so|also|ok so|okay so|what about|how about|what if|and if|then)\b|\b(?:it|they|them|that|this|those|these|one|there|he|she)\b/;
// ("There is no school named in it, has the council made a mistake?" is 13.)
const MAX_WORDS = 14;

export function looksLikeFollowUp(text: string): boolean {
  const t = normaliseSendText(text);
  if (!t) return false;
  const words = t.split(' ').length;
  return words >= 2 && words <= MAX_WORDS && LEANS_BACK.test(t);
}

/** The question to search for: the parent's words with the topic of the answer they follow. */
export function withTopic(text: string, lastTopic: string): string {
  return `${text.trim().replace(/[?.!]+$/, '')} ${lastTopic}`;
}

/**
 * An article title as a topic: "How to ask for an EHC needs assessment" is "EHC needs assessment";
 * "Mediation: what it is and how it can help" is "Mediation". (The whole title would outweigh the
 * parent's own words in the search.)
 */
export function topicOfTitle(title: string): string {
  return title.split(/[:?]/)[0]
    .replace(/^(?:how to ask for|how to|what to do when|what happens at|what|when|who|why|do you need|if|moving to|asking for|the|a|an)\s+/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:is|are|takes)$/i, '')
    .replace(/[()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "What does that word mean?" with no word named. */
export function asksAboutAnUnnamedWord(text: string): boolean {
  return /^(?:and |so |sorry |ok )?(?:what does|what do|what is|whats|what s) (?:that|this|the|those|these) (?:word|words|term|terms|bit|one|jargon|abbreviation|acronym)s? (?:mean|means|stand for)?\??$/.test(normaliseSendText(text));
}

/** "What does that mean?", "I don't understand": the last answer, said more plainly, is wanted. */
export function asksWhatThatMeans(text: string): boolean {
  return /^(?:and |so |sorry |ok |um |erm )*(?:what does (?:that|this|it|all that) (?:mean|actually mean)|what do you mean|what s that mean|i (?:do not|still do not) (?:understand|get it|get that)(?: (?:that|this|it|what that means))?|(?:can you |could you |please )?explain (?:that|this|it)(?: again| more simply| in plain english| please)*|in (?:plain|simple) (?:english|words)(?: please)?|(?:you )?lost me|too complicated|that is too complicated|huh|eh)\??$/.test(normaliseSendText(text));
}

/**
 * "How long have I got?", "it came on Friday, when's my last day?", "what's the deadline?": a
 * question about time that names nothing else. Straight after an answer whose article has a time
 * limit of its own (the draft plan's, a review's), it is that time limit that is asked about.
 */
const ASKS_ABOUT_TIME = /\b(?:how long|how much time|how many (?:days|weeks|months|working days)|(?:my|the|our) last (?:day|date)|last day|deadline|time limit|cut ?off|by when|when (?:do|must|should|have) (?:i|we) (?:got to |have to |need to )?(?:reply|respond|answer|send|comment|get back|do it|have it|return it)|when is it due|due (?:by|date))\b/;

export function asksAboutTime(text: string): boolean {
  const t = normaliseSendText(text);
  return t.split(' ').length <= 20 && ASKS_ABOUT_TIME.test(t);
}

/**
 * "What are my dates?", "when's my deadline": the parent's own dates with nothing that says they
 * are mediation or appeal dates. Which dates depends on what the parent is doing: a request for an
 * assessment has the council's dates, a decision has the appeal's.
 */
const OWN_DATES = /\b(?:my|our) (?:\w+ ){0,2}?(?:deadlines?|dates|key dates|time limits?|due date|cut ?off)\b|\bwhen is (?:my|our|the) deadline\b/;
const NAMES_A_DISPUTE = /\b(?:mediat\w*|appeal\w*|tribunal|certificate|decision|refus\w*|said no|turned (?:us |me )?down)\b/;

export function asksForOwnDates(text: string): boolean {
  const t = normaliseSendText(text);
  return OWN_DATES.test(t) && !NAMES_A_DISPUTE.test(t);
}

/**
 * "Can you say that in simpler words?", "what does that mean in normal English?": the last answer,
 * said more plainly (the words asksWhatThatMeans does not already cover).
 */
const WANTS_IT_SIMPLER = /^(?:and |so |sorry |ok |um |erm )*(?:(?:what does|what is|what do|what s) (?:that|this|it|all that|all this)(?: (?:mean|actually mean|all mean))?|what do you mean|(?:(?:can|could|would) you |please )?(?:say|put|explain|write|tell me|give me) (?:that|this|it)(?: again)?)? ?(?:in|using|into) (?:(?:plain|simple|simpler|plainer|normal|everyday|easy|easier|proper|real|basic|layman|laymans) )?(?:english|words|terms|language)(?: please)?\??$/;

export function wantsItSaidSimply(text: string): boolean {
  return asksWhatThatMeans(text) || WANTS_IT_SIMPLER.test(normaliseSendText(text));
}

/**
 * "That's not what I asked, I asked if I can appeal for her": the parent says the last reply
 * missed, and says the question again. Returns the question as restated ("I can appeal for her"),
 * or undefined when the message is not such a correction or restates nothing.
 */
const MISSED = String.raw`(?:no+|nope)?[\s,.!]*(?:(?:that|this|it)(?:'?s|\s+is|\s+was)?\s+not|(?:that|this|it)\s+(?:isn'?t|wasn'?t))\s+(?:what\s+i\s+(?:asked|meant|said|wanted|was\s+asking)|my\s+question|the\s+question|an\s+answer\s+to\s+my\s+question|right)` +
  String.raw`|you(?:'ve|\s+have)?\s+(?:misunderstood|got\s+(?:it|that|me)\s+wrong)(?:\s+me)?|(?:no+|nope)(?=[\s,.!]+(?:i\s|my\s|what\s+i\s))`;
const SAYS_AGAIN = String.raw`(?:i\s+(?:asked|meant|said|was\s+asking|am\s+asking|'?m\s+asking|wanted\s+to\s+know|want\s+to\s+know)(?:\s+(?:you\s+)?(?:about|was))?|(?:my\s+question|what\s+i\s+(?:asked|meant|want\s+to\s+know|wanted\s+to\s+know))\s+(?:was|is))`;
const CORRECTION = new RegExp(String.raw`^\s*(?:sorry[\s,.!]+)?(?:${MISSED})[\s,.;:!?-]*(?:${SAYS_AGAIN})?[\s,.;:-]*(.*)$`, 'i');

export function restatedQuestion(text: string): string | undefined {
  const m = CORRECTION.exec(text.replace(/[\u2018\u2019]/g, "'"));
  if (!m) return undefined;
  // "if I can appeal for her": the question is what follows "if" or "whether".
  const asked = (m[1] ?? '').trim().replace(/^(?:if|whether|about|was|is|that)\s+/i, '').trim();
  return asked.split(/\s+/).filter(Boolean).length >= 2 ? asked : undefined;
}

/**
 * What an answer showed, kept between turns so the next one is not the same again: its longer
 * words, each once. (The words, not the text: all that is needed is whether a paragraph was shown.)
 */
export function shownWordsOf(text: string): string {
  return [...new Set(longWordsOf(text))].join(' ');
}

/** True when (nearly) every longer word of `paragraph` was in the answer shown. */
export function wasShown(paragraph: string, shownWords: string | undefined): boolean {
  if (!shownWords) return false;
  const shown = new Set(shownWords.split(' '));
  const words = longWordsOf(paragraph);
  if (!words.length) return true;
  return words.filter((w) => shown.has(w)).length / words.length >= SHOWN_SHARE;
}

/** Share of a paragraph's words already on screen at which it says nothing new. */
const SHOWN_SHARE = 0.8;

function longWordsOf(text: string): string[] {
  // Placeholders ({{council.name}}) and link targets (kb:...) are filled or dropped when shown.
  const plain = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\]\([^)]*\)/g, ' ');
  return plain.toLowerCase().match(/[a-z0-9]{4,}/g) ?? [];
}

/** A search hit as the choice below needs it. */
export interface FollowUpHit {
  readonly id: string;
  readonly score: number;
  readonly coverage: number;
  /** The article lists the last one as related, or the last one lists it. */
  readonly related: boolean;
}

/** Share of the question's words an article must have to be its own answer. */
const OWN_COVERAGE = 0.8;
/** Share below which an article has too little of the question to be considered at all (the retriever's own floor). */
const SOME_COVERAGE = 0.5;
/** Share of the question's words a related article needs (or else to be found half as surely as the last one was with the topic). */
const RELATED_COVERAGE = 0.7;
const RELATED_STRENGTH = 0.5;
/** A related article may win from a little behind the best ("can they change the plan after" a review: amending, not reforms). */
const RELATED_SHARE = 0.6;

/**
 * The topic read into a follow-up led back to the article just shown. Does the parent's question
 * name a topic of its own? Its best article, from a sure search of their words alone (`hits`,
 * best first), if that belongs with the last article, is nearly the best, and has most of the
 * words or is found at least half as surely as the last one was with the topic added
 * (`lastScore`); or if it is found more surely than that.
 */
export function ownTopicOf(hits: readonly FollowUpHit[], lastId: string, lastScore: number): string | undefined {
  const candidates = hits.filter((h) => h.id !== lastId && h.coverage >= SOME_COVERAGE);
  const top = hits[0];
  if (!top || !candidates.length) return undefined;
  const related = candidates.find((h) => h.related && h.score >= RELATED_SHARE * top.score && (h.coverage >= RELATED_COVERAGE || h.score >= RELATED_STRENGTH * lastScore));
  if (related) return related.id;
  return candidates[0] === top && top.score >= lastScore ? top.id : undefined;
}

/** Share of the best score the next-best article needs, searched with the topic, to be worth showing. */
const NEXT_BEST_SHARE = 0.5;

/**
 * Nothing new in the article just shown: the next-best article for the question read with the
 * topic (`withTopicHits`, best first), when it is nearly as good, covers the words, and belongs
 * with the last article or is found by the parent's words alone (`ownHits`).
 */
export function nextBestOf(withTopicHits: readonly FollowUpHit[], lastId: string, ownHits: readonly FollowUpHit[]): string | undefined {
  const top = withTopicHits[0];
  if (!top) return undefined;
  const own = new Set(ownHits.filter((h) => h.coverage >= OWN_COVERAGE).map((h) => h.id));
  return withTopicHits.find((h) => h.id !== lastId && h.coverage >= OWN_COVERAGE && h.score >= NEXT_BEST_SHARE * top.score && (h.related || own.has(h.id)))?.id;
}

/** True when a search hit has enough of the question's words to be its answer on its own. */
export function coversTheQuestion(hit: { readonly coverage: number } | undefined): boolean {
  return (hit?.coverage ?? 0) >= OWN_COVERAGE;
}

/** One section of an article, as the finder below sees it. */
export interface SectionParagraphs {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

/** Words that say nothing about which part of an article is meant ("how often", "just", "happen"). */
const NOT_A_CLUE = new Set([
  // Little words of phrasal verbs ("turn it down", "write down"): they match the wrong paragraph.
  'down', 'up', 'out', 'off', 'over', 'back', 'away', 'turn', 'put', 'take', 'make', 'made', 'give', 'goes', 'going', 'come', 'way', 'say', 'let',
  'just', 'really', 'actually', 'happen', 'happens', 'happened', 'mean', 'means', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'thats', 'anything', 'something', 'thing', 'things', 'please', 'okay', 'also', 'then', 'still', 'even', 'need', 'want', 'know', 'tell', 'said', 'says', 'like', 'much', 'many', 'long', 'often', 'got', 'get', 'gets', 'getting']);
/** Little words of phrasal verbs: "turn it down" is not about "write down the date". */
const PARTICLES = /\b(?:down|up|out|off|over|back|away)\b/gi;

/** The question for finding a paragraph in an article: without the little words of phrasal verbs. */
export function withoutParticles(text: string): string {
  return text.replace(PARTICLES, ' ').replace(/\s+/g, ' ').trim();
}

/** A section may be shown whole when it is this short. */
const SHORT_SECTION = 2;

/** A time limit in an article's words: "{{t:draftPlanComments}}", "within 2 months". */
const STATES_A_TIME = /\{\{t:[^}]+\}\}|\b\d+\s+(?:working\s+)?(?:days?|weeks?|months?|years?)\b/;

/**
 * "Who decides if we get it?", "who has the final say?": a question about whose decision
 * something is, which the article answers where it says who must or may do what.
 */
const ASKS_WHO_DECIDES = /\bwho (?:decides?|gets to (?:decide|say|choose)|chooses|says (?:yes|no|if|whether)|agrees|approves|has the (?:final )?say|makes (?:the|that) (?:decision|call)|is in charge of)\b|\bwho s (?:decision|call) is it\b|\bwhose (?:decision|call|choice)\b/;

export function asksWhoDecides(text: string): boolean {
  return ASKS_WHO_DECIDES.test(normaliseSendText(text));
}

/** Who must or may do something, in an article's words: "the council must", "needs your agreement". */
const STATES_WHO_DECIDES = /\b(?:must|decides?|decision|agree|agreement|consent|has the final say)\b/i;

/**
 * An article's paragraphs that may answer a follow-up, best first: those with the question's
 * rarest words (within this article; a heading counts too), for a question about time those that
 * state a time limit, and for one about whose decision it is, those that say who must do what.
 * None when the question has no word that only some paragraphs have and asks neither.
 */
export function paragraphsAnswering(sections: readonly SectionParagraphs[], question: string): string[] {
  const asked = [...new Set(cluesOf(question))];
  const aboutTime = asksAboutTime(question);
  const aboutWhoDecides = asksWhoDecides(question);
  const paragraphs = sections.flatMap((s) => s.paragraphs.map((text) => ({ text, stems: new Set(stemsOf(text)), heading: new Set(stemsOf(s.heading)) })));
  const total = paragraphs.length;
  const df = (stem: string) => paragraphs.filter((p) => p.stems.has(stem) || p.heading.has(stem)).length;
  // A word in most of the article says nothing about which part is meant.
  const clues = asked.map((stem) => ({ stem, df: df(stem) })).filter((c) => c.df > 0 && c.df * 2 <= total);
  return paragraphs
    .map((p) => {
      let score = (aboutTime && STATES_A_TIME.test(p.text) ? 1 : 0) + (aboutWhoDecides && STATES_WHO_DECIDES.test(p.text) ? 1 : 0);
      for (const c of clues) score += Math.log(1 + total / c.df) * ((p.stems.has(c.stem) ? 1 : 0) + (p.heading.has(c.stem) ? 1 : 0));
      return { text: p.text, score };
    })
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((p) => p.text);
}

/**
 * What to show of an article for a follow-up, from its paragraphs that answer it (`ranked`, best
 * first): the first that was not shown, with the rest of its section not shown when that section
 * is short; or, when that paragraph was shown but the rest of its short section was not, the whole
 * section (what answered, said again beside what the parent has not seen).
 */
export function firstUnshownPart(sections: readonly SectionParagraphs[], ranked: readonly string[], shownWords: string | undefined): string[] | undefined {
  for (const paragraph of ranked) {
    const section = sections.find((s) => s.paragraphs.includes(paragraph));
    const around = section && section.paragraphs.length <= SHORT_SECTION ? section.paragraphs : [paragraph];
    const unshown = around.filter((text) => !wasShown(text, shownWords));
    if (!unshown.length) continue;
    return unshown.includes(paragraph) ? unshown : [...around];
  }
  return undefined;
}

/** A heading shares this many of the question's words: the question is about that section. */
const HEADING_CLUES = 2;

/**
 * "There's no school named in it, is that a mistake?" after the draft plan: a question that names
 * a section of the last article by its heading ("Why no school is named yet"). That section, what
 * of it was not shown (or all of it, when short), or undefined.
 */
export function sectionNamedBy(sections: readonly SectionParagraphs[], question: string, shownWords: string | undefined): string[] | undefined {
  const asked = new Set(cluesOf(question));
  let best: SectionParagraphs | undefined;
  let bestCount = 0;
  for (const s of sections) {
    const count = new Set(stemsOf(s.heading).filter((stem) => asked.has(stem))).size;
    if (count > bestCount) { best = s; bestCount = count; }
  }
  return best && bestCount >= HEADING_CLUES ? firstUnshownPart(sections, best.paragraphs, shownWords) : undefined;
}

/** True when every paragraph of an answer's text was shown already: the same answer again. */
export function repeatsWhatWasShown(body: string, shownWords: string | undefined): boolean {
  return body.split(/\n\s*\n/).every((p) => wasShown(p, shownWords));
}

/** The question's words that could say which part of an article is meant, stemmed. */
function cluesOf(question: string): string[] {
  const t = question.toLowerCase().replace(/[\u2018\u2019']/g, '')
    // "how often", "how long": what kind of answer, not which part of the article.
    .replace(/\b(?:how (?:often|long|much|many|soon)|what (?:about|if|happens)|is that|is it)\b/g, ' ');
  return (t.match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 3 && !NOT_A_CLUE.has(w) && lunr.stopWordFilter(new lunr.Token(w, {})))
    .map(stemOf);
}

/** A paragraph's words, stemmed; "SEND" (the acronym) is not the verb "send". */
function stemsOf(text: string): string[] {
  const plain = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\]\([^)]*\)/g, ' ').replace(/\bSEND\b/g, ' ').toLowerCase().replace(/['\u2019]/g, '');
  return (plain.match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 3).map(stemOf);
}

function stemOf(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

/** "Who do I send that to?": "send" as a verb is not SEND, so that message names no topic of its own. */
const SEND_AS_A_VERB = /\bsend(?=\s+(?:it|that|this|them|these|those|to|off|back|him|her|me|us|my|our|your)\b)/gi;

export function namesASendTopic(text: string): boolean {
  return looksLikeSendTopic(text.replace(SEND_AS_A_VERB, 'post'));
}

/** "I don't agree with the changes", "not happy with it": said as the articles say it. */
const DISAGREES = /\b(?:(?:do|did)\s+not|don'?t|didn'?t|not)\s+(?:agree|happy)\b/gi;

/**
 * A follow-up as searched: "send" the verb said as "write", so the search does not read it as
 * SEND; "don't agree" as "disagree", the word the articles use.
 */
export function asSearched(text: string): string {
  return text.replace(SEND_AS_A_VERB, 'write').replace(DISAGREES, 'disagree');
}

/** An article's sections, named, as the search of related articles below sees them. */
export interface ArticleSections {
  readonly id: string;
  readonly sections: readonly SectionParagraphs[];
}

/**
 * Nothing more in the article just shown: the paragraph of a related article (or of another
 * section) that has most of the question's words and was not shown ("and if they don't?" after the
 * review meeting). `context`: the parent's earlier words, used only when the question has too few
 * of its own. Undefined unless a paragraph shares at least two of the question's clue words.
 */
export function bestPartElsewhere(articles: readonly ArticleSections[], question: string, shownWords: string | undefined, context = ''): { id: string; part: string[] } | undefined {
  let clues = [...new Set(cluesOf(question))];
  if (clues.length < 2 && context) clues = [...new Set([...clues, ...cluesOf(context)])];
  if (!clues.length) return undefined;
  // (One shared word, "council", is too little to say a paragraph answers.)
  const needed = 2;
  let best: { id: string; part: string[]; hits: number } | undefined;
  for (const a of articles) {
    for (const s of a.sections) {
      const heading = new Set(stemsOf(s.heading));
      for (const p of s.paragraphs) {
        if (wasShown(p, shownWords)) continue;
        const stems = new Set(stemsOf(p));
        const hits = clues.filter((c) => stems.has(c) || heading.has(c)).length;
        if (hits >= needed && (!best || hits > best.hits)) best = { id: a.id, part: [p], hits };
      }
    }
  }
  return best && { id: best.id, part: best.part };
}

/** The first section of an article with a paragraph not yet shown ("and?", "go on"). */
export function nextUnshownSection(sections: readonly SectionParagraphs[], shownWords: string | undefined): string[] | undefined {
  for (const s of sections) {
    const unshown = s.paragraphs.filter((p) => !wasShown(p, shownWords));
    if (unshown.length) return unshown;
  }
  return undefined;
}

/** True when the question has no word that could say which part of an article is meant ("what happens to it"). */
export function hasNoClueWords(question: string): boolean {
  return cluesOf(question).length === 0;
}
