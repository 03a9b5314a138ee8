import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { TranscriptEntry } from '../domain/handoff/handoffQueue';
import { appendRecent } from '../domain/handoff/recentMessages';
import type { HandoffConversationState } from './handoffState';
import { metaOf } from './replies';

/** In place of a message with a phone number or email address (kept in the call-back request only). */
export const CONTACT_DETAILS_NOTE = '[Contact details given: see the call-back request]';
export const CONTACT_DETAILS_READ_BACK_NOTE = '[Contact details read back: see the call-back request]';

/**
 * Keeps this conversation's recent messages (the parent's and the bot's, the last 60) in
 * conversation state, so that an adviser can read them if, and only if, the parent agrees to a
 * handoff. They are never logged and go nowhere else.
 */
export class ConversationTranscript {
  constructor(private readonly state: HandoffConversationState, private readonly clock: () => Date) {}

  /** Call at the start of each turn: records the parent's message, then the bot's replies as they are sent. */
  async attach(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type === ActivityTypes.Message && activity.text?.trim()) {
      await this.add(context, { from: 'parent', text: activity.text.trim(), at: this.now() });
    }
    context.onSendActivities(async (ctx, activities, next) => {
      for (const a of activities) {
        // The welcome is the same for everyone: it tells the adviser nothing.
        if (a.type === ActivityTypes.Message && a.text && metaOf(a)?.kind !== 'welcome') {
          await this.add(ctx, { from: 'bot', text: a.text, at: this.now() });
        }
      }
      return next();
    });
  }

  /**
   * Takes the words out of the parent's latest message (a phone number or email: it belongs in the
   * call-back request only), leaving a note in its place so the adviser's transcript still reads
   * in order ("What number should the adviser call?", then the note, not "after 3pm").
   */
  async forgetLatestFromParent(context: TurnContext): Promise<void> {
    await this.forgetLatest(context, 'parent', CONTACT_DETAILS_NOTE);
  }

  /** The same for the bot's latest message if it is `text` (a reply that read a number or address back). */
  async forgetLatestFromBot(context: TurnContext, text: string): Promise<void> {
    await this.forgetLatest(context, 'bot', CONTACT_DETAILS_READ_BACK_NOTE, text);
  }

  private async forgetLatest(context: TurnContext, from: TranscriptEntry['from'], note: string, text?: string): Promise<void> {
    const list = await this.state.getRecentMessages(context);
    const i = list.map((e) => e.from).lastIndexOf(from);
    if (i >= 0 && (text === undefined || list[i].text === text)) {
      await this.state.setRecentMessages(context, [...list.slice(0, i), { ...list[i], text: note }, ...list.slice(i + 1)]);
    }
  }

  async read(context: TurnContext): Promise<TranscriptEntry[]> {
    return [...await this.state.getRecentMessages(context)];
  }

  private async add(context: TurnContext, entry: TranscriptEntry): Promise<void> {
    const list = await this.state.getRecentMessages(context);
    await this.state.setRecentMessages(context, appendRecent(list, entry));
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
