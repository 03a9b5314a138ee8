import { ActivityTypes, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import { isContactCentre } from '../domain/handoff/contactCentre';
import type { HandoffQueue, QueueEvent } from '../domain/handoff/handoffQueue';
import * as text from '../domain/handoff/handoffText';
import type { Logger } from '../logging/logger';
import type { HandoffConversationState } from './handoffState';
import { buildReply } from './replies';

/**
 * What the parent's web page reads (public/chat.js) to show who is in the chat: on an adviser's
 * message, `channelData.sendNavigatorSender` says a person wrote it (so it gets their own name and
 * avatar, not the bot's); `channelData.sendNavigatorPresence` says whether an adviser is now in the
 * chat (on the "has joined" and "has ended" messages, or on an event when the chat ended otherwise).
 */
export interface SenderMark { readonly role: 'adviser'; readonly name?: string }
export interface PresenceMark { readonly adviser: boolean; readonly name?: string }
export const PRESENCE_EVENT = 'sendNavigator.presence';
/** Channels that show the page's own script (local Direct Line, Azure Web Chat): the only ones sent the presence event. */
const WEB_CHAT_CHANNELS = new Set(['directline', 'webchat']);

function marked(activity: Partial<Activity>, marks: { sendNavigatorSender?: SenderMark; sendNavigatorPresence?: PresenceMark }): Partial<Activity> {
  return { ...activity, channelData: { ...(activity.channelData as object | undefined), ...marks } };
}

/**
 * Runs `logic` in the parent's conversation without a message from them: in the server,
 * `adapter.continueConversationAsync(botAppId, reference, logic)`.
 */
export type ProactiveRunner = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

export interface HandoffRelayOptions {
  readonly queue: HandoffQueue;
  readonly state: HandoffConversationState;
  readonly proactive: ProactiveRunner;
  readonly logger: Logger;
}

/**
 * Carries the adviser's side of a handoff to the parent: when an adviser takes the
 * conversation, writes, or closes it, the parent hears about it in their chat. It listens to the
 * queue only, so it works the same whoever moved the queue (the built-in hub, a CLI, a test).
 * Events for one conversation are delivered in order. Nothing of the message text is logged.
 */
export class HandoffRelay {
  private unsubscribe?: () => void;
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly options: HandoffRelayOptions) {}

  start(): void {
    this.unsubscribe ??= this.options.queue.subscribe((event) => this.enqueue(event));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Resolves when everything announced so far has been delivered (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending.values()]);
  }

  private enqueue(event: QueueEvent): void {
    const key = event.conversationId;
    const previous = this.pending.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.deliver(event)).catch((error: unknown) => {
      this.options.logger.warn('handoff.relay_failed', { event: event.type, handoff: event.handoffId.slice(0, 8), error });
    });
    this.pending.set(key, next);
    void next.finally(() => {
      if (this.pending.get(key) === next) this.pending.delete(key);
    });
  }

  private async deliver(event: QueueEvent): Promise<void> {
    const { queue, state, logger } = this.options;
    switch (event.type) {
      case 'taken': {
        // A contact centre joins on its own channel; the bot tells the parent when its status event arrives.
        if (isContactCentre(event.adviser)) return;
        const record = await queue.get(event.handoffId);
        if (!record) return;
        await this.inConversation(event.handoffId, async (context) => {
          const chat = await state.getChat(context);
          await state.setChat(context, {
            stage: 'with-adviser',
            reason: chat?.reason ?? record.reason,
            handoffId: event.handoffId,
            adviserName: event.adviser.firstName,
          });
          await context.sendActivity(marked(buildReply(text.adviserJoined(event.adviser.firstName), { kind: 'handoff' }),
            { sendNavigatorPresence: { adviser: true, name: event.adviser.firstName } }));
        });
        logger.info('handoff.relay_joined', { handoff: event.handoffId.slice(0, 8) });
        return;
      }
      case 'message': {
        if (event.entry.from !== 'adviser') return;
        await this.inConversation(event.handoffId, async (context) => {
          const name = event.entry.adviserName;
          await context.sendActivity(marked(buildReply(text.adviserSays(name, event.entry.text), { kind: 'handoff' }),
            { sendNavigatorSender: { role: 'adviser', name }, sendNavigatorPresence: { adviser: true, name } }));
        });
        return;
      }
      case 'closed': {
        if (event.outcome !== 'closed-by-adviser' && event.outcome !== 'returned-to-bot') {
          // Ended another way (the parent typed "end chat", a contact centre finished): the bot has
          // told the parent in words; the web page is told, too, that nobody else is in the chat.
          const record = await queue.get(event.handoffId);
          if (!record?.adviser || isContactCentre(record.adviser)) return;
          await this.inConversation(event.handoffId, async (context) => {
            if (!WEB_CHAT_CHANNELS.has(context.activity.channelId)) return;
            await context.sendActivity({ type: ActivityTypes.Event, name: PRESENCE_EVENT, channelData: { sendNavigatorPresence: { adviser: false } } });
          });
          return;
        }
        await this.inConversation(event.handoffId, async (context) => {
          const chat = await state.getChat(context);
          // Only a parent still in this handoff is told (not one who has moved on to another).
          if (chat?.handoffId !== event.handoffId) return;
          await state.clearChat(context);
          await context.sendActivity(marked(buildReply(text.adviserEnded(event.outcome === 'returned-to-bot'), { kind: 'handoff' }),
            { sendNavigatorPresence: { adviser: false } }));
        });
        logger.info('handoff.relay_closed', { handoff: event.handoffId.slice(0, 8), outcome: event.outcome });
        return;
      }
      default:
    }
  }

  private async inConversation(handoffId: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const { queue, state, proactive } = this.options;
    const stored = await queue.conversationReference(handoffId);
    if (!stored) return;
    const reference = JSON.parse(stored) as Partial<ConversationReference>;
    await proactive(reference, async (context) => {
      await state.load(context);
      await logic(context);
      await state.save(context);
    });
  }
}
