import { ActivityTypes, Channels, EventFactory, type Activity, type ChannelAccount, type Transcript, type TurnContext } from 'botbuilder';
import { CONTACT_CENTRE_ADVISER } from '../domain/handoff/contactCentre';
import type { HandoffRecord, TranscriptEntry } from '../domain/handoff/handoffQueue';
import * as text from '../domain/handoff/handoffText';
import type { BotDependencies } from './botDependencies';
import type { HandoffSettings } from './handoffSettings';
import type { HandoffConversationState } from './handoffState';
import { buildReply } from './replies';

/**
 * The Bot Framework handoff protocol (HANDOFF_MODE=protocol), for a service whose contact-centre
 * product (Omnichannel, LivePerson, Genesys...) is connected to the bot: the bot sends
 * `handoff.initiate` with the transcript, and the contact centre answers with `handoff.status`
 * events (accepted, failed, completed). The handoff is still recorded in the queue, so retention,
 * "clear this conversation" and the parent's place in it work the same way.
 */

export const HANDOFF_STATUS_EVENT = 'handoff.status';

/**
 * Whether this conversation's handoff goes to the contact centre. Teams does not deliver event
 * activities, so a Teams conversation always uses the built-in queue and the bot's own relay.
 */
export function usesHandoffProtocol(settings: HandoffSettings, channelId: string): boolean {
  return settings.mode === 'protocol' && channelId !== Channels.Msteams;
}

/** What the contact centre receives with `handoff.initiate`, besides the transcript. */
export interface HandoffInitiationContext {
  readonly handoffId: string;
  readonly reason: HandoffRecord['reason'];
  readonly priority: number;
  readonly summary: HandoffRecord['summary'];
  readonly safeguardingFlag: boolean;
}

export async function sendHandoffInitiation(context: TurnContext, record: HandoffRecord): Promise<void> {
  const handoffContext: HandoffInitiationContext = {
    handoffId: record.id,
    reason: record.reason,
    priority: record.priority,
    summary: record.summary,
    safeguardingFlag: record.safeguardingFlag,
  };
  const transcript: Transcript = { activities: record.transcript.map((e) => transcriptActivity(context, e)) };
  await context.sendActivity(EventFactory.createHandoffInitiation(context, handoffContext, transcript));
}

/** A transcript entry as the message activity the contact centre expects. */
function transcriptActivity(context: TurnContext, entry: TranscriptEntry): Activity {
  const parent: ChannelAccount = context.activity.from;
  const bot: ChannelAccount = context.activity.recipient;
  const fromParent = entry.from === 'parent';
  // The schema marks every Activity field required; a transcript message needs only these.
  return {
    type: ActivityTypes.Message,
    text: entry.text,
    timestamp: new Date(entry.at),
    channelId: context.activity.channelId,
    serviceUrl: context.activity.serviceUrl,
    conversation: context.activity.conversation,
    from: fromParent ? { ...parent, role: 'user' } : { ...bot, role: 'bot' },
    recipient: fromParent ? bot : parent,
    localTimezone: 'Europe/London',
  } as Activity;
}

/** Acts on `handoff.status` from the contact centre: tells the parent and routes their messages. */
export class HandoffStatusHandler {
  constructor(private readonly deps: BotDependencies, private readonly state: HandoffConversationState) {}

  async handle(context: TurnContext): Promise<void> {
    const { queue, mode } = this.deps.handoff;
    const log = this.deps.logger;
    // In hub mode nobody speaks the protocol: an event claiming otherwise is ignored.
    if (mode !== 'protocol') {
      log.warn('handoff.status_ignored', { reason: 'not in protocol mode' });
      return;
    }
    const value = context.activity.value as { state?: unknown } | undefined;
    const state = typeof value?.state === 'string' ? value.state : undefined;
    const chat = await this.state.getChat(context);
    const id = chat?.handoffId ?? (await queue.findOpenByConversation(context.activity.conversation.id))?.id;
    // Only the known states are logged: the value comes from outside.
    log.info('handoff.status', { state: ['accepted', 'completed', 'failed'].includes(state ?? '') ? state : 'unknown', handoff: id?.slice(0, 8) });
    switch (state) {
      case 'accepted': {
        if (id) await queue.take(id, CONTACT_CENTRE_ADVISER);
        await this.state.setChat(context, { stage: 'with-adviser', reason: chat?.reason ?? 'asked', ...(id ? { handoffId: id } : {}) });
        await context.sendActivity(buildReply(text.adviserJoined(undefined), { kind: 'handoff' }));
        return;
      }
      case 'completed': {
        if (id) await queue.close(id, 'contact-centre-completed');
        await this.state.clearChat(context);
        await context.sendActivity(buildReply(text.adviserEnded(false), { kind: 'handoff' }));
        return;
      }
      case 'failed': {
        if (id) await queue.close(id, 'contact-centre-failed');
        await this.state.clearChat(context);
        await context.sendActivity(buildReply(text.contactCentreFailed(this.deps.services), { kind: 'handoff' }));
        return;
      }
      default:
        log.warn('handoff.status_unknown', { handoff: id?.slice(0, 8) });
    }
  }
}
