import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Feedback } from './feedbackMessages';
import type { ThreadState } from '../domain/conversation/threadFacts';

/**
 * What "Was this helpful?" needs to remember between turns, in conversation state (so it is
 * erased with the conversation and purged with it after config.retention.conversationHours).
 * The question is kept as typed here, like the rest of the conversation; it is scrubbed only if
 * it becomes a gap record.
 */

export interface LastAnswer {
  /** The answer's number in this conversation (1, 2, …): its Yes / No buttons carry it. */
  id?: number;
  /** The parent's message that this answer answered. */
  question: string;
  articleId?: string;
  /** The retrieval score, when the answer came from a search (not a title or glossary match). */
  score?: number;
  /** The answer's longer words (see shownWordsOf): a follow-up is not given the same again. */
  shownWords?: string;
  /** The feedback already given for this answer (each kind is counted once). */
  feedback?: Feedback;
}

export interface AnswerFeedback {
  lastAnswer?: LastAnswer;
  /** The few answers before the latest, newest first: a button under one of them counts for it. */
  earlierAnswers?: LastAnswer[];
  /** How many answers this conversation has had (the next answer's number is one more). */
  answersGiven?: number;
  /** The previous reply was an answer, so a plain "yes" or "no" is feedback. */
  answerJustGiven?: boolean;
  /** Asked for the day a request went in (after the council's time limits): the next message may be that day. */
  askedForRequestDay?: boolean;
  /** Asked "What were you looking for?": the next message, unless skipped, goes on this gap record. */
  awaitingLookingFor?: { gapId: string; articleId?: string };
  /** Facts the parent has given ("has an EHCP", "moving"): a few labels, read into the next short message. */
  thread?: ThreadState;
}

/** Older answers than this still take feedback as the latest answer's would not: enough for a scroll back. */
export const EARLIER_ANSWERS_KEPT = 4;

/** Makes `answer` the latest answer, numbered; returns its number for the buttons. */
export function rememberAnswer(state: AnswerFeedback, answer: Omit<LastAnswer, 'id' | 'feedback'>): number {
  const id = (state.answersGiven ?? 0) + 1;
  state.answersGiven = id;
  // (Older answers only take feedback: their shown words, kept for follow-ups to the latest, go, so state stays small.)
  if (state.lastAnswer) {
    const { shownWords: _shown, ...older } = state.lastAnswer;
    state.earlierAnswers = [older, ...(state.earlierAnswers ?? [])].slice(0, EARLIER_ANSWERS_KEPT);
  }
  state.lastAnswer = { id, ...answer };
  return id;
}

/**
 * The answer a Yes / No is about: the one whose buttons were pressed (`id`), or, for a typed
 * "yes" / "no" or a button from before answers were numbered, the latest. `undefined` when the
 * numbered answer is too old to be kept.
 */
export function answerFeedbackIsFor(state: AnswerFeedback, id: number | undefined): LastAnswer | undefined {
  if (id === undefined) return state.lastAnswer;
  return [state.lastAnswer, ...(state.earlierAnswers ?? [])].find((a) => a?.id === id);
}

export class FeedbackConversationState {
  private readonly property: StatePropertyAccessor<AnswerFeedback>;

  constructor(conversationState: ConversationState) {
    this.property = conversationState.createProperty('answerFeedback');
  }

  /** Changes to the object returned are saved at the end of the turn. */
  async get(turn: TurnContext): Promise<AnswerFeedback> {
    return this.property.get(turn, {});
  }
}
