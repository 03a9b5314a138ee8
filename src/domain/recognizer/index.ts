import type { Logger } from '../../logging/logger';
import { LocalRecognizer } from './localRecognizer';
import { createLuisRecognizer } from './luisRecognizer';
import type { Recognizer } from './recognizer';

/**
 * The recognizer's public face: what parents want (intents), whether a message shows risk, and a
 * factory choosing the local recognizer (default, no account) or the opt-in LUIS adapter.
 */

export { INTENTS, type Intent, type Recognition, type Recognizer } from './recognizer';
export {
  LocalRecognizer, INTERRUPTION_INTENTS, INTERRUPTION_THRESHOLD, isInterruption, looksLikeSendTopic,
} from './localRecognizer';
export { detectSafeguardingRisk, type RiskKind, type SafeguardingAssessment } from './safeguardingDetector';
export {
  LuisRecognizerAdapter, createLuisRecognizer, DEFAULT_LUIS_INTENT_MAP, LUIS_MAX_QUERY_CHARS,
  type LuisPredictionClient, type LuisPredictionResponse, type LuisRecognizerOptions, type LuisSettings, type LuisFallbackReason,
} from './luisRecognizer';
export { normaliseText } from './normaliseText';

export type RecognizerSettings =
  | { readonly kind: 'local' }
  | { readonly kind: 'luis'; readonly appId: string; readonly key: string; readonly endpoint: string; readonly slot: 'production' | 'staging' };

/** The recognizer the configuration asks for; LUIS always falls back to the local one. */
export function createRecognizer(settings: RecognizerSettings, logger?: Pick<Logger, 'warn'>): Recognizer {
  const local = new LocalRecognizer();
  if (settings.kind === 'local') return local;
  return createLuisRecognizer({
    appId: settings.appId,
    key: settings.key,
    endpoint: settings.endpoint,
    slot: settings.slot,
    fallback: local,
    logger,
  });
}
