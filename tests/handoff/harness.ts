import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { HandoffRelay, type ProactiveRunner } from '../../src/bot/handoffRelay';
import { HandoffWaitWatcher } from '../../src/bot/handoffWaitWatcher';
import type { HandoffRecord } from '../../src/domain/handoff/handoffQueue';
import { silentLogger } from '../../src/logging/logger';
import type { SqliteDb } from '../../src/storage/sqlite/sqliteDatabase';
import type { AppConfig } from '../../src/config/config';
import { testConfig } from '../helpers/fixtures';

/** One configuration (and temporary folder) per set of settings: the database is in memory anyway. */
const configs = new Map<string, AppConfig>();
function configFor(env: NodeJS.ProcessEnv): AppConfig {
  const key = JSON.stringify(env);
  if (!configs.has(key)) configs.set(key, testConfig(env));
  return configs.get(key)!;
}

/** Monday 23 November 2026, 10am in London: advisers are in (mon-fri 09:00-17:00). */
export const MONDAY_MORNING = new Date('2026-11-23T10:00:00Z');
/** Sunday 22 November 2026, 2pm: advisers are not. */
export const SUNDAY_AFTERNOON = new Date('2026-11-22T14:00:00Z');

/**
 * One parent's chat with the real bot through a TestAdapter, which also receives what the bot
 * sends outside a turn (an adviser joining, writing, closing).
 */
export class ParentChat {
  readonly adapter: TestAdapter;

  constructor(logic: (context: TurnContext) => Promise<void>, readonly id: string) {
    this.adapter = new TestAdapter(logic);
    this.adapter.conversation.conversation.id = id;
    this.adapter.locale = 'en-GB';
  }

  async start(): Promise<Partial<Activity>[]> {
    const c = this.adapter.conversation;
    return this.exchange({ type: ActivityTypes.ConversationUpdate, membersAdded: [c.user!, c.bot!] });
  }

  /** The parent's message; returns the bot's message replies. */
  async say(text: string): Promise<Partial<Activity>[]> {
    return (await this.exchange({ type: ActivityTypes.Message, text })).filter((a) => a.type === ActivityTypes.Message);
  }

  /** Any activity (an event from a contact centre, say); returns everything the bot sent. */
  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    return this.exchange(activity);
  }

  /** Messages the bot sent since the last look (proactive ones included). */
  received(): Partial<Activity>[] {
    return this.adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);
  }

  private async exchange(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity(activity);
    return this.adapter.activeQueue.splice(0);
  }
}

export interface HandoffBotOptions {
  /** The clock (a function, so tests can move time on). */
  readonly clock?: () => Date;
  readonly env?: NodeJS.ProcessEnv;
  readonly database?: SqliteDb;
}

/** The real bot with its handoff queue, a relay and a wait watcher wired to TestAdapter chats. */
export function handoffBot(options: HandoffBotOptions = {}) {
  const clock = options.clock ?? (() => MONDAY_MORNING);
  const created = createBot({ config: configFor(options.env ?? {}), logger: silentLogger, clock, database: options.database });
  const chats = new Map<string, ParentChat>();
  const proactive: ProactiveRunner = async (reference, logic) => {
    const chat = chats.get(reference.conversation?.id ?? '');
    if (!chat) throw new Error('no such conversation');
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await logic(new TurnContext(chat.adapter, activity));
  };
  const relay = new HandoffRelay({ queue: created.handoffs, state: created.handoffState, proactive, logger: silentLogger });
  relay.start();
  const waitWatcher = new HandoffWaitWatcher({ handoff: created.deps.handoff, state: created.handoffState, proactive, logger: silentLogger, clock });
  let n = 0;
  const chat = (): ParentChat => {
    const c = new ParentChat((context) => created.bot.run(context), `parent-${++n}-${Math.random().toString(36).slice(2, 8)}`);
    chats.set(c.id, c);
    return c;
  };
  /** The one handoff of this chat (open or closed). */
  const handoffOf = async (c: ParentChat): Promise<HandoffRecord | undefined> => {
    const all = await created.handoffs.list({ statuses: ['waiting', 'with-adviser', 'callback-requested', 'closed'] });
    return all.find((r) => r.conversationId === c.id);
  };
  return { ...created, chat, relay, waitWatcher, handoffOf };
}

/** A chat that has asked for a person and said yes. */
export async function handedOff(bot: ReturnType<typeof handoffBot>, question = 'how long does the council have to decide whether to assess my child?') {
  const c = bot.chat();
  await c.start();
  await c.say(question);
  await c.say('I want to speak to someone');
  const replies = await c.say('Yes');
  return { c, replies };
}
