import { normaliseSendText } from './sendTerms';

/**
 * Words that may mean someone is in danger, in a message the bot could not place. The
 * safeguarding rules (safeguardingDetector.ts) are precise, and fresh tests keep finding risks told
 * in words they do not know. So when the bot is unsure what a message is about (it asks for more,
 * or says it is out of scope) and the message has any of these words, the reply starts with where
 * to get help now. A parent who did not need it loses one line; one who did is not sent away.
 */
/** "Missing", but not "missing school", "missing loads of lessons" or "missing out": a child missing, not school missed. */
const MISSING = 'missing(?! (?:(?:loads|lots|a lot|so much|too much|most|half|more|all|much|a few|a couple|several|\\d+|two|three|four|five) (?:of )?(?:the |his |her |their )?)?(?:school|lessons?|education|class|classes|out|days|weeks|months|terms?|the|a |his|her|some|work|deadlines?|information|pages?|bits?|parts?))';

const RISK_WORDS = new RegExp('\\b(?:'
  + 'ambulance|a and e|hospital|999|police|blood|bleed\\w*|unconscious|breath\\w*|seizure\\w*|fitting|collapsed|overdose\\w*|poison\\w*'
  + '|suicid\\w*|kill(?!(?:ed|ing|s) it (?:at|in|on)\\b)\\w*|die|dying|dead|death|knife|knives|weapon\\w*|gun|threat\\w*|scared|afraid|terrified|frightened|unsafe|danger\\w*'
  + `|abus\\w*|assault\\w*|rape\\w*|touch\\w*|secret|groom\\w*|drugs?|drunk|vomit\\w*|starv\\w*|${MISSING}|run away|runs away|running away|ran away|ran off|running off|alone`
  + '|hit|hits|hitting|punch\\w*|kick\\w*|slap\\w*|bruis\\w*|hurt\\w*|harm\\w*|cutting|burn\\w*|marr(?:y|ied|iage)|radical\\w*|extrem\\w*'
  + '|nudes?|naked|blackmail\\w*|sex\\w*|neglect\\w*|hungry|locked|strangl\\w*|chok\\w*|drown\\w*|stab\\w*|weapon|beat\\w*|swallow\\w*|batter(?:y|ies)|faint\\w*|heroin|crack'
  + ')\\b');

/**
 * Narrow exceptions, taken out of the text before the words are looked for (AO), never words taken off the lists:
 * - "im literally dying" said of a teenager's drama ("so dramatic", "lol", "every time I ask him to...");
 * - knives in cooking that someone supervises ("obsessed with knives in a cooking way... a supervised cooking club"),
 *   when nothing else in the message speaks of harm.
 */
const DRAMA = /\b(?:so dramatic|(?:being|is|s) (?:so |really |very )?dramatic|drama queen|lol|lmao|haha\w*|exaggerat\w*|every time (?:i|we) ask (?:him|her|them))\b/;
const DRAMATIC_DYING = /\b(?:i m|im|i am|he s|she s|he is|she is) (?:literally |actually )?dying\b/g;
const COOKING = /\b(?:cooking|cookery|chef|chefs|catering|culinary|food tech\w*|baking|kitchen skills)\b/;
const SUPERVISED = /\b(?:supervised|supervises|supervision|with (?:a|an|the) (?:adult|teacher|tutor|chef|instructor)|taught safely|knife skills)\b/;
const KNIVES_AND_HARM = /\b(?:stab\w*|threat\w*|hurt\w*|harm\w*|attack\w*|kill\w*|carry\w*|carried|pocket|bag|hid|hidden|hiding|under (?:his|her|their) (?:bed|pillow|mattress)|scared|afraid|frightened|waving|waved|pointing|pointed|blood|police|cut (?:him|her|them)sel(?:f|ves)|at (?:me|us|him|her|them))\b/;
const SUPERVISED_KNIVES = /\b(?:knife|knives)\b/g;

function withoutFiguresOfSpeech(normalised: string): string {
  let t = normalised;
  if (DRAMA.test(t)) t = t.replace(DRAMATIC_DYING, ' ');
  if (COOKING.test(t) && SUPERVISED.test(t) && !KNIVES_AND_HARM.test(t)) t = t.replace(SUPERVISED_KNIVES, ' ');
  return t;
}

export function mentionsPossibleRisk(text: string): boolean {
  return RISK_WORDS.test(withoutFiguresOfSpeech(normaliseSendText(text)));
}

/**
 * Words that are rarely anything but danger in a SEND question: these start even an answer or an
 * offer of an adviser with the same line (the rules may have missed a risk the knowledge base
 * then "answers"). Narrower than RISK_WORDS, which would put 999 above every "he is scared of school".
 */
const STRONG_RISK_WORDS = new RegExp('\\b(?:'
  + 'blood|bleed\\w*|unconscious|overdose\\w*|suicid\\w*|knife|knives|weapons?|rape\\w*|drunk|heroin|crack|cocaine|starv\\w*'
  + `|${MISSING}`
  + '|ran away|run away|runs away|strangl\\w*|chok\\w*|drown\\w*|stab\\w*|police|ambulance|999|poison\\w*|shaken|beaten|assault\\w*'
  + '|groom\\w*|nudes?|blackmail\\w*|self harm\\w*|sexual\\w*|sexually'
  + ')\\b');

export function mentionsStrongRisk(text: string): boolean {
  return STRONG_RISK_WORDS.test(withoutFiguresOfSpeech(normaliseSendText(text)));
}
