import { INTENT_RULES } from './intentRules';
import { normaliseSendText, sendTopicStrength } from './sendTerms';

/**
 * "I am absolutely furious. The council have refused to assess my daughter AGAIN", "im really
 * worried, they think he might be autistic but the waiting list is 2 years": a parent angry or
 * worried about something happening in their child's SEND. What helps is the answer to that,
 * with a kind word and a person a button away; crisis numbers would miss the point (and can
 * frighten or patronise). A parent near the end of what they can bear (cannot cope, crying,
 * giving up, exhausted, alone) still gets the distress reply, whatever else the message says.
 */

/** I or we, then how we are: "i am so", "we feel completely", "i have been". (Text is normalised: "i'm" is "i am".) */
const PARENT_IS = '(?:i|we) (?:am|are|was|were|feel|felt|have been|am feeling|are feeling|keep feeling|just feel|feel like|am getting|are getting)(?: (?:so|really|completely|totally|utterly|absolutely|very|just|honestly|quite|pretty|literally|actually|still|emotionally|mentally|physically))*';

/**
 * Signs of despair or exhaustion in the parent (not the child: "he cannot cope in mainstream",
 * "she comes home in tears" are about the child, and are what the question is about).
 */
const NEAR_BREAKING_POINT = new RegExp([
  `\\b${PARENT_IS} (?:exhausted|worn out|worn down|drained|shattered|knackered|broken|overwhelmed|alone|lonely|isolated|desperate|hopeless|helpless|defeated|devastated|heartbroken|struggling(?! to\\b)|depressed|useless|a failure|failing|beaten|crushed|miserable|falling apart|going under|drowning|in pieces|in bits|a wreck|a mess|at my lowest|not ok|not okay|distraught|burnt out|burned out|ground down|run down|wiped out|at rock bottom|tired|numb|empty|done with (?:it|this|everything))\\b`,
  // "They cannot cope" is the school's words about a child (as in intentRules).
  '\\b(?<!\\b(?:they|school|the school|staff|teachers|nursery|college|senco|she|he|son|daughter|child) )(?:cannot|can not|could not|not|unable to|struggling to|barely) cop(?:e|ing)\\b',
  '\\b(?:breaking point|end of my rope|losing my mind|cannot take (?:it|this|any ?more)|cannot do this any ?more|cannot (?:go|carry) on|had enough|too much for me|(?:it is|this is|everything is|getting) (?:all )?too much|too much to (?:cope|handle|deal)|rock bottom)\\b',
  '\\b(?:i (?:give|am giving|want to give) up|giving up|(?<!sick and )tired of|on my own with (?:this|it)|(?:no one|nobody) cares|like (?:no one|nobody) cares)\\b',
  '\\b(?:i|we) (?:\\w+ ){0,2}?(?:cry|cried|crying|sob|sobbed|sobbing|broke down|burst into tears|in tears)\\b|\\bcry(?:ing)? myself\\b',
  '\\b(?:destroying|killing|breaking) (?:me|us)\\b|\\b(?:soul destroying|torture|living (?:hell|nightmare)|unbearable)\\b|\\b(?:is|has been|feels like) (?:absolute |pure )?hell\\b',
  '\\b(?:my (?:own )?(?:mental health|depression)|help (?:for|with) my (?:own )?(?:anxiety|stress))\\b',
  '\\b(?:died|passed away|funeral|griev\\w*|bereave\\w*)\\b',
].join('|'));

/** The distress rules, made global: the words about feelings, taken out to see what else a message says. */
const FEELING_SPANS = INTENT_RULES.filter((r) => r.intent === 'distress').map((r) => new RegExp(r.pattern.source, 'g'));

/** Feelings that end like a past tense ("scared", "worried"): not something that happened. */
const FEELING_WORDS = new Set(['worried', 'scared', 'frightened', 'terrified', 'stressed', 'annoyed', 'frustrated', 'concerned', 'confused', 'tired',
  'bored', 'depressed', 'exhausted', 'overwhelmed', 'isolated', 'drained', 'shattered', 'disgusted', 'gutted', 'infuriated', 'peed', 'pissed']);
/**
 * Something happening or done: a verb with its helper ("they will not answer", "he might be",
 * "has not been") or a past tense ("refused", "excluded"). Not straight after "i" or "we": what
 * is left of the feelings ("i am at my ... with the council", "i do not know where to start").
 */
const HELPER_VERB = /(?<!\b(?:i|we) )\b(?:am|are|has|have|had|is|was|were|will|would|can|cannot|could|did|does|do|keeps?|kept|never|might|may|should|must|says?|said|told|tells|wants?|think|thinks|thought|gets?|got|sent|sends|cut|put|gave|gives?)\b|\b(?:been|waiting|came|went|gone|left|took|taken|made|wrote|written|given|lost|heard|names|refuses)\b/;
const PAST_TENSE = /\b[a-z]{3,}ed\b/g;

function saysWhatIsHappening(rest: string): boolean {
  return HELPER_VERB.test(rest) || (rest.match(PAST_TENSE) ?? []).some((w) => !FEELING_WORDS.has(w));
}

/** What a normalised message says once the words about feelings are taken out. */
function withoutFeelings(normalised: string): string {
  return FEELING_SPANS.reduce((rest, span) => rest.replace(span, ' '), normalised).replace(/\s+/g, ' ').trim();
}

/**
 * The message with the words about feelings taken out, to search the knowledge base with: an
 * upset parent gets the answer the same question gets calmly ("hi sorry im really worried and i dont
 * know where to start" would otherwise pull the search away from the waiting list). A part that
 * was about feelings keeps only what it says about SEND; every other part is kept as typed. A
 * message with nothing about feelings comes back unchanged.
 */
export function withoutTheFeelings(text: string): string {
  let changed = false;
  const parts = text.split(/(?<=[.!?;,\n])\s*/).map((part) => {
    const normalised = normaliseSendText(part);
    const rest = withoutFeelings(normalised);
    if (rest === normalised) return part;
    changed = true;
    return sendTopicStrength(rest) >= 0.5 ? rest : '';
  });
  const kept = parts.filter(Boolean).join(' ').trim();
  return changed && kept ? kept : text;
}

/** True when the parent sounds near the end of what they can bear: the distress reply, with Samaritans, fits. */
export function soundsNearBreakingPoint(text: string): boolean {
  return NEAR_BREAKING_POINT.test(normaliseSendText(text));
}

/**
 * True when a message that sounds upset also tells of something happening in the child's SEND
 * (with or without a question), and nothing in it says the parent is near breaking point.
 * "I am at my wits end with the council" is only feelings: false.
 */
export function upsetAboutASendMatter(text: string): boolean {
  if (soundsNearBreakingPoint(text)) return false;
  const rest = withoutFeelings(normaliseSendText(text));
  return sendTopicStrength(rest) >= 1 && saysWhatIsHappening(rest);
}

/** Anger, rather than worry or sadness: "furious", "livid", "fuming", "fed up". The kind word fits it. */
const ANGRY = /\b(?:furious|livid|fuming|angry|raging|seething|so cross|really cross|infuriat\w*|outraged|disgusted|fed up|sick of|sick and tired|wits end|end of my tether|had it with|pissed off|peed off|annoyed|frustrat\w*)\b/;

export function soundsAngry(text: string): boolean {
  return ANGRY.test(normaliseSendText(text));
}
