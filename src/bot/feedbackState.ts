import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Feedback } from './feedbackMessages';

/**
 * What "Was this helpful?" needs to remember between turns, in conversation state (so it is
 * erased with the conversation and purged with it after config.retention.conversationHours).
 * The question is kept as typed here, like the rest of the conversation; it is scrubbed only if
 * it becomes a gap record.
 */

export interface LastAnswer {
  /** The parent's message that this answer answered. */
  question: string;
  articleId?: string;
  /** The retrieval score, when the answer came from a search (not a title or glossary match). */
  score?: number;
  /** The feedback already given for this answer (each kind is counted once). */
  feedback?: Feedback;
}

export interface AnswerFeedback {
  lastAnswer?: LastAnswer;
  /** The previous reply was an answer, so a plain "yes" or "no" is feedback. */
  answerJustGiven?: boolean;
  /** Asked "What were you looking for?": the next message, unless skipped, goes on this gap record. */
  awaitingLookingFor?: { gapId: string; articleId?: string };
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
