/**
 * Small cues in what a parent types that change the next reply, read by the main dialog:
 * "carry on" after the safeguarding help mid-flow, stopping a flow "for later", and thanks that
 * also asks to be contacted.
 */

/** "Carry on", "continue", "go on": the flow's question again. */
export const CARRY_ON = /^(?:ok,? )?(?:carry on|continue|go on|resume|keep going|let'?s carry on|let'?s continue|back to the (?:question|letter|form))[.!]?$/i;

/** Stopping a guided flow "for later": the reply says half-finished answers are not kept. */
export const FOR_LATER = /\b(?:later|another time|tomorrow|another day|when i have)\b/i;

/** Thanks with a request to be contacted ("will you email me?"): answered with how to reach SENDIASS. */
export const ASKS_TO_BE_CONTACTED = /\b(?:will|can|could|would) (?:you|u|someone|sendiass|they|she|he) (?:\w+ )?(?:email|e-mail|ring|call|phone|text|contact|write to|get back to|message) (?:me|us)\b/i;
