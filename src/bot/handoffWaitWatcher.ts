import type { ConversationReference } from 'botbuilder';
import { CALLBACK_CHOICES } from '../../dialogs/handoffDialog';
import { describeOpeningTime, isOpenAt, nextOpening } from '../domain/handoff/adviserHours';
import * as text from '../domain/handoff/handoffText';
import type { Logger } from '../logging/logger';
import type { HandoffSettings } from './handoffSettings';
import type { HandoffConversationState } from './handoffState';
import type { ProactiveRunner } from './handoffRelay';
import { buildReply } from './replies';

export interface HandoffWaitWatcherOptions {
  readonly handoff: HandoffSettings;
  readonly state: HandoffConversationState;
  readonly proactive: ProactiveRunner;
  readonly logger: Logger;
  readonly clock: () => Date;
}

const MINUTE_MS = 60 * 1000;

/**
 * Parents should not wait in silence: when nobody has taken a waiting handoff within
 * HANDOFF_WAIT_MINUTES, the parent is told honestly and offered a call-back, once. They can
 * still keep waiting.
 */
export class HandoffWaitWatcher {
  private timer?: NodeJS.Timeout;
  /** Handoffs already offered a call-back in this process (conversation state remembers it across restarts). */
  private readonly offered = new Set<string>();

  constructor(private readonly options: HandoffWaitWatcherOptions) {}

  start(everyMs = MINUTE_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      void this.checkOnce().catch((error: unknown) => this.options.logger.warn('handoff.wait_check_failed', { error }));
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Offers a call-back to every parent who has waited too long; returns how many were offered one. */
  async checkOnce(): Promise<number> {
    const { handoff, state, proactive, logger, clock } = this.options;
    const now = clock();
    const cutoff = new Date(now.getTime() - handoff.waitMinutes * MINUTE_MS).toISOString();
    const waiting = await handoff.queue.list({ statuses: ['waiting'] });
    let count = 0;
    for (const record of waiting) {
      if (record.createdAt > cutoff || this.offered.has(record.id)) continue;
      this.offered.add(record.id);
      const stored = await handoff.queue.conversationReference(record.id);
      if (!stored) continue;
      const next = isOpenAt(handoff.hours, now) ? undefined : nextOpening(handoff.hours, now);
      let offeredNow = false;
      try {
        await proactive(JSON.parse(stored) as Partial<ConversationReference>, async (context) => {
          await state.load(context);
          const chat = await state.getChat(context);
          if (chat?.stage !== 'waiting' || chat.handoffId !== record.id || chat.callbackOffered) return;
          await state.setChat(context, { ...chat, stage: 'callback-method', callbackOffered: true });
          await context.sendActivity(buildReply(text.waitedTooLong(next ? describeOpeningTime(next, now) : undefined), { kind: 'handoff' }, { choices: CALLBACK_CHOICES }));
          await state.save(context);
          offeredNow = true;
        });
      } catch (error) {
        logger.warn('handoff.callback_offer_failed', { handoff: record.id.slice(0, 8), error });
      }
      if (offeredNow) {
        count++;
        logger.info('handoff.callback_offered', { handoff: record.id.slice(0, 8) });
      }
    }
    return count;
  }
}
