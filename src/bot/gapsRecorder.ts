import { createGapRecord, scrubLookingFor, type GapInput, type GapRecord } from '../domain/gaps/gapRecord';
import type { GapsStore } from '../domain/gaps/gapsStore';
import { purgeExpiredGaps } from '../domain/gaps/gapsRetention';
import type { FlowAnswersSummary } from '../domain/handoff/handoffSummary';
import type { Logger } from '../logging/logger';
import { ClarifyFollowUps, DEFAULT_CLARIFY_WAIT_MINUTES, type OfferedTopic } from './gapsClarifyFollowUps';

/**
 * How the bot notes what it could not answer well, for the admins' gaps report. Every text is
 * scrubbed of personal details (createGapRecord) before it is kept, and nothing identifying is
 * logged: only the kind of record. A store that fails never breaks the parent's chat.
 */

export interface GapsRecorderOptions {
  readonly store: GapsStore;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** How long a clarify waits for the parent's next message before it counts as "gave up". */
  readonly clarifyWaitMinutes?: number;
}

export class GapsRecorder {
  readonly store: GapsStore;
  private readonly logger: Logger;
  private readonly clock: () => Date;
  private readonly clarifies: ClarifyFollowUps;

  constructor(options: GapsRecorderOptions) {
    this.store = options.store;
    this.logger = options.logger;
    this.clock = options.clock;
    this.clarifies = new ClarifyFollowUps((r) => this.write(r).then(() => undefined), this.clock, options.clarifyWaitMinutes ?? DEFAULT_CLARIFY_WAIT_MINUTES);
  }

  /** Scrubs and stores a gap; returns its id (undefined if it could not be stored). */
  async record(input: GapInput): Promise<string | undefined> {
    return this.write(createGapRecord(input, { now: this.clock() }));
  }

  /** The parent's answer to "What were you looking for?", scrubbed, on the record it is about. */
  async addLookingFor(gapId: string, text: string, knownNames?: readonly string[]): Promise<boolean> {
    try {
      const added = await this.store.addLookingFor(gapId, scrubLookingFor(text, knownNames));
      this.logger.info('gaps.looking_for_added', { added });
      return added;
    } catch (error) {
      this.logger.error('gaps.store_failed', { action: 'looking-for', error: error as Error });
      return false;
    }
  }

  /** The bot offered the closest topics: the record waits for the parent's next message (see ClarifyFollowUps). */
  async clarifyShown(conversationId: string, input: Omit<GapInput, 'kind'>, offered: readonly OfferedTopic[]): Promise<void> {
    const record = createGapRecord({ ...input, kind: 'low-confidence' }, { now: this.clock() });
    await this.clarifies.shown(conversationId, record, offered);
  }

  /** Every message: settles a clarify shown in this conversation on the turn before. */
  async messageArrived(conversationId: string, text: string): Promise<void> {
    await this.clarifies.nextMessage(conversationId, text);
    await this.clarifies.expire();
  }

  /** Clarifies nobody answered in time (run by the server's purge timer too). */
  async expireClarifies(): Promise<number> {
    return this.clarifies.expire();
  }

  /** On shutdown: writes the clarifies still waiting. */
  async flush(): Promise<number> {
    return this.clarifies.flush();
  }

  /** Retention: deletes records older than config.retention.gapsMonths. */
  async purgeExpired(retention: { readonly gapsMonths: number }): Promise<number> {
    return purgeExpiredGaps(this.store, retention, this.clock());
  }

  get waitingClarifies(): number {
    return this.clarifies.size;
  }

  private async write(record: GapRecord): Promise<string | undefined> {
    try {
      await this.store.add(record);
      this.logger.info('gaps.recorded', { kind: record.kind, articleId: record.closestArticleId });
      return record.id;
    } catch (error) {
      this.logger.error('gaps.store_failed', { action: 'add', kind: record.kind, error: error as Error });
      return undefined;
    }
  }
}

/** Flow answers that name someone or somewhere, by the labels describeFlowAnswers gives them. */
const NAME_LABELS = ["Child's first name", 'Name of the school or setting'];

/**
 * Names the parent gave in a guided flow (the child's first name, the school's name): the
 * scrubber removes them too, even where it would not know them as names.
 */
export function knownNamesFrom(flow: FlowAnswersSummary | undefined): string[] {
  if (!flow) return [];
  return NAME_LABELS.map((label) => flow.answers[label]).filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
}
