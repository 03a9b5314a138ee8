import { looksLikeSendTopic, normaliseSendText } from './sendTerms';
import lunr from 'lunr';

/**
 * A short message that leans on the answer before it: "and what if they say no?", "does it cost
 * anything", "do I have to do it?", "how long does it take". On its own it names no SEND topic, so
 * it would be "out of scope"; read with the last answer's topic, it is a question about that topic.
 */
// ("When will the changes happen then?": a "then" at the end leans back too.)
const LEANS_BACK = /^(?:and|but|so|also|ok so|okay so|what about|how about|what if|and if|then)\b|\b(?:it|they|them|that|this|those|these|one|there|he|she)\b|\bthen$/;
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
const ASKS_ABOUT_TIME = /\b(?:how long|how much time|how many (?:days|weeks|months|working days)|(?:my|the|our) last (?:day|date)|last day|deadline|time limit|cut ?off|by when|when (?:do|must|should|have) (?:i|we) (?:got to |have to |need to )?(?:reply|respond|answer|send|comment|get back|do it|have it|return it)|when is it due|due (?:by|date)|what(?: is|s| s) (?:the|my|our) (?:date|end date|final date)|which date|what date)\b/;

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
  // Words that find the last article first, with most of them, are about its topic ("is that even legal" about
  // missing hours), unless one that goes with it has most of them too ("who appeals, me or him? he's 17" after ending a plan).
  const lastFirst = top.id === lastId && top.coverage >= RELATED_COVERAGE;
  const related = candidates.find((h) => h.related && h.score >= RELATED_SHARE * top.score && (h.coverage >= RELATED_COVERAGE || (!lastFirst && h.score >= RELATED_STRENGTH * lastScore)));
  if (related) return related.id;
  return candidates[0] === top && top.score >= lastScore ? top.id : undefined;
}

/** Content words a message needs to say what it is about without the answer before it. */
const SAYS_ENOUGH_WORDS = 5;
/** Share of them its own best article must have (or else as many as the last one, with the topic read in). */
const SAYS_ENOUGH_COVERAGE = 0.75;
/** The last article, searched for with the parent's words alone, this far behind the best: not what they mean. */
const FAR_BEHIND = 0.5;

/**
 * "His plan says 25 hours 1:1, school only gives 15, is that legal?" after the review meeting: a
 * message with enough words of its own (`terms`, as searched) whose best article by those words
 * alone (`hits`, best first, from a sure search) is not the article just shown, which those words
 * do not find or find far behind. It is about that article, however the topic read in scores, when
 * the article has most of the words, or as many as the last one has with the topic read in
 * (`withTopicHits`): then only the topic's own words put the last one first.
 */
export function leavesTheTopic(hits: readonly FollowUpHit[], terms: number, lastId: string, withTopicHits: readonly FollowUpHit[]): boolean {
  const top = hits[0];
  if (!top || top.id === lastId || terms < SAYS_ENOUGH_WORDS) return false;
  const last = hits.find((h) => h.id === lastId);
  if (last && last.score >= FAR_BEHIND * top.score) return false;
  // (Nor when they find an article that goes with the last one as surely: "the school hasn't sent the reports" after reviews.)
  if (hits.some((h) => h.related && h.id !== top.id && h.score >= top.score)) return false;
  const withTopic = withTopicHits.find((h) => h.id === top.id);
  const lastWithTopic = withTopicHits.find((h) => h.id === lastId);
  return top.coverage >= SAYS_ENOUGH_COVERAGE || (withTopic !== undefined && withTopic.coverage >= (lastWithTopic?.coverage ?? 0));
}

/** The last article, found by the parent's words alone this close behind the best: they may well still mean it. */
const CLOSE_BEHIND = 0.85;

/**
 * "Does she have to stay at her old school?" after moving council: the parent's words alone find
 * another article first ("stay at school" after 16), but the article just shown close behind it
 * (`hits`, best first). Read with the topic, the question stays with it.
 */
export function stillOnTheTopic(hits: readonly FollowUpHit[], lastId: string): boolean {
  const top = hits[0];
  const last = hits.find((h) => h.id === lastId);
  return top !== undefined && last !== undefined && last !== top && last.score >= CLOSE_BEHIND * top.score;
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
  // A hedge ("i dont think", "i guess"): how sure the parent is, not what about.
  'think', 'guess', 'reckon', 'suppose', 'sure',
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
 * "How do I know if they're doing it?", "will they tell me how she's getting on?": whether the
 * parent is told and involved, which the article answers where it says so.
 */
const ASKS_IF_TOLD = /\bhow (?:do|would|will|can|could|should|am|are) (?:i|we)(?: supposed to| meant to)? (?:know|no|find out|check|be sure)\b|\bwill (?:they|the school|school|the nursery|nursery|the preschool|the setting|the council|the teacher|the senco) (?:tell|let|inform|update|keep|show) (?:me|us)\b|\b(?:tell|let|inform|update|keep) (?:me|us) (?:know|informed|updated|in the loop)\b|\bhow (?:she|he) s (?:getting on|doing)\b|\bhow (?:is|s) (?:she|he|my \w+) (?:getting on|doing)\b|\b(?:are|r) (?:they|the school) (?:doing it|doing anything|really doing)\b|\b(?:do|would|should) (?:i|we) (?:get|be) told\b/;

export function asksIfTold(text: string): boolean {
  return ASKS_IF_TOLD.test(normaliseSendText(text));
}

/** An article's words for telling and involving the parent: "must tell you", "involve you", "meet parents". */
const STATES_TELLING_YOU = /\b(?:tells? you|told|let you know|involved?(?: you)?|inform you|meet (?:you|parents)|agree with you|review (?:it |them )?with you|share (?:it |them )?with you)\b/gi;

/** How many times a paragraph (or its heading) says the parent is told or involved. */
function tellsParents(text: string): number {
  return text.match(STATES_TELLING_YOU)?.length ?? 0;
}

/**
 * An article's paragraphs that may answer a follow-up, best first: those with the question's
 * rarest words (within this article; a heading counts too), for a question about time those that
 * state a time limit, and for one about whose decision it is, those that say who must do what.
 * A question about being told has first the paragraphs that say the parent is told or involved.
 * None when the question has no word that only some paragraphs have and asks neither.
 */
export function paragraphsAnswering(sections: readonly SectionParagraphs[], question: string): string[] {
  const asked = [...new Set(cluesOf(question))];
  const aboutTime = asksAboutTime(question);
  const aboutWhoDecides = asksWhoDecides(question);
  const aboutBeingTold = asksIfTold(question);
  const paragraphs = sections.flatMap((s) => s.paragraphs.map((text) => ({ text, stems: new Set(stemsOf(text)), heading: new Set(stemsOf(s.heading)), told: aboutBeingTold ? tellsParents(text) + tellsParents(s.heading) : 0 })));
  const total = paragraphs.length;
  const df = (stem: string) => paragraphs.filter((p) => p.stems.has(stem) || p.heading.has(stem)).length;
  // A word in most of the article says nothing about which part is meant.
  const clues = asked.map((stem) => ({ stem, df: df(stem) })).filter((c) => c.df > 0 && c.df * 2 <= total);
  return paragraphs
    .map((p) => {
      let score = (aboutTime && STATES_A_TIME.test(p.text) ? 1 : 0) + (aboutWhoDecides && STATES_WHO_DECIDES.test(p.text) ? 1 : 0);
      for (const c of clues) score += Math.log(1 + total / c.df) * ((p.stems.has(c.stem) ? 1 : 0) + (p.heading.has(c.stem) ? 1 : 0));
      return { text: p.text, score, told: p.told };
    })
    .filter((p) => p.score > 0 || p.told > 0)
    .sort((a, b) => b.told - a.told || b.score - a.score)
    .map((p) => p.text);
}

/** The paragraph of an article that says the parent is told or involved, for a question about that; else undefined. */
export function partAboutBeingTold(sections: readonly SectionParagraphs[], question: string): string | undefined {
  if (!asksIfTold(question)) return undefined;
  let best: { text: string; told: number } | undefined;
  for (const s of sections) {
    for (const text of s.paragraphs) {
      const told = tellsParents(text) + tellsParents(s.heading);
      if (told > (best?.told ?? 0)) best = { text, told };
    }
  }
  return best?.text;
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
 * of it was not shown (or all of it, when short), or undefined. The words of the article's own
 * `title` name no one section of it ("EHC plan" in "What an EHC plan is", after that article).
 */
export function sectionNamedBy(sections: readonly SectionParagraphs[], question: string, shownWords: string | undefined, title = ''): string[] | undefined {
  const topic = new Set(stemsOf(title));
  const asked = new Set(cluesOf(question).filter((stem) => !topic.has(stem)));
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
  return text.replace(SEND_AS_A_VERB, 'write').replace(DISAGREES, 'disagree').replace(ASKS_FOR_IT, 'request it').replace(ASKS_BARE, 'request it');
}

/**
 * "How do I ask?", "how do we apply", "how do I go about it": the way to do what was just read
 * about, with nothing named. On its own it names no topic (and read alone it is not about SEND at
 * all), so it leans on the answer just given.
 */
const ASKS_HOW_TO_DO_IT = /^(?:(?:so|ok|okay|and|but|right|then)\s)*(?:how|where) (?:do|can|could|should|shall|would|will) (?:i|we) (?:even )?(?:ask|apply|request (?:it|one)|do (?:it|that|this)|start|begin|go about (?:it|that|this|doing (?:it|that|this))|get (?:it|one|that|this) (?:done|started))(?: then| now| please)*$/;

export function asksHowToDoIt(text: string): boolean {
  return ASKS_HOW_TO_DO_IT.test(normaliseSendText(text).replace(/\s*\?+$/, ''));
}

// ("How do I ask?" with nothing after it: the same as "how do I ask for it".)
const ASKS_BARE = /(?<=\bhow\s+(?:do|can|could|should|would|shall)\s+(?:i|we)\s+)(?:ask|apply)(?=\s*[?.!]*\s*$)/gi;

/**
 * "How I ask it?", "how do we apply for one": asking for the thing just read about. "Ask" is a stop
 * word to the search, so the question would name nothing; "request" is the articles' word.
 */
// ("Will they meet me if I ask them to?" asks people, not for a thing: not this.)
const ASKS_FOR_IT = /\b(?:(?:ask(?:ing)?|apply(?:ing)?)\s+for|(?<=\bhow\s+(?:(?:do|can|could|should|would|shall)\s+)?(?:i|we)\s+)(?:ask|apply))\s+(?:it|one|them|that|this)\b/gi;

/**
 * "Forget the review for a sec.", "different question:", "something else -": the parent leaves the
 * topic before. Said at the start, before what they now ask.
 */
const CHANGES_TOPIC = new RegExp(String.raw`^\s*(?:(?:ok(?:ay)?|right|so|anyway|also|and|but|thanks|thank you|cheers|sorry|um+|erm+)[\s,.!-]+)*(?:` + [
  String.raw`forget (?:about )?(?:that|this|it|(?:the|my|his|her|our|all) [\w' ]{1,30}?)(?: for (?:now|a (?:sec|second|minute|min|moment|bit)))?`,
  String.raw`(?:(?:on|with) )?(?:a |an )?(?:different|another|separate|new|unrelated) (?:question|topic|subject|thing|issue|query|matter|note)(?: (?:now|for you|please))?`,
  String.raw`something (?:else|different)(?: (?:now|too|please))?`,
  String.raw`(?:to )?chang(?:e|ing) (?:the )?(?:subject|topic)`,
  String.raw`moving on|unrelated(?: to that)?`,
  String.raw`(?:never ?mind|leaving aside|setting aside|putting aside) (?:that|this|(?:the|my|his|her) [\w' ]{1,30}?)(?: for (?:now|a (?:sec|second|minute|moment)))?`,
  String.raw`(?:leave|leaving|put|putting|set|setting) (?:that|this|(?:the|my|his|her) [\w' ]{1,30}?) (?:aside|to one side)(?: for (?:now|a (?:sec|second|minute|moment)))?`,
].join('|') + String.raw`)\s*(?:[.,:;!?]+|\s-+)\s*(.+)$`, 'i');

/**
 * The question after the parent says they are leaving the topic before ("forget the review for a
 * sec. the school is not giving him his hours"), without those words (they would find the old
 * topic again). Undefined when the message does not change topic, or asks nothing after it.
 */
export function newTopicIn(text: string): string | undefined {
  const rest = CHANGES_TOPIC.exec(text.replace(/[\u2018\u2019]/g, "'"))?.[1]?.trim();
  return rest && rest.split(/\s+/).length >= 2 ? rest : undefined;
}

/** A message's sentences: each ends at a full stop, question mark or "!" (parents often leave the last one open). */
export function sentencesOf(text: string): string[] {
  return text.trim().split(/(?<=[.?!])\s+/).map((s) => s.trim()).filter(Boolean);
}

/** "What is X?", "what the sen register", "what are working days": a short name, and nothing else asked. */
const ASKS_WHAT_A_WORD_IS = /^(?:so |and |ok |okay |but |sorry |um |erm )*(?:what|wat|wot)(?: is| s| are| r| does| do)? (?:an? |the )?([a-z][a-z0-9 ]*?)(?: mean| means| stand for| stands for| then| exactly| actually| again)?$/;
/** Words that make "what ..." a question about something other than a name ("what happens next", "what age"). */
const NOT_A_NAME = /\b(?:i|we|you|he|she|it|they|me|us|him|them|my|his|her|our|their|your|this|that|these|those|happens?|happened|do|does|did|done|can|could|should|would|will|shall|next|now|if|about|to|for|of|with|after|before|then|else|there|here|is|are|was|were|be|been|have|has|had|get|go|going|need|needs|point|best|way|kind|sort|type|types|difference|options|steps|help|law|rules|happen|wrong|right|matter|up|on|so|not|no|yes|the)\b/;
/** "What time?", "what age?": one word that asks for a value, not a name. */
const NOT_A_NAME_ALONE = /^(?:time|age|date|day|days|week|weeks|month|year|school|one|ones|else|now|next)$/;
const MAX_NAME_WORDS = 3;

/**
 * The name a sentence asks about ("what are working days?": "working days"), or undefined when it
 * asks something else. A sentence with no question mark counts when it is a message of its own.
 */
export function nameAskedAbout(sentence: string): string | undefined {
  const name = ASKS_WHAT_A_WORD_IS.exec(normaliseSendText(sentence))?.[1]?.trim();
  if (!name || NOT_A_NAME.test(name) || NOT_A_NAME_ALONE.test(name) || name.split(' ').length > MAX_NAME_WORDS || !/[a-z]{3}/.test(name)) return undefined;
  return name;
}

/** A sentence that asks something: it ends with a question mark or opens as a question. */
function asksSomething(sentence: string): boolean {
  return /\?$/.test(sentence) || /^(?:and |so |but |also |ok )*(?:what|who|when|where|why|how|which|can|could|do|does|did|is|are|will|would|should|must|has|have)\b/i.test(sentence);
}

/**
 * A message with a name asked about in a sentence of its own ("He don't have EHC plan. What is EHC
 * plan?", "What are working days? And does she have to stay at her old school?"): that sentence,
 * and the other sentences that ask something (none, when the rest only tells). Undefined for a
 * message of one sentence, or with no such name.
 */
export function nameAskedBeside(text: string): { sentence: string; name: string; otherQuestions: string } | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  const i = sentences.findIndex((s) => nameAskedAbout(s) !== undefined);
  if (i < 0) return undefined;
  const others = sentences.filter((s, j) => j !== i && asksSomething(s));
  return { sentence: sentences[i]!, name: nameAskedAbout(sentences[i]!)!, otherQuestions: others.join(' ') };
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

/** "Who's there?", "who comes to it?", "who will be at the review?": who takes part in a meeting. */
// (And "can I bring the school SENCo?", "can my mum come with me": whether someone may come, asked of a meeting just read about.)
const ASKS_WHO_COMES = /\bwho(?: s| is| will| would| should| else| do they| does the \w+)?(?: be)? (?:there|at it|at the (?:meeting|review|mediation|hearing)|in the room|coming|come|comes|goes|attend\w*|turns? up|invited|takes? part|can come)\b|^(?:(?:so|and|ok|okay|also)\s+)*(?:can|could|may|should) (?:i|we) (?:bring|take|invite) (?:my |our |the |a |an |his |her |someone|somebody|anyone)(?:\w+ ){0,3}?\w*(?: with (?:me|us)| along)?\s*\??$|^(?:(?:so|and|ok|okay|also)\s+)*(?:can|could|may) (?:my|our|the|his|her|a|an) (?:\w+ ){0,3}?(?:come|attend|be there)(?: with (?:me|us)| too| as well)?\s*\??$/;
export function asksWhoComes(text: string): boolean {
  return ASKS_WHO_COMES.test(normaliseSendText(text));
}

/** A section that says who takes part ("Who takes part", "Who can come with you"). */
const SAYS_WHO_COMES = /^who (?:takes part|can come|comes|attends|is invited|goes|will be there)\b/i;

/**
 * "Right, but who's there?" after the review meeting's time limits: the section that says who
 * takes part, in the first of `articles` (the last one shown, then its related ones) that has one
 * with something not shown. Undefined when the question is not about who comes.
 */
export function whoTakesPart(articles: readonly ArticleSections[], question: string, shownWords: string | undefined): { id: string; part: string[] } | undefined {
  if (!asksWhoComes(question)) return undefined;
  for (const a of articles) {
    const section = a.sections.find((s) => SAYS_WHO_COMES.test(s.heading));
    const part = section ? section.paragraphs.filter((p) => !wasShown(p, shownWords)) : [];
    if (part.length) return { id: a.id, part };
  }
  // No section says who takes part: the paragraph of the first article that says who may be brought ("You can bring a supporter").
  const first = articles[0];
  const paragraph = first?.sections.flatMap((s) => s.paragraphs).find((p) => SAYS_WHO_MAY_COME.test(p));
  return first && paragraph ? { id: first.id, part: [paragraph] } : undefined;
}

/** A paragraph that says who may be brought along ("You can bring a supporter or a representative"). */
const SAYS_WHO_MAY_COME = /\byou can (?:bring|take|invite|have) (?:a |an |your |someone)|\b(?:can|may) (?:come|attend) with you\b/i;

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
