import { Channels, type Activity, type ConversationParameters, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../../config/config';
import type { HandoffQueue, QueueEvent } from '../../domain/handoff/handoffQueue';
import { buildAdviserNotice } from '../../domain/teams/adviserNotice';
import type { Logger } from '../../logging/logger';
import { adviserHandoffCard } from './adviserHandoffCard';

/**
 * Tells advisers in a Teams channel (TEAMS_ADVISER_CHANNEL_ID) that a parent has started
 * waiting: on every `created` event of the handoff queue it posts a card, as a new thread, with
 * the summary topic, reason, priority, waiting time and a link to the adviser hub. The bot must
 * be installed in that team. Failures are logged and never reach the parent's conversation.
 */

/** What the notifier needs from the adapter: CloudAdapter has it. */
export interface ChannelPostingAdapter {
  createConversationAsync(
    botAppId: string,
    channelId: string,
    serviceUrl: string,
    audience: string | undefined,
    conversationParameters: ConversationParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface AdviserChannelNotifierOptions {
  readonly queue: Pick<HandoffQueue, 'subscribe' | 'get'>;
  readonly adapter: ChannelPostingAdapter;
  /** The bot's Microsoft App ID. */
  readonly botAppId: string;
  /** The Teams channel's conversation id, e.g. 19:...@thread.tacv2. */
  readonly channelId: string;
  /** The Teams service URL for that channel's tenant, e.g. https://smba.trafficmanager.net/uk/. */
  readonly serviceUrl: string;
  readonly tenantId?: string;
  /** The server's public address, for the adviser hub link. */
  readonly publicUrl: string;
  readonly logger: Logger;
}

export class AdviserChannelNotifier {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: AdviserChannelNotifierOptions) {}

  /** Starts listening to the queue; returns the function that stops it. */
  start(): () => void {
    return this.options.queue.subscribe((event: QueueEvent) => {
      if (event.type !== 'created') return;
      const sending = this.notify(event.handoffId).finally(() => this.pending.delete(sending));
      this.pending.add(sending);
    });
  }

  /** Resolves once every notice started so far has been posted (or has failed). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** Posts the notice for one handoff. Never throws: a failed notice is logged. */
  async notify(handoffId: string): Promise<void> {
    const { queue, adapter, botAppId, channelId, serviceUrl, tenantId, publicUrl, logger } = this.options;
    const shortId = handoffId.slice(0, 8);
    try {
      const record = await queue.get(handoffId);
      if (!record) {
        logger.warn('teams.adviser_notice_skipped', { handoff: shortId, why: 'not-found' });
        return;
      }
      const notice = buildAdviserNotice(record, publicUrl);
      const message: Partial<Activity> = {
        type: 'message',
        summary: notice.summaryLine,
        attachments: [adviserHandoffCard(notice)],
      };
      const parameters: ConversationParameters = {
        isGroup: true,
        bot: { id: `28:${botAppId}`, name: 'SEND Navigator' },
        tenantId,
        channelData: { channel: { id: channelId }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
        // The connector fills in the rest of the activity (ids, timestamps, addresses).
        activity: message as Activity,
      };
      await adapter.createConversationAsync(botAppId, Channels.Msteams, serviceUrl, undefined, parameters, async () => undefined);
      logger.info('teams.adviser_notified', { handoff: shortId, reason: record.reason, priority: record.priority });
    } catch (error) {
      logger.error('teams.adviser_notice_failed', { handoff: shortId, error });
    }
  }
}

/**
 * Starts the notifier when the settings ask for it (TEAMS_ADVISER_CHANNEL_ID, TEAMS_SERVICE_URL
 * and MicrosoftAppId all set); returns the stop function, or undefined when it is off.
 */
export function startAdviserChannelNotifier(options: {
  readonly config: AppConfig;
  readonly queue: Pick<HandoffQueue, 'subscribe' | 'get'>;
  readonly adapter: ChannelPostingAdapter;
  readonly logger: Logger;
}): (() => void) | undefined {
  const { config, queue, adapter, logger } = options;
  const { adviserChannelId, serviceUrl } = config.teams;
  const botAppId = config.botAuth.MicrosoftAppId;
  if (!adviserChannelId) return undefined;
  if (!serviceUrl || !botAppId) {
    logger.warn('teams.adviser_channel_off', { why: !botAppId ? 'MicrosoftAppId is not set' : 'TEAMS_SERVICE_URL is not set' });
    return undefined;
  }
  const notifier = new AdviserChannelNotifier({
    queue, adapter, botAppId, channelId: adviserChannelId, serviceUrl,
    tenantId: config.botAuth.MicrosoftAppTenantId, publicUrl: config.publicUrl, logger,
  });
  logger.info('teams.adviser_channel_on', {});
  return notifier.start();
}
