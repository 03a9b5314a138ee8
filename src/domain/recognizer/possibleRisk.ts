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
  + '|suicid\\w*|kill\\w*|die|dying|dead|death|knife|knives|weapon\\w*|gun|threat\\w*|scared|afraid|terrified|frightened|unsafe|danger\\w*'
  + '|abus\\w*|assault\\w*|rape\\w*|touch\\w*|secret|groom\\w*|drugs?|drunk|vomit\\w*|starv\\w*|missing|run away|runs away|running away|ran away|ran off|running off|alone'
  + '|hit|hits|hitting|punch\\w*|kick\\w*|slap\\w*|bruis\\w*|hurt\\w*|harm\\w*|cutting|burn\\w*|marr(?:y|ied|iage)|radical\\w*|extrem\\w*'
  + '|nudes?|naked|blackmail\\w*|sex\\w*|neglect\\w*|hungry|locked|strangl\\w*|chok\\w*|drown\\w*|stab\\w*|weapon|beat\\w*|swallow\\w*|batter(?:y|ies)|faint\\w*|heroin|crack'
  + ')\\b');

export function mentionsPossibleRisk(text: string): boolean {
  return RISK_WORDS.test(normaliseSendText(text));
}
