import { BagOfWordsScorer } from './bagOfWordsScorer';
import { matchCommand } from './commandPhrases';
import { anyOf } from './combinedPatterns';
import { INTENT_RULES, NOT_SEND_EVEN_WITH_SEND_WORDS, type IntentRule } from './intentRules';
import { INTENTS, type Intent, type Recognition, type Recognizer } from './recognizer';
import { detectSafeguardingRisk } from './safeguardingDetector';
import { looksLikeSendTopic, normaliseSendText, sendTopicStrength } from './sendTerms';
import { TRAINING_PHRASES } from './trainingPhrases';
import { upsetAboutASendMatter } from './upsetAboutSend';

export { looksLikeSendTopic };

/**
 * The default recognizer: no cloud account, no network, the same answer every time.
 *
 * How it decides, in order:
 *  1. Safeguarding rules (safeguardingDetector.ts): any risk wins outright.
 *  2. Short commands and small talk, recognised only when the whole message is made of them
 *     (commandPhrases.ts), so a flow answer that happens to contain "stop" or "back" stays an answer.
 *  3. Weighted patterns per intent (intentRules.ts) for the clear cases, e.g. "I want to apply for
 *     an EHCP" (flow) vs "who can apply for an EHCP?" (question).
 *  4. A TF-IDF scorer over example phrases (trainingPhrases.ts) for wording the patterns miss.
 *  5. What is left: a question about SEND goes to the knowledge base; anything else is out of scope.
 *
 * Interruptions (a person, cancel, restart, back, help) must never be guessed: the scorer alone
 * can not lift them to INTERRUPTION_THRESHOLD, only a pattern or a whole-message command can.
 */

/** Intents that break into a guided flow. */
export const INTERRUPTION_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['handoff.person', 'cancel', 'restart', 'back', 'help', 'safeguarding']);

/** How sure the recognizer must be before a guided flow is interrupted. */
export const INTERRUPTION_THRESHOLD = 0.7;

/** True when, inside a guided flow, this message should interrupt it rather than answer the question. */
export function isInterruption(recognition: Recognition): boolean {
  return INTERRUPTION_INTENTS.has(recognition.intent) && recognition.score >= INTERRUPTION_THRESHOLD;
}

const SMALL_TALK: ReadonlySet<Intent> = new Set<Intent>(['greeting', 'thanks', 'goodbye']);

/** Below this, the top intent is not trusted and the fallback decides. */
const MIN_CONFIDENCE = 0.35;
/** How much the example-phrase scorer adds on top of the patterns. */
const SCORER_WEIGHT = 0.7;

/** The rules of each intent, with one combined pattern that rules them all out in one test (most messages). */
const RULES_BY_INTENT: ReadonlyArray<{ readonly any: RegExp; readonly rules: readonly IntentRule[] }> =
  [...new Set(INTENT_RULES.map((r) => r.intent))].map((intent) => {
    const rules = INTENT_RULES.filter((r) => r.intent === intent);
    return { any: anyOf(rules.map((r) => r.pattern)), rules };
  });

/** Raises an intent's rule score to at least `value`. */
function raise(rule: Map<Intent, number>, intent: Intent, value: number): void {
  rule.set(intent, Math.max(rule.get(intent) ?? 0, value));
}

/** "Thank you Sam, will you email me?": thanks first is thanks, whatever follows. */
const THANKS_FIRST = /^(?:thank you|thanks|cheers|many thanks|ta)\b/;

export class LocalRecognizer implements Recognizer {
  private readonly scorer: BagOfWordsScorer;

  constructor(phrases: typeof TRAINING_PHRASES = TRAINING_PHRASES) {
    this.scorer = new BagOfWordsScorer(phrases, normaliseSendText);
  }

  async recognize(text: string): Promise<Recognition> {
    return this.recognizeNow(text);
  }

  /** The same as recognize(), without the promise (for the CLI and tests). */
  recognizeNow(text: string): Recognition {
    const normalised = normaliseSendText(text);
    if (!normalised) return { intent: 'help', score: 0.3, alternatives: [] };

    // How SEND-like the message is: worked out once, several decisions below use it.
    const strength = sendTopicStrength(normalised);
    // ("ok so nothing changes for now?": a question after "ok" is a question, not thanks.)
    const scores = this.scoreIntents(normalised, strength, /\?\s*$/.test(text));
    if (detectSafeguardingRisk(text).atRisk) scores.set('safeguarding', 1);
    preferAnswerToUpsetQuestion(scores, text, strength);

    const ranked = [...scores.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
    let [intent, score] = ranked[0] ?? ['kb.ask', 0];
    if (score < MIN_CONFIDENCE) {
      // Nothing is clear: a SEND-ish message is worth a knowledge-base search; anything else is out of scope.
      [intent, score] = strength >= 0.5 ? ['kb.ask', Math.max(score, MIN_CONFIDENCE)] : ['outOfScope', 0.5];
    }
    const alternatives = ranked
      .filter(([i, s]) => i !== intent && s >= 0.1)
      .slice(0, 4)
      .map(([i, s]) => ({ intent: i, score: round(s) }));
    return { intent, score: round(score), alternatives };
  }

  private scoreIntents(normalised: string, strength: number, endsAsQuestion = false): Map<Intent, number> {
    const rule = new Map<Intent, number>();

    const command = matchCommand(normalised);
    if (command) raise(rule, command.intent, command.whole ? 0.95 : 0.3);
    // "thanks that was really kind" - small talk with a few extra words is still small talk.
    if (command && !command.whole && SMALL_TALK.has(command.intent) && command.leftover <= 3 && strength < 1 && !(endsAsQuestion && command.leftover >= 2 && !THANKS_FIRST.test(normalised))) raise(rule, command.intent, 0.75);
    for (const { any, rules } of RULES_BY_INTENT) {
      if (any.test(normalised)) for (const r of rules) if (r.pattern.test(normalised)) raise(rule, r.intent, r.weight);
    }

    // SEND-ness moves the line between "a question for the knowledge base" and "out of scope".
    const kbFactor = strength >= 1 ? 1 : strength >= 0.5 ? 0.8 : 0.5;
    const offTopicFactor = strength >= 1 ? 0.5 : strength >= 0.5 ? 0.85 : 1;
    if (rule.has('kb.ask')) rule.set('kb.ask', (rule.get('kb.ask') ?? 0) * kbFactor);
    if (rule.has('outOfScope')) rule.set('outOfScope', (rule.get('outOfScope') ?? 0) * offTopicFactor);
    if (strength >= 1) raise(rule, 'kb.ask', 0.55);
    else if (strength >= 0.5) raise(rule, 'kb.ask', 0.4);
    // (After the SEND words have had their say: these stay out of scope whatever else is said.)
    if (NOT_SEND_EVEN_WITH_SEND_WORDS.test(normalised)) raise(rule, 'outOfScope', 0.95);

    const similar = this.scorer.score(normalised);
    const scores = new Map<Intent, number>();
    for (const intent of INTENTS) {
      const r = rule.get(intent) ?? 0;
      let sim = similar.get(intent) ?? 0;
      if (intent === 'kb.ask') sim *= kbFactor;
      if (intent === 'outOfScope') sim *= offTopicFactor;
      let s: number;
      if (INTERRUPTION_INTENTS.has(intent) && r < 0.5) {
        // Similar wording alone never interrupts a flow.
        s = Math.min(INTERRUPTION_THRESHOLD - 0.1, Math.max(r, SCORER_WEIGHT * sim));
      } else {
        s = 1 - (1 - r) * (1 - SCORER_WEIGHT * sim * (r >= 0.5 ? 0.5 : 1));
      }
      if (s > 0) scores.set(intent, s);
    }

    // Nothing SEND-like and nothing else clear: out of scope is the honest answer.
    // (A general question with no SEND words is not one for the SEND knowledge base.)
    const others = [...scores.entries()].filter(([i]) => i !== 'outOfScope').sort((a, b) => b[1] - a[1]);
    const [bestIntent, best] = others[0] ?? ['kb.ask', 0];
    if (strength === 0 && best < 0.5) {
      const weak = best < 0.3 || bestIntent === 'kb.ask';
      scores.set('outOfScope', Math.max(scores.get('outOfScope') ?? 0, weak ? 0.6 : 0.45));
    }
    return scores;
  }
}

/**
 * A question clause: the message starts with one, has a question mark, or a new sentence starts with one.
 * ("And can't cope" tells, it does not ask.)
 */
const QUESTION = /\?|(^|[.,;:!]\s*|\b(but|so|and) )(what|who|how|when|where|why|which|is|are|does|do|did|can|could|should|will|would|must|has|have)\b(?!['\u2019]t\b)|\b(what do (you|u) think|what (should|can|do) (i|we) do|(is|was) (that|this|it) (right|normal|legal|lawful|allowed|ok|okay|true))\s*$/i;

/**
 * "I'm so stressed, how long does the council have to decide?" is upset AND a SEND question: the
 * answer helps more than sympathy alone, so the knowledge base wins and distress stays as the
 * first alternative (the dialog can add a kind word when it sees it). So is anger or worry about
 * something happening, asked or not ("I am furious, the council have refused to assess AGAIN"),
 * unless the parent sounds near breaking point (upsetAboutSend.ts).
 */
function preferAnswerToUpsetQuestion(scores: Map<Intent, number>, raw: string, sendStrength: number): void {
  const distress = scores.get('distress') ?? 0;
  const top = Math.max(...scores.values());
  if (distress < top || sendStrength < 1 || !(QUESTION.test(raw.trim()) || upsetAboutASendMatter(raw))) return;
  scores.set('kb.ask', Math.max(scores.get('kb.ask') ?? 0, distress));
  scores.set('distress', distress - 0.05);
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}
