import { normaliseSendText } from './sendTerms';

/**
 * Words that may mean someone is in danger, in a message the bot could not place. The
 * safeguarding rules (safeguardingDetector.ts) are precise, and fresh tests keep finding risks told
 * in words they do not know. So when the bot is unsure what a message is about (it asks for more,
 * or says it is out of scope) and the message has any of these words, the reply starts with where
 * to get help now. A parent who did not need it loses one line; one who did is not sent away.
 */
const RISK_WORDS = new RegExp('\\b(?:'
  + 'ambulance|a and e|hospital|999|police|blood|bleed\\w*|unconscious|breath\\w*|seizure\\w*|fitting|collapsed|overdose\\w*|poison\\w*'
  + '|suicid\\w*|kill(?!(?:ed|ing|s) it (?:at|in|on)\\b)\\w*|die|dying|dead|death|knife|knives|weapon\\w*|gun|threat\\w*|scared|afraid|terrified|frightened|unsafe|danger\\w*'
  + '|abus\\w*|assault\\w*|rape\\w*|touch\\w*|secret|groom\\w*|drugs?|drunk|vomit\\w*|starv\\w*|missing|run away|runs away|running away|ran away|ran off|running off|alone'
  + '|hit|hits|hitting|punch\\w*|kick\\w*|slap\\w*|bruis\\w*|hurt\\w*|harm\\w*|cutting|burn\\w*|marr(?:y|ied|iage)|radical\\w*|extrem\\w*'
  + '|nudes?|naked|blackmail\\w*|sex\\w*|neglect\\w*|hungry|locked|strangl\\w*|chok\\w*|drown\\w*|stab\\w*|weapon|beat\\w*|swallow\\w*|batter(?:y|ies)|faint\\w*|heroin|crack'
  + ')\\b');

export function mentionsPossibleRisk(text: string): boolean {
  return RISK_WORDS.test(normaliseSendText(text));
}

/**
 * Words that are rarely anything but danger in a SEND question: these start even an answer or an
 * offer of an adviser with the same line (the rules may have missed a risk the knowledge base
 * then "answers"). Narrower than RISK_WORDS, which would put 999 above every "he is scared of school".
 */
const STRONG_RISK_WORDS = new RegExp('\\b(?:'
  + 'blood|bleed\\w*|unconscious|overdose\\w*|suicid\\w*|knife|knives|weapons?|rape\\w*|drunk|heroin|crack|cocaine|starv\\w*'
  + '|missing(?! (?:school|lessons?|education|class|classes|out|days|the|a |his|her|some|work|deadlines?|information|pages?|bits?|parts?))'
  + '|ran away|run away|runs away|strangl\\w*|chok\\w*|drown\\w*|stab\\w*|police|ambulance|999|poison\\w*|shaken|beaten|assault\\w*'
  + '|groom\\w*|nudes?|blackmail\\w*|self harm\\w*|sexual\\w*|sexually'
  + ')\\b');

export function mentionsStrongRisk(text: string): boolean {
  return STRONG_RISK_WORDS.test(normaliseSendText(text));
}
