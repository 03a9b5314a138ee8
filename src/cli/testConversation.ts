import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import type { SendNavigatorBot } from '../bot/sendNavigatorBot';

/**
 * One conversation with the real bot through botbuilder's TestAdapter: the same bot class,
 * dialogs and recognizer as the server, no network. Used by `ask`, `chat` and tests.
 */
export class TestConversation {
  private readonly adapter: TestAdapter;

  /** `channelId` "msteams" plays the conversation as Teams would, where the bot's words differ. */
  constructor(bot: SendNavigatorBot, conversationId?: string, channelId?: string) {
    this.adapter = new TestAdapter(async (context) => bot.run(context));
    if (conversationId) this.adapter.conversation.conversation.id = conversationId;
    if (channelId) this.adapter.conversation.channelId = channelId;
    this.adapter.locale = 'en-GB';
  }

  /** The parent joins (web chat's conversationUpdate): returns the welcome. */
  async start(): Promise<Partial<Activity>[]> {
    const c = this.adapter.conversation;
    return this.exchange({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [c.user!, c.bot!],
    });
  }

  /** Sends the parent's message (or a card's submitted value) and returns the bot's replies. */
  async say(text: string, value?: unknown): Promise<Partial<Activity>[]> {
    return this.exchange({ type: ActivityTypes.Message, text, value });
  }

  private async exchange(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity(activity);
    return this.adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);
  }
}
