/**
 * Small cues in what a parent types that change the next reply, read by the main dialog:
 * "carry on" after the safeguarding help mid-flow, stopping a flow "for later", and thanks that
 * also asks to be contacted.
 */

/** "Carry on", "continue", "go on": the flow's question again. */
// ("Ok thanks. Can we carry on with the letter?" after the emergency help is the button, typed.)
export const CARRY_ON = /^(?:(?:ok|okay|right|thanks|thank you|cheers|ok thanks|okay thanks)[,.!]? )*(?:(?:can|could|shall) (?:we|i) |let'?s |please )?(?:carry on|continue|go on|resume|keep going|(?:get |go )?back to)(?: with)?(?: (?:the|my|our|his|her) (?:question|questions|letter|form|summary|request|flow))?(?: now| please)?[.!?]*$/i;

/** Stopping a guided flow "for later": the reply says half-finished answers are not kept. */
export const FOR_LATER = /\b(?:later|another time|tomorrow|another day|when i have)\b/i;

/** Thanks with a request to be contacted ("will you email me?"): answered with how to reach SENDIASS. */
export const ASKS_TO_BE_CONTACTED = /\b(?:will|can|could|would) (?:you|u|someone|sendiass|they|she|he) (?:\w+ )?(?:email|e-mail|ring|call|phone|text|contact|write to|get back to|message) (?:me|us)\b/i;

/**
 * "Yes please", "ok let's do that", "go on then, help me": taking up the task an answer has just
 * offered ("I can help you get ready: choose ..."). A bare "yes" is the answer to "Was this helpful?".
 */
export const ACCEPTS_OFFER = /^(?:(?:ok|okay|oh|right|alright|yes|yeah|yep|yea|go on|sure|great|brilliant|lovely|please|that would be good|that would help|that sounds good)[,.!]? )*(?:yes please|please|go on(?: then)?|(?:let'?s|lets|let us|can we|can you|could you|i(?:'d| would) like to|i want to|i'?ll|please|yes) (?:do|start|try|have a go at|go (?:for|with)|help me with) (?:that|it|this|the (?:[a-z]+ ){0,4}(?:thing|one|bit|letter|dates))|(?:yes |please |ok )?(?:(?:can|could|will|would) you )?help me(?: with (?:that|it|this|the letter|my dates)| (?:to )?(?:ask|apply|request|write|get ready)(?: for)? (?:one|it|that|this|the letter|them))?|(?:yes |ok )?do (?:that|it)|(?:yes |ok )?i(?:'d| would) like that)(?: then| please| now| thanks| thank you)*[.!]*$/i;

/** "Hi, bit of background first": the parent is about to explain; listen, and ask them to leave names out. */
export const BACKGROUND_FIRST = /\b(?:bit|little bit|little|some) of (?:background|context|back story|backstory)\b/i;

/** "How are you today?": asked of a computer program. */
export const HOW_ARE_YOU = /\bhow are (?:you|u)\b/i;

/** A bare "ok", "got it", "right": an acknowledgement, not thanks ("you are welcome" would not fit). */
export const ACKNOWLEDGEMENT = /^(?:ok|okay|k|kk|alright|all right|right|got it|i see|understood|noted|fair enough|fine|sure|hmm ok|ok then|right ok|ok right)[.!]*$/i;

/**
 * "lol sorry im so tired, been up all night with him": worn out, said lightly. A kind word and the
 * way to a person, not crisis numbers; anything heavier (cannot cope, crying, breaking) is distress.
 */
const TIRED = /\b(?:so |really |very |dead |completely |absolutely )?(?:tired|exhausted|knackered|shattered|worn out|running on empty)\b|\bup (?:all night|half the night|since \d|at \d)\b|\bno sleep\b|\bnot slept\b/i;
const HEAVIER = /\b(?:cope|coping|cannot|can not|can't|cant|breaking|broken|cry|cries|crying|in tears|falling apart|at the end|give up|giving up|hopeless|desperate|alone|scared|done|anymore|any more|hate|struggling|nobody|no one|listens?|fight|fighting)\b/i;
/** Said lightly: a laugh, an apology, or a night up with the child. */
const LIGHTLY = /\b(?:lol|haha|ha ha|lmao|sorry)\b|\bup (?:all night|half the night) with (?:him|her|them|the baby|my \w+)\b/i;

/** Tired, with nothing heavier said ("can you do the rest for me im exhausted"): a kind word, not an emergency line. */
export function soundsOnlyTired(text: string): boolean {
  return TIRED.test(text) && !HEAVIER.test(text);
}

export function soundsTiredNotInCrisis(text: string): boolean {
  return TIRED.test(text) && LIGHTLY.test(text) && !HEAVIER.test(text) && text.split(/\s+/).length <= 20;
}
