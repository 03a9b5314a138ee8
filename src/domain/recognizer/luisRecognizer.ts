import { LUISRuntimeClient } from '@azure/cognitiveservices-luis-runtime';
import { ApiKeyCredentials } from '@azure/ms-rest-js';
import { INTENTS, type Intent, type Recognition, type Recognizer } from './recognizer';
import { LocalRecognizer } from './localRecognizer';
import { detectSafeguardingRisk } from './safeguardingDetector';
import { looksLikeSendTopic } from './sendTerms';
import type { Logger } from '../../logging/logger';

/**
 * Opt-in adapter over a LUIS app (v3 prediction API). LUIS is retired (March 2026) and its SDK
 * deprecated, so this is kept for services that still run an app; the local recognizer is the
 * default and is always the fallback: for unknown intents, low scores, errors and timeouts.
 *
 * Privacy: safeguarding is checked locally first, so a message showing risk is never sent to the
 * cloud; LUIS is asked not to log queries; nothing this adapter logs contains the message.
 */

/** The one call the adapter makes, narrow enough to stub in tests. */
export interface LuisPredictionClient {
  getSlotPrediction(
    appId: string,
    slotName: string,
    predictionRequest: { query: string },
    options?: { verbose?: boolean; showAllIntents?: boolean; log?: boolean; timeout?: number },
  ): Promise<LuisPredictionResponse>;
}

export interface LuisPredictionResponse {
  readonly query?: string;
  readonly prediction: {
    readonly topIntent: string;
    readonly intents: Readonly<Record<string, { readonly score?: number }>>;
  };
}

/** Why the adapter used the local recognizer instead of LUIS (for logs and tests). */
export type LuisFallbackReason = 'error' | 'timeout' | 'low-score' | 'unmapped' | 'none-but-send';


export interface LuisRecognizerOptions {
  readonly appId: string;
  readonly slot: 'production' | 'staging';
  /** LUIS intent name -> our intent. Defaults to DEFAULT_LUIS_INTENT_MAP. */
  readonly intentMap?: Readonly<Record<string, Intent>>;
  /** Below this LUIS score, the local recognizer decides. */
  readonly minScore?: number;
  readonly client: LuisPredictionClient;
  /** Used for unknown intents, low scores, errors and timeouts. Defaults to a LocalRecognizer. */
  readonly fallback?: Recognizer;
  /** Milliseconds to wait for LUIS before falling back. */
  readonly timeoutMs?: number;
  /** Gets one `recognizer.luis_fallback` warning per fallback: the reason and error shape, never the message. */
  readonly logger?: Pick<Logger, 'warn'>;
}

/** Names a LUIS app for this bot would use, including the prebuilt "Utilities" domain intents. */
export const DEFAULT_LUIS_INTENT_MAP: Readonly<Record<string, Intent>> = {
  AskQuestion: 'kb.ask',
  Question: 'kb.ask',
  RequestAssessment: 'flow.ehcRequest',
  EhcRequest: 'flow.ehcRequest',
  PrepareMediation: 'flow.mediation',
  Appeal: 'flow.mediation',
  TalkToPerson: 'handoff.person',
  CaseJudgement: 'beyondGuidance',
  BeyondGuidance: 'beyondGuidance',
  Distress: 'distress',
  Safeguarding: 'safeguarding',
  Greeting: 'greeting',
  Thanks: 'thanks',
  Goodbye: 'goodbye',
  Help: 'help',
  Cancel: 'cancel',
  StartOver: 'restart',
  Restart: 'restart',
  GoBack: 'back',
  Back: 'back',
  'Utilities.Help': 'help',
  'Utilities.Cancel': 'cancel',
  'Utilities.StartOver': 'restart',
  'Utilities.GoBack': 'back',
  'Utilities.Stop': 'cancel',
  None: 'outOfScope',
};

/** LUIS v3 accepts queries up to 500 characters. */
export const LUIS_MAX_QUERY_CHARS = 500;
const DEFAULT_MIN_SCORE = 0.5;
const DEFAULT_TIMEOUT_MS = 3000;

class LuisTimeout extends Error {
  constructor() { super('LUIS did not answer in time'); this.name = 'LuisTimeout'; }
}

export class LuisRecognizerAdapter implements Recognizer {
  private readonly intentMap: Readonly<Record<string, Intent>>;
  private readonly minScore: number;
  private readonly fallback: Recognizer;
  private readonly timeoutMs: number;

  constructor(private readonly options: LuisRecognizerOptions) {
    this.intentMap = options.intentMap ?? DEFAULT_LUIS_INTENT_MAP;
    this.minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    this.fallback = options.fallback ?? new LocalRecognizer();
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async recognize(text: string): Promise<Recognition> {
    // Risk is decided locally, at once, and the message is not sent anywhere.
    if (detectSafeguardingRisk(text).atRisk) return { intent: 'safeguarding', score: 1, alternatives: [] };
    const query = text.trim().slice(0, LUIS_MAX_QUERY_CHARS);
    if (!query) return this.fallback.recognize(text);

    let response: LuisPredictionResponse;
    try {
      response = await this.predict(query);
    } catch (err) {
      const timedOut = err instanceof LuisTimeout;
      this.report(timedOut ? 'timeout' : 'error', err);
      return this.fallback.recognize(text);
    }

    const { topIntent, intents } = response.prediction;
    const intent = this.intentMap[topIntent];
    const score = intents[topIntent]?.score ?? 0;
    if (!intent || !(INTENTS as readonly string[]).includes(intent)) { this.report('unmapped'); return this.fallback.recognize(text); }
    if (score < this.minScore) { this.report('low-score'); return this.fallback.recognize(text); }
    // An app trained on few SEND examples says "None" to unusual SEND questions; those are ours to answer.
    if (intent === 'outOfScope' && looksLikeSendTopic(text)) { this.report('none-but-send'); return this.fallback.recognize(text); }

    const alternatives = Object.entries(intents)
      .filter(([name]) => name !== topIntent && this.intentMap[name] && this.intentMap[name] !== intent)
      .map(([name, v]) => ({ intent: this.intentMap[name], score: clamp(v.score ?? 0) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 4);
    return { intent, score: clamp(score), alternatives };
  }

  private predict(query: string): Promise<LuisPredictionResponse> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new LuisTimeout()), this.timeoutMs); });
    const call = this.options.client.getSlotPrediction(
      this.options.appId,
      this.options.slot,
      { query },
      { verbose: false, showAllIntents: true, log: false, timeout: this.timeoutMs },
    );
    return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
  }

  private report(reason: LuisFallbackReason, err?: unknown): void {
    const fields: { reason: LuisFallbackReason; errorName?: string; statusCode?: number } = { reason };
    if (err instanceof Error) fields.errorName = err.name;
    const status = (err as { statusCode?: unknown } | undefined)?.statusCode;
    if (typeof status === 'number') fields.statusCode = status;
    this.options.logger?.warn('recognizer.luis_fallback', fields);
  }
}

function clamp(n: number): number {
  return Math.min(1, Math.max(0, n));
}

export interface LuisSettings {
  readonly appId: string;
  readonly key: string;
  /** e.g. https://westeurope.api.cognitive.microsoft.com */
  readonly endpoint: string;
  readonly slot: 'production' | 'staging';
  readonly intentMap?: Readonly<Record<string, Intent>>;
  readonly minScore?: number;
  readonly fallback?: Recognizer;
  readonly timeoutMs?: number;
  readonly logger?: Pick<Logger, 'warn'>;
}

/** Builds the adapter over the real LUIS runtime client, authenticated with the prediction key. */
export function createLuisRecognizer(settings: LuisSettings): LuisRecognizerAdapter {
  const credentials = new ApiKeyCredentials({ inHeader: { 'Ocp-Apim-Subscription-Key': settings.key } });
  const runtime = new LUISRuntimeClient(credentials, settings.endpoint.replace(/\/+$/, ''));
  const client: LuisPredictionClient = runtime.prediction;
  return new LuisRecognizerAdapter({
    appId: settings.appId,
    slot: settings.slot,
    intentMap: settings.intentMap,
    minScore: settings.minScore,
    fallback: settings.fallback,
    timeoutMs: settings.timeoutMs,
    logger: settings.logger,
    client,
  });
}
