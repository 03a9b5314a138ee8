import { opensAsQuestion } from '../text/questionSentence';
import lunr from 'lunr';
import type { Article, ArticleSection } from './article';
import { buildVocabulary, normaliseText, PATTERN_TOKENS, type Vocabulary } from './sendVocabulary';
import { describeTimescale, isTimescaleKey } from '../timescales';
import type { LoadedKnowledge } from './loadKnowledgeBase';
import { paragraphsOf } from './parseArticle';

/**
 * Finds the article (and the section of it) that best answers a parent's question.
 * lunr (BM25) over each article's title, alternative questions, keywords and summary, and over
 * each section separately, after the SEND vocabulary has given every synonym one canonical token.
 */

export interface SearchHit {
  readonly article: Article;
  /** The section that matched best, when a section beat the article's own summary. */
  readonly section?: ArticleSection;
  readonly score: number;
  /** Share of the question's content words found in this article (0..1). */
  readonly coverage: number;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Content words of the question (after stop words), as searched. */
  readonly queryTerms: readonly string[];
  /** True when the best hit is good enough to answer with. */
  readonly confident: boolean;
  /** The topic of a topic word in the question (see TOPIC_WORDS) that the best hit never uses, e.g. "school transport". */
  readonly missingTopic?: string;
}

// Words parents use around a question that say nothing about its topic.
const EXTRA_STOP_WORDS = new Set(['son', 'daughter', 'child', 'kid', 'kids', 'boy', 'girl', 'sons', 'daughters', 'childs',
  'please', 'thanks', 'thank', 'know', 'tell', 'want', 'help', 'whats', 'someone', 'something', 'thing', 'things',
  'im', 'ive', 'dont', 'doesnt', 'cant',
  'really', 'still', 'now', 'yet', 'much', 'many', 'long', 'mean', 'means', 'meaning', 'explain', 'question', 'ask', 'asking',
  'happen', 'happens', 'need', 'needs', 'go', 'going', 'make', 'made', 'use', 'us', 'we', 'our', 'told', 'said', 'say', 'keep', 'keeps',
  'right', 'okay', 'ok', 'actually', 'just', 'currently', 'being', 'been',
  // Greetings and politeness around a question ("Good morning, sorry to bother you, quick question...").
  'hi', 'hello', 'hey', 'hiya', 'good', 'morning', 'afternoon', 'evening', 'wondering', 'sorry', 'bother', 'bothering', 'quick',
  'query', 'hope', 'kind', 'kindly', 'stand', 'stands',
  // Contractions, once their apostrophe is gone.
  'theyre', 'weve', 'youre', 'youve', 'theyve', 'hes', 'shes', 'isnt', 'arent', 'didnt', 'havent', 'hasnt', 'wasnt', 'werent',
  'wouldnt', 'couldnt', 'shouldnt', 'thats', 'theres', 'id',
  // "Which ones...", "how do we get one": it stands for a word said before it.
  'one', 'ones',
  // "Who ours is", "what are they supposed to do", "does having a plan mean", "what usually happens": no topic in them.
  'ours', 'yours', 'theirs', 'supposed', 'even', 'having', 'usually', 'normally', 'typically', 'generally', 'over',
  // "Grandma here", "foster carer here, ...": who is writing, not what about.
  'here',
  // "Ok different thing", "my friend says" (tokens of the vocabulary): where a question starts or who said it, not what about.
  'newthing', 'heardsaid',
  // "Where do I start?", "what should I do first?": a first step, of whatever the rest of the question is about.
  'firststeps',
  // "I am grandmother looking after my grandson": who is writing and about whom, as "son" and "daughter" are.
  'grandson', 'granddaughter', 'grandchild', 'grandchildren', 'grandsons', 'granddaughters', 'grandkids', 'grandmother', 'grandma', 'granny', 'nan', 'nana', 'grandad', 'grandfather', 'grandpa',
  // "My english not good": about the writer (a token of the vocabulary).
  'ownenglish',
  // "...anyway, how do I get him speech therapy in his plan?": the question starts after it, the story before it is an aside.
  'anyway', 'anyways', 'btw',
  // "Can my son come as well?": as "too" is. ("Gets", as "get" and "got" are: "can the plan say she gets a laptop".)
  'well', 'gets',
  // Contractions with "will", once their apostrophe is gone ("does that mean they'll stop...").
  'theyll', 'itll', 'youll', 'thatll',
  // "What goes in section F?": as "go" and "going" are.
  'goes']);

const isPlainStopWord = (token: string) => !lunr.stopWordFilter(new lunr.Token(token, {})) || EXTRA_STOP_WORDS.has(token);
// "we're", "they've", "isn't": a contraction of stop words is one too (the index keeps apostrophes).
const isStopWord = (token: string) => isPlainStopWord(token) || (token.includes("'") && isPlainStopWord(token.replace(/'/g, '')));

/**
 * Words that carry a question's whole topic: only an article about the topic can answer it,
 * however well another matches the rest ("does the school have to give my son a taxi" matched an
 * article on school and giving help). Such a question gets the honest "I do not have information
 * about school transport yet", the offer of an adviser, and a place in the editors' gaps report.
 * An article on the topic, once written with the word in its keywords, answers as usual.
 */
export const TOPIC_WORDS: Readonly<Record<string, string>> = topicsByWord({
  'school transport': ['transport', 'taxi', 'taxis', 'minibus', 'bus', 'travel'],
  exams: ['exam', 'exams', 'gcse', 'gcses', 'sats', 'scribe', 'invigilator'],
  'detentions and isolation': ['detention', 'detentions', 'isolation', 'booth'],
  'school uniform': ['uniform'],
  'school trips': ['trip', 'trips'],
  homework: ['homework'],
  medicines: ['medicines'],
  bullying: ['bullied', 'bullying', 'bully'],
  'disability discrimination': ['adjustments', 'discrimination', 'discriminate', 'discriminated', 'equality'],
  'short breaks and respite': ['shortbreaks'],
  'lunchtimes and clubs': ['lunchtime', 'lunchtimes', 'playground', 'clubs'],
  childcare: ['childcare', 'wraparound'],
  'toileting': ['toilet', 'toileting', 'nappies'],
  funding: ['funding'],
  'home education': ['elective', 'homeedplan'],
  // Education otherwise than at school (the glossary's EOTAS): no article says when a plan can set it out.
  'education otherwise than at school (EOTAS)': ['geotas'],
  reassessment: ['reassessment'],
  'independent schools': ['independentschool'],
  'free school meals': ['meals'],
  'benefits': ['welfarebenefits'],
  'university': ['university'],
  'restraint': ['restrain', 'restrained', 'restraint', 'restraining'],
  // Concept tokens from the vocabulary (see PATTERN_CONCEPTS in sendVocabulary.ts): questions no article answers.
  'recommending particular schools': ['schoolrecommendation'],
  'child development milestones': ['devmilestones'],
  'NHS waiting lists': ['healthwait'],
  'getting a diagnosis privately or through Right to Choose': ['privatediagnosis'],
  'recommending private professionals': ['recommendprofessional'],
  'behaviour and sleep at home': ['homebehaviour'],
  'finding a private tutor': ['findtutor'],
  // Mediation that did not settle it: what next (the certificate and the appeal), not the meeting itself.
  'what to do after mediation that did not settle things': ['mediationfailed'],
  // Synonym tokens (CORE_SYNONYMS in sendVocabulary.ts).
  'children in care, kinship carers and who counts as a parent': ['lookedafter'],
  'blue badges': ['bluebadge'],
  // School places for a child without an EHC plan (admissions and their appeals).
  'school admissions': ['schooladmissions'],
  // A support plan from another country: what happens to it in England.
  'moving to England from another country': ['fromabroad'],
  // Who the family's contact at the council is (a caseworker, key worker or "named person").
  'caseworkers and key workers': ['keyworker'],
  // Care for an adult (after an EHC plan can last): the council's adult social care, not SEND law.
  'adult social care': ['adultsocialcare'],
  // Consent and sharing a child's information (data protection).
  'consent and sharing information': ['infosharing'],
  // A professional watching a child at school or home ("can the school refuse to let the EP observe him").
  'observations by professionals': ['observe', 'observes', 'observed', 'observing', 'observation', 'observations'],
  'tribunal bundles': ['tribunalbundle'],
  // Legal aid for an appeal, and school SEN funding (notional budgets, top-up): no article explains them.
  'legal aid': ['legalaid'],
  'school SEN funding': ['schoolsenfunding'],
  // Money a family spent on help (private therapy, a tutor) paid back by the council.
  'getting back money you spent on help': ['payback'],
  'the SEND Change Programme': ['changeprogramme'],
  // A family asked to pay for help in a plan (a TA, therapy): no article says.
  'paying for help in a plan': ['chargefamily'],
  // Judicial review: named only in passing, as a last step when help in a plan is not given.
  'judicial review': ['judicialreview'],
  // A solicitor's pre-action letter (a letter before claim): named in the key dates, explained by no article.
  'pre-action letters': ['preactionletter'],
  // A child in a young offender institution or other custody: what happens to a plan there.
  'children and young people in custody': ['youthcustody'],
  // Children's social care's own assessments (a "section 17" child in need assessment), not an EHC needs assessment.
  'social care assessments for a child in need': ['childinneed'],
  // The council's own panels that decide on requests and plans.
  'council panels': ['senpanel'],
  'provision maps': ['provisionmap'],
  // Medicines and medical needs at school (the school's policy on medical conditions), not a GP's question.
  'medical needs at school': ['schoolmedical'],
});

function topicsByWord(words: Readonly<Record<string, readonly string[]>>): Record<string, string> {
  return Object.fromEntries(Object.entries(words).flatMap(([topic, list]) => list.map((word) => [word, topic])));
}

/** The glossary's conditions, as the vocabulary writes them (see canonicalToken). */
export const CONDITION_TOKENS: ReadonlySet<string> = new Set(['gautism', 'gadhd', 'gspld', 'gmld', 'gsld', 'gpmld', 'gslcn', 'gsemh', 'gvisualimpairment', 'ghearingimpairment']);

/** Minimum share of the question's content words the best article must contain to be an answer. */
export const MIN_COVERAGE = 0.5;
/** Minimum lunr score for an answer (scores below this are chance matches on common words). */
export const MIN_SCORE = 3;
/** Topic tokens that say who is asking (a kinship carer, a child in care): never background to "am I allowed to ask?". */
const WHO_IS_ASKING_TOKENS: ReadonlySet<string> = new Set(['lookedafter']);
/** A score that leaves no doubt which article a long story is about. */
const STRONG_SCORE = 10;
/** A message this long (sentences and words) is a story with its question at the end. */
const STORY_SENTENCES = 3;
const STORY_WORDS = 25;

/** Enough for every word parents use; a flood of made-up words only starts the list again. */
const MAX_REMEMBERED_STEMS = 10_000;

/** A paragraph (or a lead line with its list) of an article's section, as shown in an answer. */
export interface Passage {
  readonly section: ArticleSection;
  /** Which paragraph of the section (0 = the first). */
  readonly index: number;
  readonly text: string;
}

/** A passage must match at least one fairly distinctive word of the question to be shown. */
const MIN_PASSAGE_SCORE = 1.5;

/** "...anyway, how do I...": what comes before it is an aside (only when a question follows it). */
const ASIDE_BEFORE = /\banyways?\b[,.!]?\s+(?=(?:what|how|when|who|why|where|which|can|could|do|does|is|are|will|would|should|must|has|have|i|we|my|our)\b)/i;
/** ", and can I ask...": a second question joined on inside one sentence (as questionParts.ts reads it). */
const SECOND_QUESTION = /,?\s+(?:and|also|plus)\s+(?=(?:what|how|when|who|why|where|which|can|could|do|does|did|is|are|will|would|should|must|has|have)\b)/i;
/** Words of a question that name nothing it is about ("is there anything I can do?", "what are my options now?"). */
const NAMES_NOTHING: ReadonlySet<string> = new Set(['anything', 'something', 'everything', 'nothing', 'anyone', 'anybody', 'options', 'option', 'steps', 'step', 'first', 'next', 'best', 'way', 'advice', 'suggestions', 'ideas']);
/** A clause that starts as a second question ("and can I..."), not the question after some background. */
const JOINED_QUESTION = /^(?:and|also|plus)\s+/i;

/** "...and how long...", "...and who comes": a second question joined to the first. */
const TWO_PART_QUESTION = /\b(?:and|also|plus)\s+(?:how|who|whom|when|what|where|which|why|can|could|do|does|is|are|will|would|should|must|has|have)\b/;

export { paragraphsOf };

interface DocRef { article: Article; section?: ArticleSection }

export class KnowledgeRetriever {
  private readonly index: FieldedBm25Index;
  /** What each indexed document is: an article's own fields, or one of its sections. */
  private readonly docs: DocRef[] = [];
  private readonly vocabulary: Vocabulary;
  readonly articles: readonly Article[];
  private readonly byId: Map<string, Article>;
  private readonly byTitle = new Map<string, Article>();
  private readonly articleNumber = new Map<Article, number>();
  private readonly stems = new Map<string, string>();
  /** Each topic word's stem, to its topic; and each topic's stems. */
  private readonly topicStems: ReadonlyMap<string, string>;
  private readonly stemsOfTopic = new Map<string, string[]>();
  private readonly passageCache = new WeakMap<Article, ReturnType<KnowledgeRetriever['passagesOf']>>();

  constructor(knowledge: Pick<LoadedKnowledge, 'articles' | 'glossary'>) {
    this.vocabulary = buildVocabulary(knowledge.glossary);
    this.articles = knowledge.articles;
    this.byId = new Map(knowledge.articles.map((a) => [a.id, a]));
    knowledge.articles.forEach((a, i) => {
      this.articleNumber.set(a, i);
      const title = titleKey(a.title);
      if (!this.byTitle.has(title)) this.byTitle.set(title, a);
    });
    // Placeholders are indexed as what they say: a timescale ("timescale 6 weeks") or the service named.
    const canonicalise = (s: string) => this.vocabulary.canonicalise(indexable(s));
    const index = new FieldedBm25Index(FIELDS);
    for (const article of knowledge.articles) {
      this.docs.push({ article });
      const title = canonicalise(article.title);
      const group = this.articleNumber.get(article)!;
      index.add([title, canonicalise(article.questions.join(' . ')), canonicalise(article.keywords.join(' ')), canonicalise(article.summary), undefined, undefined], group);
      for (const section of article.sections) {
        this.docs.push({ article, section });
        index.add([title, undefined, undefined, undefined, canonicalise(section.heading), canonicalise(stripMarkdown(withoutArticleLinks(section.body)))], group);
      }
    }
    this.index = index.build();
    this.topicStems = new Map(Object.entries(TOPIC_WORDS).map(([word, topic]) => [this.stem(word), topic]));
    for (const [stem, topic] of this.topicStems) this.stemsOfTopic.set(topic, [...(this.stemsOfTopic.get(topic) ?? []), stem]);
  }

  getArticle(id: string): Article | undefined {
    return this.byId.get(id);
  }

  /** lunr's stemmer, remembered: parents use the same words again and again. */
  private stem(word: string): string {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      if (this.stems.size >= MAX_REMEMBERED_STEMS) this.stems.clear();
      stem = lunr.stemmer(new lunr.Token(word, {})).toString();
      this.stems.set(word, stem);
    }
    return stem;
  }

  /** The article whose title the parent typed or pressed exactly (follow-up buttons send titles). */
  findByTitle(text: string): Article | undefined {
    return this.byTitle.get(titleKey(text));
  }

  /** The question's content words: canonical, lower case, no stop words, each once. */
  private contentWords(text: string): string[] {
    const canonical = this.vocabulary.canonicalise(text);
    // lunr's tokenizer (lower case, split on white space and hyphens), without its object per word.
    const tokens = canonical.toLowerCase().split(/[\s-]/).map((t) => t.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')).filter(Boolean);
    return [...new Set(tokens.filter((t) => !isStopWord(t) && t.length > 1))];
  }

  /**
   * A long story ending in a question ("...she said the LA wouldn't accept it from a parent. Is
   * that true?"): the words of the last sentence or two, which say what is asked. A shorter
   * message: its sentences with a question mark, when it also has others. Otherwise none: all its
   * words are the question.
   */
  private questionPart(question: string): ReadonlySet<string> | undefined {
    const sentences = question.trim().split(/(?<=[.?!])\s+/).filter(Boolean);
    if (sentences.length < STORY_SENTENCES || question.split(/\s+/).length < STORY_WORDS) {
      // A question with a line of background ("how do I complain about the council? they lost my
      // paperwork"): the words of the question asked, if it says enough on its own.
      // (Parents on phones leave the question mark off: a last sentence that opens as a question is one.)
      const asked = sentences.filter((s, i) => /\?$/.test(s) || (i === sentences.length - 1 && opensAsQuestion(s)));
      // One sentence, a line of background then the question after a comma ("he gets worked up about
      // fire drills because of the noise, can his plan say he gets a warning?"): the clause that asks.
      if (sentences.length === 1 && asked.length === 1) {
        const last = question.trim().split(/,\s+/).at(-1)!;
        if (last === question.trim() || JOINED_QUESTION.test(last) || !opensAsQuestion(last)) return undefined;
        const words = this.contentWords(last);
        return words.length >= 2 ? new Set(words) : undefined;
      }
      if (!asked.length || asked.length === sentences.length) return undefined;
      // "we've just moved from France, does her French diagnosis count?": the clause that asks, after the background.
      // (Not a second question joined on: in "does the review have to happen, and can I ask for...", both are asked.)
      const clauses = asked.map((s) => {
        const last = s.split(/,\s+/).at(-1)!;
        return last !== s && !JOINED_QUESTION.test(last) && opensAsQuestion(last) && this.contentWords(last).length >= 2 ? last : s;
      });
      const words = this.contentWords(clauses.join(' '));
      return words.length >= 2 ? new Set(words) : undefined;
    }
    let words = this.contentWords(sentences.at(-1)!);
    if (words.length < 4) words = this.contentWords(sentences.slice(-2).join(' '));
    return new Set(words);
  }

  /**
   * The main question of a long message: its first sentence that asks, up to a second question
   * joined on with "and" ("does the review have to happen, and can I ask for a new assessment
   * instead?": the review). Its content words, and whether it names anything at all ("is there
   * anything I can do?" does not: the story before it is what is asked about). Undefined for a
   * short message (all its words are the question) or one that asks nothing.
   */
  private mainQuestion(question: string): { words: ReadonlySet<string>; stems: ReadonlySet<string>; names: boolean } | undefined {
    if (question.split(/\s+/).length < STORY_WORDS) return undefined;
    const sentences = question.trim().split(/(?<=[.?!])\s+/).filter(Boolean);
    const main = sentences.find((s) => /\?$/.test(s) || opensAsQuestion(s));
    if (!main) return undefined;
    const joined = SECOND_QUESTION.exec(main);
    const words = this.contentWords(joined && joined.index > 0 ? main.slice(0, joined.index) : main);
    return { words: new Set(words), stems: new Set(words.map((t) => this.stem(t))), names: words.some((t) => !NAMES_NOTHING.has(t)) };
  }

  /**
   * The content words said only in an aside: inside brackets ("(we pay fees)"), or before "anyway"
   * ("he plays fortnite with his friends online. anyway, how do I get him speech therapy in his
   * plan?": the story before it is not what is asked). Undefined when there are none.
   */
  private bracketedOnly(question: string): ReadonlySet<string> | undefined {
    const anyway = question.includes('nyway') ? ASIDE_BEFORE.exec(question) : null;
    if (!question.includes('(') && !anyway) return undefined;
    const asides = [...question.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
    let rest = question.replace(/\([^()]*\)/g, ' . ');
    if (anyway) { asides.push(question.slice(0, anyway.index)); rest = question.slice(anyway.index); }
    const inside = asides.join(' . ');
    if (!inside.trim()) return undefined;
    const outside = new Set(this.contentWords(rest));
    const only = this.contentWords(inside).filter((t) => !outside.has(t));
    return only.length ? new Set(only) : undefined;
  }

  /**
   * The part of an article that answers what the question asks beyond the summary: the paragraph
   * (or list) with most of the question's words, rarer words counting more and those the summary
   * already has counting half ("can he keep his plan during an apprenticeship": the paragraph that
   * names apprenticeships, not the first one of the section). Undefined when no paragraph matches
   * enough of the question.
   */
  passageFor(article: Article, question: string): Passage | undefined {
    const asked = [...new Set(this.contentWords(question).map((t) => this.stem(t)))];
    if (!asked.length) return undefined;
    const passages = this.passagesOf(article);
    let best: Passage | undefined;
    let bestScore = 0;
    for (const p of passages) {
      let score = 0;
      for (const stem of asked) {
        // A word the summary already has counts half: shown again, it adds less.
        const here = p.stems.has(stem) ? (p.summaryHas(stem) ? 0.5 : 1) : 0;
        // The section's heading says what all its paragraphs are about.
        const heading = p.headingStems.has(stem) ? 1 : 0;
        score += this.index.rarity(stem) * (here + heading);
      }
      if (score > bestScore + 1e-9) { best = p.passage; bestScore = score; }
    }
    return bestScore >= MIN_PASSAGE_SCORE ? best : undefined;
  }

  /**
   * A question in two parts ("can the school apply instead of me, and how long do they have to
   * decide", "when does mediation have to happen and who comes"): the paragraph that answers the
   * part that neither the summary nor the first passage does, if one matches it well enough.
   * Undefined for a question in one part, so most answers stay short.
   */
  secondPassageFor(article: Article, question: string, first: Passage): Passage | undefined {
    if (!TWO_PART_QUESTION.test(normaliseText(question))) return undefined;
    const passages = this.passagesOf(article);
    const shown = passages.find((p) => p.passage.section === first.section && p.passage.index === first.index);
    if (!shown) return undefined;
    const left = [...new Set(this.contentWords(question).map((t) => this.stem(t)))]
      .filter((stem) => !shown.stems.has(stem) && !shown.headingStems.has(stem) && !shown.summaryHas(stem));
    let best: Passage | undefined;
    let bestScore = 0;
    for (const p of passages) {
      if (p === shown) continue;
      let score = 0;
      for (const stem of left) score += this.index.rarity(stem) * ((p.stems.has(stem) ? 1 : 0) + (p.headingStems.has(stem) ? 1 : 0));
      if (score > bestScore + 1e-9) { best = p.passage; bestScore = score; }
    }
    return bestScore >= MIN_PASSAGE_SCORE ? best : undefined;
  }

  /** Each article's paragraphs with their words, worked out once when first asked for. */
  private passagesOf(article: Article): ReadonlyArray<{ passage: Passage; stems: ReadonlySet<string>; headingStems: ReadonlySet<string>; summaryHas: (stem: string) => boolean }> {
    let list = this.passageCache.get(article);
    if (list) return list;
    const stemsOf = (text: string) => new Set(this.index.termsOf(this.vocabulary.canonicalise(indexable(stripMarkdown(text)))));
    const summary = stemsOf(article.summary);
    const summaryHas = (stem: string) => summary.has(stem);
    list = article.sections.flatMap((section) => {
      const headingStems = stemsOf(section.heading);
      return paragraphsOf(section.body).map((text, index) => ({ passage: { section, index, text }, stems: stemsOf(withoutArticleLinks(text)), headingStems, summaryHas }));
    });
    this.passageCache.set(article, list);
    return list;
  }

  search(question: string, limit = 5): SearchResult {
    const content = this.contentWords(question);
    if (content.length === 0) return { hits: [], queryTerms: [], confident: false };
    let asked = this.questionPart(question);

    const stemmed = content.map((t) => this.stem(t));
    // A topic word (TOPIC_WORDS) said only as background in a long message, outside its main
    // question ("...I've emailed the caseworker 4 times, no reply. Is there anything I can do?",
    // "...does the review have to happen, and can I ask for a new assessment instead?"), does not
    // stop an answer to the rest: it is a word like any other, and the main question is what is
    // asked. When the main question names nothing ("what can I do?"), only if the rest of the
    // message finds an article surely (see below): "he is bullied every day... what can I do?" is
    // about bullying all the same.
    // (Not a topic a pattern found: "he has no EHCP... how do I apply for a school place" is about admissions however it is split.)
    // (Nor who is asking: "I have a special guardianship order. Am I allowed to ask?" is about that order.)
    const topicStemsSaid = stemmed.filter((stem, i) => this.topicStems.has(stem) && !PATTERN_TOKENS.has(content[i]) && !WHO_IS_ASKING_TOKENS.has(content[i]));
    const main = topicStemsSaid.length ? this.mainQuestion(question) : undefined;
    const outsideMain = main ? topicStemsSaid.filter((stem) => !main.stems.has(stem)) : [];
    let background: ReadonlySet<string> | undefined;
    if (outsideMain.length && main!.names) {
      background = new Set(outsideMain);
      asked = main!.words;
    }
    const clauses: QueryClause[] = [];
    stemmed.forEach((stem, i) => {
      clauses.push({ term: stem, boost: 1, fuzzy: false });
      // A likely typo: let it match words one letter away, at a discount.
      if (!this.index.has(stem) && content[i].length >= 5) clauses.push({ term: stem, boost: 0.4, fuzzy: true });
    });
    const results = this.index.query(clauses);

    // Which of the question's words each matched index word stands for (itself, or one letter away).
    const covers = new Map<number, number[]>();
    for (const term of results.matchedTerms) {
      const word = this.index.word(term);
      covers.set(term, stemmed.flatMap((s, i) => (s === word || fuzzyEqual(word, s) ? [i] : [])));
    }
    const { groups, bestDoc, bestScore, bestOrder, groupTerms } = results;
    // Every doc of an article adds to its coverage.
    const covered = new Uint8Array(groups.length * stemmed.length);
    for (let i = 0; i < groupTerms.length; i += 2) {
      for (const s of covers.get(groupTerms[i + 1])!) covered[groupTerms[i] * stemmed.length + s] = 1;
    }
    // A child's condition ("he is autistic and has ADHD") is usually the background, not the topic:
    // half a word, as is a word said only in brackets ("she is at a private school (we pay fees)").
    // In a long story, the words of the question at its end count double.
    const aside = this.bracketedOnly(question);
    const weight = content.map((token) => (CONDITION_TOKENS.has(token) || aside?.has(token) ? 0.5 : 1) * (asked?.has(token) ? 2 : 1));
    const totalWeight = weight.reduce((sum, w) => sum + w, 0);
    // For being sure of an answer, a word no article uses at all ("we're moving from Leeds to
    // Manchester") counts half too: it cannot tell one article from another. Not for the coverage
    // reported, which also says how far a question is from SEND ("what time does the football start").
    const known = new Uint8Array(stemmed.length);
    for (const indexes of covers.values()) for (const s of indexes) known[s] = 1;
    const isTopic = (stem: string) => this.topicStems.has(stem) && !background?.has(stem);
    // (Only when at least two of its words are known: "swimming lessons on Saturdays" is not a SEND question.)
    const knownWords = known.reduce((n, k) => n + k, 0);
    const weightForSureOf = () => (knownWords < 2 ? totalWeight
      : weight.reduce((sum, w, s) => sum + (!known[s] && !isTopic(stemmed[s]) ? w / 2 : w), 0));
    let weightForSure = weightForSureOf();
    const coverage = new Float64Array(groups.length);
    for (let at = 0; at < groups.length; at++) {
      let count = 0;
      for (let s = 0; s < stemmed.length; s++) count += covered[at * stemmed.length + s] * weight[s];
      coverage[at] = count / totalWeight;
    }
    // An article that covers all of the question beats one that scores high on part of it; then
    // the best score, then the first found. Only the best few are put in order.
    const before = (a: number, b: number) => {
      const byRank = rank(bestScore[a], coverage[a]) - rank(bestScore[b], coverage[b]);
      return byRank > 0 || (byRank === 0 && (bestScore[a] > bestScore[b] || (bestScore[a] === bestScore[b] && bestOrder[a] < bestOrder[b])));
    };
    const best: number[] = [];
    for (let at = 0; at < groups.length; at++) {
      if (best.length === limit && !before(at, best[limit - 1])) continue;
      let i = Math.min(best.length, limit - 1);
      while (i > 0 && before(at, best[i - 1])) i--;
      best.splice(i, 0, at);
      if (best.length > limit) best.pop();
    }
    // (The main question names nothing: the topic words outside it are background only when the
    // rest finds an article surely, with a strong match.)
    if (outsideMain.length && !background && best.length) {
      const candidate = new Set(outsideMain);
      const top = best[0];
      const sureWeight = knownWords < 2 ? totalWeight
        : weight.reduce((sum, w, s) => sum + (!known[s] && !(this.topicStems.has(stemmed[s]) && !candidate.has(stemmed[s])) ? w / 2 : w), 0);
      if (bestScore[top] >= STRONG_SCORE && (coverage[top] * totalWeight) / sureWeight >= minCoverage(stemmed.length)) {
        background = candidate;
        weightForSure = weightForSureOf();
      }
    }
    // A question that turns on a topic word ("taxi", "exams") is answered by the best article about
    // that topic, if there is one, even when another matched more of its other words. Of several
    // about it, the one that covers most of the question ("she is at a private school, can she
    // still get an EHCP": the legal test, not the kinds of school), then the best.
    const topics = [...new Set(stemmed.flatMap((stem) => (isTopic(stem) ? [this.topicStems.get(stem)!] : [])))];
    const isAbout = (at: number, topic: string) => this.stemsOfTopic.get(topic)!.some((stem) => this.index.groupIsAbout(groups[at], stem, ABOUT_FIELDS));
    if (topics.length && best.length) {
      let about = -1;
      // (Only an article that scores enough to answer: a chance match on more words is no better.)
      const better = (a: number, b: number) => bestScore[a] >= MIN_SCORE && bestScore[b] >= MIN_SCORE
        ? coverage[a] > coverage[b] + 1e-9 || (coverage[a] > coverage[b] - 1e-9 && before(a, b))
        : before(a, b);
      for (let at = 0; at < groups.length; at++) if (topics.every((topic) => isAbout(at, topic)) && (about < 0 || better(at, about))) about = at;
      if (about >= 0 && about !== best[0]) {
        const i = best.indexOf(about);
        if (i >= 0) best.splice(i, 1); else best.pop();
        best.unshift(about);
      }
    }
    const hits: SearchHit[] = best.map((at) => ({ article: this.articles[groups[at]], section: this.docs[bestDoc[at]].section, score: bestScore[at], coverage: coverage[at] }));
    const top = hits[0];
    const topGroup = best.length ? groups[best[0]] : -1;
    // No article about the topic at all: not an answer, however well the rest matched.
    const isMissed = (stem: string) => isTopic(stem) && !(best.length > 0 && isAbout(best[0], this.topicStems.get(stem)!));
    const missed = stemmed.findIndex(isMissed);
    // Every topic missed is named ("a school trip... also extra time in his GCSEs": school trips or exams).
    const missingTopics = [...new Set(stemmed.filter(isMissed).map((stem) => this.topicStems.get(stem)!))];
    // A one-word question the article is not about is a chance match ("Sam", from an example in a section).
    const bodyOnly = stemmed.length === 1 && topGroup >= 0 && !this.index.groupIsAbout(topGroup, stemmed[0], ABOUT_FIELDS);
    const confident = Boolean(top && missed < 0 && !bodyOnly && (top.coverage * totalWeight) / weightForSure >= minCoverage(stemmed.length) && top.score >= MIN_SCORE);
    return { hits, queryTerms: content, confident, ...(missed >= 0 ? { missingTopic: joinTopics(missingTopics) } : {}) };
  }
}

/** "school trips", "school trips or exams", "school trips, exams or homework". */
function joinTopics(topics: readonly string[]): string {
  return topics.length <= 1 ? topics.join('') : `${topics.slice(0, -1).join(', ')} or ${topics.at(-1)}`;
}

function titleKey(text: string): string {
  return normaliseText(text).replace(/[^a-z0-9 ]/g, '').trim();
}

/** The indexed fields and their weights: a word in the title counts 8 times one in a section body. */
const FIELDS = [
  { name: 'title', boost: 8 }, { name: 'questions', boost: 5 }, { name: 'keywords', boost: 4 },
  { name: 'summary', boost: 3 }, { name: 'heading', boost: 3 }, { name: 'body', boost: 1 },
] as const;

function fieldPositions(...names: ReadonlyArray<(typeof FIELDS)[number]['name']>): ReadonlySet<number> {
  return new Set(names.map((name) => FIELDS.findIndex((f) => f.name === name)));
}

/**
 * Where an article says what it is about: its title, other questions, keywords and headings. A
 * topic word only in its body or summary is a passing mention ("you can appeal a refusal to
 * reassess" is not an answer to "how do I ask for a reassessment").
 */
const ABOUT_FIELDS = fieldPositions('title', 'questions', 'keywords', 'heading');

interface QueryClause {
  /** A stemmed word. */
  readonly term: string;
  readonly boost: number;
  /** Also match index words one edit away (a letter added, dropped, changed, or two swapped). */
  readonly fuzzy: boolean;
}

interface QueryResults {
  /** Groups with a matching document, and for each its best document: the highest score, the first to match on a tie. */
  readonly groups: Int32Array;
  readonly bestDoc: Int32Array;
  readonly bestScore: Float64Array;
  /** Where the best document stands among all matching documents in the order they matched (to break ties as lunr's stable sort does). */
  readonly bestOrder: Int32Array;
  /** Every index word that matched some document. */
  readonly matchedTerms: readonly number[];
  /** (position in `groups`, index word) pairs, flattened: which words matched some document of each group. */
  readonly groupTerms: readonly number[];
}

/**
 * A BM25 index over documents with weighted fields, built for speed with typed arrays. It scores
 * exactly as lunr 2 does (the same tokenizer, trimmer, stop words and stemmer; the same BM25 with
 * k1 = 1.2, b = 0.75, field boosts and 3-decimal weights; a document's score is the sum over its
 * matched fields of the dot product with the query vector over the query vector's length), so
 * answers do not change (except that a typo must keep its first letter: see `expand`); lunr's
 * object-per-posting index was 10-20 times slower at 1,000 articles.
 */
class FieldedBm25Index {
  private static readonly K1 = 1.2;
  private static readonly B = 0.75;
  private readonly fieldCount: number;
  private readonly boosts: readonly number[];
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private docCount = 0;
  // While building: one posting per (term, field, document), in the order lunr would meet them.
  private buildTerm: number[] = [];
  private buildKey: number[] = [];
  private buildTf: number[] = [];
  private fieldLengths: number[] = [];
  private groups: number[] = [];
  private readonly pipelineCache = new Map<string, string | null>();
  private readonly pipeline = new lunr.Pipeline();
  // Built: postings grouped by term, then field, then document.
  private postingStart = new Int32Array(0);
  private idf = new Float64Array(0);
  private postingDoc = new Int32Array(0);
  private postingField = new Uint8Array(0);
  private postingWeight = new Float64Array(0);
  private docGroup = new Int32Array(0);
  private termsByLength = new Map<number, number[]>();
  // Scratch space reused by every query (one query at a time: search is synchronous).
  private pairSeen = new Uint8Array(0);
  private pairDot = new Float64Array(0);
  private docSeen = new Uint8Array(0);
  private docScore = new Float64Array(0);
  private groupLastTerm = new Int32Array(0);
  private groupAt = new Int32Array(0);

  constructor(fields: ReadonlyArray<{ name: string; boost: number }>) {
    this.fieldCount = fields.length;
    this.boosts = fields.map((f) => f.boost);
    this.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  }

  /** Adds a document: one text (or nothing) per field, in the order the fields were given; `group` (0, 1, ...) gathers documents, e.g. by article. */
  add(fieldTexts: ReadonlyArray<string | undefined>, group: number): void {
    const doc = this.docCount++;
    this.groups.push(group);
    const counts = new Map<number, number>();
    for (let f = 0; f < this.fieldCount; f++) {
      counts.clear();
      let length = 0;
      const text = fieldTexts[f];
      if (text !== undefined) {
        // lunr's tokenizer: lower case, split on white space and hyphens.
        for (const raw of text.toLowerCase().split(/[\s-]/)) {
          if (!raw) continue;
          const term = this.indexTerm(raw);
          if (term === null) continue;
          length++;
          let id = this.termIds.get(term);
          if (id === undefined) { id = this.terms.length; this.termIds.set(term, id); this.terms.push(term); }
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
      this.fieldLengths.push(length);
      for (const [id, tf] of counts) { this.buildTerm.push(id); this.buildKey.push(doc * this.fieldCount + f); this.buildTf.push(tf); }
    }
  }

  /** What lunr's indexing pipeline makes of a word (null: a stop word). Cached: the same words come back all the time. */
  private indexTerm(raw: string): string | null {
    let term = this.pipelineCache.get(raw);
    if (term === undefined) {
      const out = this.pipeline.run([new lunr.Token(raw, {})]);
      term = out.length ? out[0].toString() : null;
      this.pipelineCache.set(raw, term);
    }
    return term;
  }

  build(): this {
    const F = this.fieldCount;
    const D = this.docCount;
    const T = this.terms.length;
    const average = new Array<number>(F).fill(0);
    this.fieldLengths.forEach((len, key) => { average[key % F] += len; });
    for (let f = 0; f < F; f++) average[f] /= D;
    const postingsOfTerm = new Int32Array(T);
    for (const t of this.buildTerm) postingsOfTerm[t]++;
    const idf = Float64Array.from(postingsOfTerm, (n) => Math.log(1 + Math.abs((D - n + 0.5) / (n + 0.5))));
    this.idf = idf;

    // Counting sort by (term, field), keeping document order within each.
    const n = this.buildTerm.length;
    const groupStart = new Int32Array(T * F + 1);
    for (let i = 0; i < n; i++) groupStart[this.buildTerm[i] * F + (this.buildKey[i] % F) + 1]++;
    for (let g = 0; g < T * F; g++) groupStart[g + 1] += groupStart[g];
    const next = groupStart.slice(0, T * F);
    this.postingDoc = new Int32Array(n);
    this.postingField = new Uint8Array(n);
    this.postingWeight = new Float64Array(n);
    const { K1, B } = FieldedBm25Index;
    for (let i = 0; i < n; i++) {
      const t = this.buildTerm[i];
      const key = this.buildKey[i];
      const f = key % F;
      const at = next[t * F + f]++;
      const tf = this.buildTf[i];
      let score = idf[t] * ((K1 + 1) * tf) / (K1 * (1 - B + B * (this.fieldLengths[key] / average[f])) + tf);
      score *= this.boosts[f];
      this.postingDoc[at] = (key - f) / F;
      this.postingField[at] = f;
      this.postingWeight[at] = Math.round(score * 1000) / 1000;
    }
    this.postingStart = new Int32Array(T + 1);
    for (let t = 0; t <= T; t++) this.postingStart[t] = groupStart[t * F];
    for (const [id, term] of this.terms.entries()) {
      const list = this.termsByLength.get(term.length) ?? [];
      list.push(id);
      this.termsByLength.set(term.length, list);
    }
    this.docGroup = Int32Array.from(this.groups);
    this.pairSeen = new Uint8Array(D * F);
    this.pairDot = new Float64Array(D * F);
    this.docSeen = new Uint8Array(D);
    this.docScore = new Float64Array(D);
    const groupCount = this.groups.reduce((max, g) => Math.max(max, g + 1), 0);
    this.groupLastTerm = new Int32Array(groupCount).fill(-1);
    this.groupAt = new Int32Array(groupCount).fill(-1);
    this.groups = [];
    this.buildTerm = [];
    this.buildKey = [];
    this.buildTf = [];
    this.fieldLengths = [];
    return this;
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** How rare a word is across all documents (BM25's idf; 0 for a word no document has). */
  rarity(term: string): number {
    const t = this.termIds.get(term);
    return t === undefined ? 0 : this.idf[t];
  }

  /** A text's words as this index stores them (trimmed, no stop words, stemmed). */
  termsOf(text: string): string[] {
    const out: string[] = [];
    for (const raw of text.toLowerCase().split(/[\s-]/)) {
      if (!raw) continue;
      const term = this.indexTerm(raw);
      if (term !== null) out.push(term);
    }
    return out;
  }

  word(id: number): string {
    return this.terms[id];
  }

  /** True when some document of `group` has `term` in one of `fields` (by position in the field list). */
  groupIsAbout(group: number, term: string, fields: ReadonlySet<number>): boolean {
    const t = this.termIds.get(term);
    if (t === undefined) return false;
    for (let p = this.postingStart[t]; p < this.postingStart[t + 1]; p++) {
      if (this.docGroup[this.postingDoc[p]] === group && fields.has(this.postingField[p])) return true;
    }
    return false;
  }

  /**
   * The index words a clause stands for: the word itself, or every word one edit away that starts
   * with the same letter (people rarely mistype the first letter, and without this "bullied" found
   * "fully" and answered a question about bullying with an article about taking part in decisions).
   */
  private expand(clause: QueryClause): number[] {
    const { term } = clause;
    if (!clause.fuzzy && !term.includes('*')) {
      const id = this.termIds.get(term);
      return id === undefined ? [] : [id];
    }
    if (!clause.fuzzy) {
      // lunr reads "*" as "any letters".
      const re = new RegExp(`^${term.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      return this.terms.flatMap((w, id) => (re.test(w) ? [id] : []));
    }
    const ids: number[] = [];
    for (let len = term.length - 1; len <= term.length + 1; len++) {
      for (const id of this.termsByLength.get(len) ?? []) if (this.terms[id][0] === term[0] && withinOneEdit(term, this.terms[id])) ids.push(id);
    }
    return ids;
  }

  query(clauses: readonly QueryClause[]): QueryResults {
    const F = this.fieldCount;
    const queryWeight = new Map<number, number>();
    const matchedTerms: number[] = [];
    const pairs: number[] = []; // (document, field) keys, in the order first matched
    const groupTerms: number[] = [];
    for (const clause of clauses) {
      for (const t of this.expand(clause)) {
        const before = queryWeight.get(t);
        queryWeight.set(t, before === undefined ? clause.boost : before + clause.boost);
        if (before !== undefined) continue;
        matchedTerms.push(t);
        for (let p = this.postingStart[t]; p < this.postingStart[t + 1]; p++) {
          const doc = this.postingDoc[p];
          const key = doc * F + this.postingField[p];
          if (!this.pairSeen[key]) { this.pairSeen[key] = 1; pairs.push(key); }
          const group = this.docGroup[doc];
          if (this.groupLastTerm[group] !== t) { this.groupLastTerm[group] = t; groupTerms.push(group, t); }
        }
      }
    }
    // The query vector's length and each (document, field)'s dot product with it, in term order as lunr sums them.
    const ordered = [...queryWeight.keys()].sort((a, b) => a - b);
    let sumOfSquares = 0;
    for (const t of ordered) { const w = queryWeight.get(t)!; sumOfSquares += w * w; }
    const magnitude = Math.sqrt(sumOfSquares);
    for (const t of ordered) {
      const w = queryWeight.get(t)!;
      for (let p = this.postingStart[t]; p < this.postingStart[t + 1]; p++) {
        this.pairDot[this.postingDoc[p] * F + this.postingField[p]] += w * this.postingWeight[p];
      }
    }
    // A document's score: the sum over its matched fields, in the order they matched.
    const docOrder: number[] = [];
    for (const key of pairs) {
      const doc = (key - (key % F)) / F;
      const similarity = this.pairDot[key] / magnitude || 0;
      if (this.docSeen[doc]) this.docScore[doc] += similarity;
      else { this.docSeen[doc] = 1; this.docScore[doc] = similarity; docOrder.push(doc); }
    }
    // Each group's best document, and where each group stands in the list.
    const groups: number[] = [];
    const best: number[] = [];
    for (let r = 0; r < docOrder.length; r++) {
      const group = this.docGroup[docOrder[r]];
      const at = this.groupAt[group];
      if (at < 0) { this.groupAt[group] = groups.length; groups.push(group); best.push(r); }
      else if (this.docScore[docOrder[r]] > this.docScore[docOrder[best[at]]]) best[at] = r;
    }
    for (let i = 0; i < groupTerms.length; i += 2) groupTerms[i] = this.groupAt[groupTerms[i]];
    const results: QueryResults = {
      groups: Int32Array.from(groups),
      bestDoc: Int32Array.from(best, (r) => docOrder[r]),
      bestScore: Float64Array.from(best, (r) => this.docScore[docOrder[r]]),
      bestOrder: Int32Array.from(best),
      matchedTerms,
      groupTerms,
    };
    // Clean the scratch space for the next query.
    for (const key of pairs) { this.pairSeen[key] = 0; this.pairDot[key] = 0; }
    for (const doc of docOrder) { this.docSeen[doc] = 0; this.docScore[doc] = 0; }
    for (const group of groups) { this.groupLastTerm[group] = -1; this.groupAt[group] = -1; }
    return results;
  }
}

/** True when b is one edit away from a: a letter added, dropped or changed, or two neighbours swapped ("*" in a is any letter). */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && sameLetter(a, i, b, i)) i++;
    if (i === a.length) return true;
    // Two neighbours swapped.
    if (i + 1 < a.length && sameLetter(a, i, b, i + 1) && sameLetter(a, i + 1, b, i)) {
      let j = i + 2;
      while (j < a.length && sameLetter(a, j, b, j)) j++;
      if (j === a.length) return true;
    }
    // One letter changed.
    let j = i + 1;
    while (j < a.length && sameLetter(a, j, b, j)) j++;
    return j === a.length;
  }
  // One letter added (b longer) or dropped (b shorter).
  const aLonger = a.length > b.length;
  const shorter = aLonger ? b.length : a.length;
  if ((aLonger ? a.length : b.length) - shorter !== 1) return false;
  let i = 0;
  while (i < shorter && sameLetter(a, i, b, i)) i++;
  for (let j = i; j < shorter; j++) if (!(aLonger ? sameLetter(a, j + 1, b, j) : sameLetter(a, j, b, j + 1))) return false;
  return true;
}

function sameLetter(a: string, i: number, b: string, j: number): boolean {
  return a[i] === b[j] || a[i] === '*';
}

function indexable(s: string): string {
  return s.replace(/\{\{\s*t:(\w+)\s*\}\}/g, (_m, key: string) => (isTimescaleKey(key) ? `timescale ${describeTimescale(key)}` : 'timescale'))
    .replace(/\{\{\s*(\w+)\.\w+\s*\}\}/g, '$1');
}

function rank(score: number, coverage: number): number {
  return score * coverage * coverage;
}

/** Long, rambling questions carry more words no article uses: ask for a little less of them. */
function minCoverage(terms: number): number {
  return terms >= 7 ? MIN_COVERAGE - 0.1 : MIN_COVERAGE;
}

function fuzzyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || b.length < 5 || a[0] !== b[0]) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++; else if (b.length > a.length) j++; else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A link to another article names that article, not this one: its words are not searched here. */
function withoutArticleLinks(md: string): string {
  return md.replace(/\[[^\]]+\]\(kb:[^)]+\)/g, ' ');
}

export function stripMarkdown(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`>#]/g, ' ')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
