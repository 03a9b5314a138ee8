/**
 * The few things a parent can say while handing over or waiting: yes/no to consent, leave the
 * queue, and "where am I in the queue". Matched on the whole message so that "I want to end
 * the EHC plan" or "where is the queue for the tribunal" still go to the adviser.
 */

/** Lower case, plain apostrophes, letters, digits and single spaces only: what the patterns here match. */
export function simplify(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]/g, ' ').replace(/\s+/g, ' ').trim();
}

const YES = /^(?:y|yes|yeah|yep|yup|ok|okay|sure|fine|please|go ahead|yes please|yes ok|yes that is fine|yes that's fine|that is fine|that's fine|that is ok|that's ok|i agree|agreed|of course|yes pass it on|pass it on)(?: please| thanks| thank you)?$/;
const NO = /^(?:n|no|nope|nah|no thanks|no thank you|not now|not really|i would rather not|i'd rather not|rather not|do not|don't|no do not|no don't|cancel|stop|never ?mind)(?: please| thanks| thank you)?$/;

// Asked "shall I pass this to an adviser?", asking for a person is a yes: "I want to talk to a real person please".
const ASKS_FOR_A_PERSON = /^(?:yes |ok |okay |please )?(?:i (?:just )?(?:want|would like|need|d like) to (?:talk|speak|chat) (?:to|with)|(?:can|could|may) i (?:please )?(?:talk|speak|chat) (?:to|with)|(?:please )?(?:let me (?:talk|speak) to|put me through to|get me)) (?:a |an |the |some )?(?:real |actual |proper |live )?(?:person|human|human being|adviser|advisor|someone|somebody|sendiass)(?: please| now| thanks| thank you)*$/;

/** Yes/no to passing the conversation on; undefined when it is neither. */
export function readConsent(text: string): boolean | undefined {
  const t = simplify(text);
  if (YES.test(t) || ASKS_FOR_A_PERSON.test(t) || /^no (?:problem|worries|bother)(?: at all)?$/.test(t)) return true;
  // "ok that is fine", "yes go on": a short yes with no "but" or "not" in it.
  if (t.length <= 40 && /^(?:y|yes|yeah|yep|yup|ok|okay|sure|fine)\b/.test(t) && !/\b(?:no|not|don't|but|what|why|how|who)\b|\?/.test(text.toLowerCase())) return true;
  if (NO.test(t)) return false;
  // "no i don't want them seeing everything": a no with its reason (not "no problem...", not "no, but...?").
  if (/^(?:no|nope|nah|not really)\b/.test(t) && !/^no (?:problem|worries|bother)\b|\bbut\b/.test(t) && !text.includes('?')) return false;
  return undefined;
}

// (After "actually never mind," or "ok": the last thing said is what they want.)
const LEAVE = /^(?:(?:actually|ok|okay|sorry|right|oh|no|never ?mind|forget it|on second thoughts?|changed my mind) )*(?:please )?(?:(?:end|leave|stop|quit|exit|close|cancel)(?: the| this| my)?(?: chat| queue| conversation| waiting| handoff)?|stop waiting|i (?:want|would like|need) to (?:leave|go|stop)(?: the queue| the chat| waiting| now)?|i (?:do not|don't|dont) want to (?:wait|stay in the queue)(?: any ?more| now)?|take me out of the queue|go back to the bot|back to the bot)(?: now)?(?: please| thanks| thank you)?$/;

/** "end chat", "leave the queue", "cancel": the parent wants to stop waiting (or stop the adviser chat). */
export function isLeaveCommand(text: string): boolean {
  return LEAVE.test(simplify(text));
}

const WHERE = /^(?:where am i(?: in the queue| in the line| now)?|what(?: is my)? (?:number|place|position)(?: am i)?(?: in the queue)?|what(?: is my)? (?:place|position|number) in (?:the )?(?:queue|line)|(?:my )?queue position|how many (?:people )?(?:are )?(?:ahead of|in front of|before) me|how long (?:will|do|must|is) (?:i|it|the wait)(?: have to)?(?: wait| be| take)?(?: now)?|am i still (?:in the queue|waiting|in the line)|is anyone coming|is someone coming)$/;

/** "where am I in the queue", "how many people are ahead of me". */
export function isQueuePositionQuestion(text: string): boolean {
  return WHERE.test(simplify(text).replace(/ please$/, ''));
}

const WHAT_NEXT = /^(?:(?:when|how soon) (?:will|would|do|does|can|is) (?:they|someone|somebody|anyone|an adviser|the adviser|sendiass|you) (?:call|ring|phone|email|contact|reply|be in touch|get in touch|get back to)(?: (?:me|us|with me|with us))?(?: back)?|what happens (?:now|next)|what now|what next)$/;

/** "where am I in the queue", or "when will they call", "what happens now": the same honest answer during a call-back. */
export function asksWhatHappensNext(text: string): boolean {
  return isQueuePositionQuestion(text) || WHAT_NEXT.test(simplify(text).replace(/ please$/, ''));
}
