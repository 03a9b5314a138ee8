import { inOrder } from './combinedPatterns';
import { normaliseText } from './normaliseText';

/**
 * SEND has many names for the same thing ("EHCP", "EHC plan", "education, health and care plan";
 * "LA", "local authority", "council"). The recognizer's rules are written against one name for
 * each; this file folds the others into it, and says whether a message is about SEND at all.
 */

/** Longest phrases first, so "ehc needs assessment" is folded before "ehc". */
const SEND_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(education health (and )?care|ehc|ehcp) (needs )?assessments?\b/g, 'ehcp assessment'],
  [/\b(statutory|needs) assessments?\b/g, 'ehcp assessment'],
  [/\behcna\b/g, 'ehcp assessment'],
  [/\b(education health (and )?care|ehc) plans?\b/g, 'ehcp'],
  [/\be h c p\b/g, 'ehcp'],
  [/\behc\b/g, 'ehcp'],
  [/\blocal (education )?authority\b|\blocal authorities\b|\blea\b|\blas?\b/g, 'council'],
  [/\bspecial educational needs (and disabilit(y|ies) )?co ?ordinator\b|\bsendco\b/g, 'senco'],
  [/\bsendias\b|\biass\b|\bparent partnership\b|\binformation advice and support service\b/g, 'sendiass'],
  [/\bfirst tier tribunal\b|\bsend tribunal\b|\bsendist\b|\bftt\b/g, 'tribunal'],
  [/\bspecial educational needs and disabilit(y|ies)\b|\bspecial educational needs\b/g, 'send'],
  [/\bteaching assistants?\b|\bta\b|\btas\b|\blsa\b|\blearning support assistant\b/g, 'teaching assistant'],
  [/\bed psych\b|\bep\b/g, 'educational psychologist'],
  [/\bspeech and language (therapy|therapist)\b|\bsalt\b|\bslt\b/g, 'speech therapy'],
  [/\bot\b/g, 'occupational therapy'],
];

const foldSendSynonyms = inOrder(SEND_SYNONYMS);

// The dialog's safeguarding check and then the recognizer normalise the same message (and the
// check its sentences too): the last few results are kept.
const recent = new Map<string, string>();
const RECENT_LIMIT = 8;

/** Normalised text with SEND names folded into one form each. "ta" on its own means thanks. */
export function normaliseSendText(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  let t = normaliseText(text);
  // British "ta" (thanks) must not become "teaching assistant".
  t = t.replace(/^(ok |okay |cheers )?ta( very much| muchly| love| x+)?$/, 'thanks');
  t = foldSendSynonyms(t).replace(/\s+/g, ' ').trim();
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(text, t);
  return t;
}

/** Words that on their own put a message in SEND, education, disability or children's support. */
const STRONG_SEND_TERMS = new RegExp(
  '\\b(' + [
    'send', 'sen', 'special needs', 'additional needs', 'extra needs', 'ehcp', 'senco', 'sendiass', 'ipsea',
    'tribunal', 'mediation', 'mediator', 'schools?', 'college', 'nursery', 'preschool', 'pre school', 'early years',
    'teachers?', 'teaching assistant', 'classroom', 'education', 'educational', 'pupils?',
    'head ?teacher', 'exclu(ded|sion|sions)', 'suspen(ded|sion)', 'attendance', 'part time timetable', 'curriculum',
    // (Said of school without naming it: "reduced hours", "school refusal", "ebsa".)
    'reduced (hours|timetable|days)', 'school refus(al|er|ing)', 'ebsa', 'emotionally based school avoidance',
    // (Legal steps named in the bot's own answers: a question about them is a SEND question, not out of scope.)
    'pre action letters?', 'letters? before claim', 'judicial review',
    // ("How long until the hearing?", "do I have to go to the hearing in person": a tribunal's hearing.)
    'the hearing', 'hearing dates?', 'send35a?', 'send 35a?',
    'autism', 'autistic', 'asd', 'asc', 'adhd', 'dyslexi[ac]', 'dyspraxi[ac]', 'dyscalculia', 'pda', 'sensory',
    'speech therapy', 'occupational therapy', 'physio(therapy)?', 'educational psychologist', 'camhs', 'paediatrician',
    'diagnos(is|ed|e)', 'disabilit(y|ies)', 'disabled', 'learning (difficult(y|ies)|disabilit(y|ies))', 'developmental delay',
    'down syndrome', 'cerebral palsy', 'epilepsy', 'hearing impair(ed|ment)', 'visual(ly)? impair(ed|ment)', 'deaf', 'wheelchair',
    'medical needs', 'annual reviews?', 'section [a-k]', 'personal budgets?', 'direct payments?',
    'local offer', 'ombudsman', 'code of practice', 'children and families act', 'equality act', 'reasonable adjustments?',
    'school transport', 'phase transfer', 'post 16', 'sixth form', 'apprenticeship', 'young person',
    'short breaks', 'respite', 'social care', 'social worker', 'child in need', 'dla', 'disability living allowance',
    'carers allowance', 'co production', 'coproduction', 'sen support', 'graduated approach', 'iep',
    // ("They've cut his 1:1 hours": 1:1 support is said "1 1" once normalised.)
    '(?:1 1|one to one|1 to 1) (?:support|hours?|ta|teaching assistant|worker|assistant|help|adult|time)',
    'one page profile', 'support plan', 'behaviour plan', 'home education', 'home educate', 'elective home',
    'draft plan', 'named school', 'eotas', 'education other(?:wise)? than (?:at|in) school', 'alternative provision', 'pru',
    'pupil referral units?', 'semh', 'slcn', 'spld', 'pmld', 'icb', 'integrated care boards?', 'lgsco', 'section 41',
    'individual support plans?', 'preparing for adulthood', 'cease to maintain', 'notional budget', 'sen register',
    'top up funding', 'high needs funding', 'ehcna', 're ?assess(?:ment|ments|ed|ing)?', 'mld', 'sld', 'lado', 'dsl', 'designated safeguarding leads?',
    'disagreement resolution', 'mental capacity', 'proposed amendments?', 'amended plan', 'amendment notice', 'appeal deadlines?', 'late appeals?',
    '(?:6|16|20|six|sixteen|twenty) ?weeks? (?:clock|deadline|limit|time limit|timescale|rules?|process|timeline|time frame|timeframe)',
    // "Does the 20 weeks stop over the summer?", "the draft came today dated last friday": the process by its shorthand.
    'the (?:6|16|20|six|sixteen|twenty) ?weeks?', '(?:15|fifteen) days? (?:from|to (?:reply|respond|comment|send)|for (?:the|a|my|our) (?:draft|reply|comments?))', '(?:the|our|my) draft(?: plan| ehcp)?', 'keep(?:ing)? (?:a |my |our )?records?', 'record keeping', '(?:the )?draft (?:came|arrived|landed|turned up|is dated|was dated|dated|has come|was sent)', 'children ?s? services', 'council(?! (?:tax|house|houses|housing|flat|planning|parking|bins?|rent|estate|elections?|offices?))',
  ].join('|') + ')\\b',
);

/** Words that are SEND words in SEND talk but common elsewhere ("council tax", "appeal a parking fine"). */
const WEAK_SEND_TERMS = /\b(refus(al|ed|e to assess|e to issue)|request|timescales?|statutory|amendments?|council|appeals?|certificate|statement|outcomes|transition|placement|provision|timetable|speech|academy|lessons?|plan|review|assessment|needs)\b/;

const CHILD_NOUNS = /\b(child|children|childs|son|sons|daughter|daughters|kid|kids|boy|girl|teen|teenager|toddler|baby|stepson|stepdaughter|grandson|granddaughter|foster child|twins?|young people)\b/;
const CHILD_PRONOUNS = /\b(he|she|him|her|his|they|them)\b/;
const NEED_WORDS = /\b(needs?|support|behaviou?r|learning|struggl\w*|meltdowns?|progress|reading|writing|maths|friends|bull(y|ied|ying)|anxious|anxiety|therapy|delay(ed)?|communicat\w*|concentrat\w*|focus|develop\w*|assess\w*|overwhelmed|sensory|speech|talking|words|read|write|spell|count|talk|speak|walk|learn|behave|sit still|toilet|potty|dress|eat|sleep)\b/;

/** True when a message is about SEND, education, disability or children's support. */
export function looksLikeSendTopic(text: string): boolean {
  return sendTopicStrength(normaliseSendText(text)) >= 1;
}

/** 0 (nothing SEND-like), 0.5 (only mentions a child), 1 or more (about SEND). Takes normalised text. */
export function sendTopicStrength(normalised: string): number {
  let strength = 0;
  if (STRONG_SEND_TERMS.test(normalised)) strength += 1;
  if (WEAK_SEND_TERMS.test(normalised)) strength += 0.5;
  const needs = NEED_WORDS.test(normalised);
  if (CHILD_NOUNS.test(normalised)) strength += needs ? 1 : 0.5;
  else if (CHILD_PRONOUNS.test(normalised) && needs) strength += 0.5;
  return strength;
}
