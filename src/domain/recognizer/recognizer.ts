/**
 * What the parent wants, told apart from their own words. Kept small and free of Bot Framework
 * types so the local recognizer, the optional LUIS adapter (and a CLU adapter later) fit behind it.
 */

export const INTENTS = [
  'kb.ask',              // a question for the knowledge base
  'flow.ehcRequest',     // start the "request an EHC needs assessment" guided flow
  'flow.mediation',      // start the "prepare for mediation / appeal" guided flow
  'handoff.person',      // asks for a person / SENDIASS adviser
  'beyondGuidance',      // asks for a judgement on their own case
  'distress',            // upset, exhausted, overwhelmed (no risk of harm)
  'safeguarding',        // any sign a child or the parent is at risk of harm
  'greeting',
  'thanks',
  'goodbye',
  'help',                // what can you do / how does this work
  'cancel',              // stop what we are doing
  'restart',             // start again from the beginning
  'back',                // change the last answer (inside a flow)
  'outOfScope',          // things the bot does not do
] as const;

export type Intent = (typeof INTENTS)[number];

export interface Recognition {
  /** The top intent. */
  readonly intent: Intent;
  /** 0..1, how sure the recognizer is. */
  readonly score: number;
  /** Other intents that also scored, best first (for logs and tuning, never shown to parents). */
  readonly alternatives?: ReadonlyArray<{ intent: Intent; score: number }>;
}

export interface Recognizer {
  recognize(text: string): Promise<Recognition>;
}
