import { randomUUID } from 'node:crypto';
import { scrubbedText, type ScrubbedText } from '../privacy/scrubPersonalDetails';

/**
 * A question the bot could not answer well, kept (without personal details) so admins can see
 * where the knowledge base falls short.
 *
 * A gap record carries no conversation id, no channel and no user id: nothing links it back to
 * a conversation or a person. That is why the gaps store is not a ConversationDataOwner and has
 * no eraseConversation: "clear this conversation" has nothing here to find. Records are deleted
 * by age instead (config.retention.gapsMonths).
 */

export type GapKind = 'low-confidence' | 'clarify-no-match' | 'not-helpful' | 'handoff-no-content';

export const GAP_KINDS: readonly GapKind[] = ['low-confidence', 'clarify-no-match', 'not-helpful', 'handoff-no-content'];

/** How admins see each kind. */
export const GAP_KIND_LABELS: Readonly<Record<GapKind, string>> = {
  'low-confidence': 'No good match',
  'clarify-no-match': 'Clarifying question did not help',
  'not-helpful': 'Parent said "not helpful"',
  'handoff-no-content': 'Passed to an adviser: no article',
};

export interface GapRecord {
  readonly id: string;
  /** ISO timestamp (UTC), e.g. "2026-11-23T10:15:00.000Z". */
  readonly createdAt: string;
  readonly kind: GapKind;
  /** The parent's question with personal details removed. */
  readonly question: ScrubbedText;
  /** The article that came closest, if any, and its retrieval score. */
  readonly closestArticleId?: string;
  readonly closestScore?: number;
  /** The parent's answer to "what were you looking for?", with personal details removed. */
  readonly lookingFor?: ScrubbedText;
}

/** What the bot knows when it records a gap: raw text, scrubbed here before anything is kept. */
export interface GapInput {
  readonly kind: GapKind;
  readonly question: string;
  readonly closestArticleId?: string;
  readonly closestScore?: number;
  readonly lookingFor?: string;
  /** Names known from the conversation (e.g. the child's name from a guided flow), removed too. */
  readonly knownNames?: readonly string[];
}

/** Long enough for any real question; a pasted letter is cut short. */
export const MAX_GAP_QUESTION_CHARS = 500;
export const MAX_LOOKING_FOR_CHARS = 300;

export function isGapKind(value: unknown): value is GapKind {
  return typeof value === 'string' && (GAP_KINDS as readonly string[]).includes(value);
}

/**
 * Builds the record to store: personal details removed from both texts, then shortened (after
 * scrubbing, so a cut can never leave half a phone number behind).
 */
export function createGapRecord(input: GapInput, options: { now: Date; newId?: () => string }): GapRecord {
  const names = { extraNames: input.knownNames };
  const lookingFor = input.lookingFor?.trim() ? cleanText(input.lookingFor, MAX_LOOKING_FOR_CHARS, names) : undefined;
  const score = input.closestScore;
  return {
    id: (options.newId ?? randomUUID)(),
    createdAt: options.now.toISOString(),
    kind: input.kind,
    question: cleanText(input.question, MAX_GAP_QUESTION_CHARS, names),
    ...(input.closestArticleId ? { closestArticleId: input.closestArticleId } : {}),
    ...(score !== undefined && Number.isFinite(score) ? { closestScore: Math.round(score * 1000) / 1000 } : {}),
    ...(lookingFor ? { lookingFor } : {}),
  };
}

/** Scrubs the parent's answer to "what were you looking for?" before it is added to a record. */
export function scrubLookingFor(text: string, knownNames?: readonly string[]): ScrubbedText {
  return cleanText(text, MAX_LOOKING_FOR_CHARS, { extraNames: knownNames });
}

function cleanText(text: string, max: number, options: { extraNames?: readonly string[] }): ScrubbedText {
  const scrubbed = scrubbedText(text.replace(/\s+/g, ' ').trim(), options);
  return shorten(scrubbed, max) as ScrubbedText;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
