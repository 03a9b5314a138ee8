import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { HandoffReason, TranscriptEntry } from '../domain/handoff/handoffQueue';
import type { FlowAnswersSummary } from '../domain/handoff/handoffSummary';
import type { FinishedFlow } from '../domain/flowAnswers/finishedFlow';

/**
 * Where this conversation is in a handoff, kept in conversation state so that a proactive turn
 * (an adviser joins, writes or closes) and the parent's next message see the same thing.
 */
export type HandoffStage =
  | 'consent'            // asked "is it OK to pass this on?"
  | 'callback-method'    // asked phone / email / no thanks
  | 'callback-phone'
  | 'callback-email'
  | 'callback-time'
  | 'waiting'            // in the queue: messages go to the queue
  | 'with-adviser';      // an adviser (or contact-centre agent) has joined: messages go to them

export interface HandoffChat {
  stage: HandoffStage;
  reason: HandoffReason;
  /** Set once the handoff is stored (after consent, when open; or with a call-back request). */
  handoffId?: string;
  /** The call-back details given so far (only those the parent chose to give). */
  callback?: { method: 'phone' | 'email'; phone?: string; email?: string };
  /** The consent question was asked a second time (a reply that was neither yes nor no). */
  reasked?: boolean;
  /** The "nobody has taken it yet" call-back offer is made once. */
  callbackOffered?: boolean;
  adviserName?: string;
  /**
   * Offered in the middle of a guided flow, which waits under the offer: a "no" goes back to
   * its question, and a "yes" ends it (the adviser has the answers so far).
   */
  pausedFlow?: boolean;
}

/** What the summary needs, gathered as the conversation goes (no message text here). */
export interface HandoffContext {
  /** Titles of knowledge-base answers given, oldest first. */
  botAnswered: string[];
  /** Knowledge-base misses in a row; two offer a person. */
  unansweredInARow: number;
  /** Emergency help was shown in this conversation: a person asked for afterwards is safeguarding. */
  safeguardingShown: boolean;
  /** The last guided flow finished, with its answers in plain words. */
  lastFlow?: FlowAnswersSummary;
  /** The last flow ended on the previous turn ("Talk to a person" right after it is a flow-end handoff). */
  flowJustEnded?: boolean;
  /** The last flow's answers as it finished, until another flow starts: a correction after the results puts one right. */
  finishedFlow?: FinishedFlow;
  /** The kind words for distress were said in this conversation: next time, shorter and not word for word. */
  distressOffered?: boolean;
  /** The emergency help was the last reply: a message now that fits nowhere stays with it, not "I can only help with SEND". */
  riskJustShown?: boolean;
  /** An adviser was offered for a question about their own case: the next such question gets the general answer, not the offer again. */
  ownCaseOffered?: boolean;
  /** A young person asking for themselves said so in this conversation: the emergency help speaks to them, not to a parent. */
  youngPersonWriting?: boolean;
  /** The last reply said another UK nation has its own system: "what about my sister in Bristol?" may follow. */
  otherNationJustSaid?: boolean;
  /** A SEND question asked beside a risk ("...anyway, how do I ask for an assessment"), until "so how do I ask?" asks for it. */
  askedBesideRisk?: string;
}

export const MAX_ANSWERED_TITLES = 20;

export class HandoffConversationState {
  private readonly chat: StatePropertyAccessor<HandoffChat | undefined>;
  private readonly context: StatePropertyAccessor<HandoffContext>;
  private readonly recent: StatePropertyAccessor<TranscriptEntry[]>;

  constructor(private readonly conversationState: ConversationState) {
    this.chat = conversationState.createProperty('handoffChat');
    this.context = conversationState.createProperty('handoffContext');
    this.recent = conversationState.createProperty('recentMessages');
  }

  async getChat(turn: TurnContext): Promise<HandoffChat | undefined> {
    return this.chat.get(turn);
  }

  async setChat(turn: TurnContext, chat: HandoffChat): Promise<void> {
    await this.chat.set(turn, chat);
  }

  async clearChat(turn: TurnContext): Promise<void> {
    await this.chat.delete(turn);
  }

  async getContext(turn: TurnContext): Promise<HandoffContext> {
    // botbuilder stores a copy of this default the first time.
    return this.context.get(turn, { botAnswered: [], unansweredInARow: 0, safeguardingShown: false });
  }

  async getRecentMessages(turn: TurnContext): Promise<TranscriptEntry[]> {
    return this.recent.get(turn, []);
  }

  async setRecentMessages(turn: TurnContext, entries: TranscriptEntry[]): Promise<void> {
    await this.recent.set(turn, entries);
  }

  /** For proactive turns, which do not pass through the bot's own load and save. */
  async load(turn: TurnContext): Promise<void> {
    await this.conversationState.load(turn);
  }

  async save(turn: TurnContext): Promise<void> {
    await this.conversationState.saveChanges(turn, false);
  }
}
