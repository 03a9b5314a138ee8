import { normaliseText } from './normaliseText';

/**
 * "Are you a real person?", "am I talking to a robot?", "is this AI?": a question about what the
 * bot is, which deserves a straight answer (it is a computer program) before anything else. A
 * request for a person ("is there a real person I can talk to") is not this: it goes to handoff.
 * "Are you a lawyer?" gets the same straight answer: it is not one, and gives no legal advice.
 */
const ASKS_WHAT_THE_BOT_IS = new RegExp(
  '^(?:(?:hi|hello|hey|sorry|just wondering|quick question|can i ask|so|ok|okay)\\s+)?'
  + '(?:are you|r you|are u|is this|is it|is that|am i (?:talking|speaking|chatting|typing|writing) (?:to|with))'
  + '(?: just| even)? (?:a |an |the |some )?(?:real |actual |live |proper )?'
  + '(?:person|human|human being|people|bot|robot|chatbot|chat bot|computer|machine|ai|artificial intelligence|program|programme|automated|real|lawyer|solicitor|barrister|legal adviser|legal expert|qualified adviser|expert|professional)'
  + '(?: person| human)?(?: or (?:a |an )?(?:real )?(?:person|human|bot|robot|computer|machine|ai|not))?(?: here| there| now| really)?$',
);

// ("What is your name?": not naming a school.)
const WHO_ARE_YOU = /^(?:who|what) (?:are|r) (?:you|u)\??$|^who am i (?:talking|speaking|chatting) (?:to|with)\??$|^(?:(?:hi|hello|hey|so|ok|and) )?(?:what is|whats|what s|what are) (?:your|ur|yer) names?\??$|^(?:do|have) you (?:have|got) a name\??$|^what (?:are|r|should i call|do i call) (?:you|u) called\??$|^what (?:should|do) i call (?:you|u)\??$/;

export function asksWhatTheBotIs(text: string): boolean {
  const t = normaliseText(text);
  return ASKS_WHAT_THE_BOT_IS.test(t) || WHO_ARE_YOU.test(t);
}
