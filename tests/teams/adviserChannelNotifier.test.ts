import assert from 'node:assert/strict';
import { CloudAdapter, type Activity, type ConversationParameters, type TurnContext } from 'botbuilder';
import { AdviserChannelNotifier, startAdviserChannelNotifier, type ChannelPostingAdapter } from '../../src/bot/teams/adviserChannelNotifier';
import type { HandoffQueue, HandoffRecord, QueueEvent } from '../../src/domain/handoff/handoffQueue';
import { buildAdviserNotice, describeLondonTime } from '../../src/domain/teams/adviserNotice';
import { createLogger, type Logger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { versionAtMost } from './teamsHelpers';

const CHANNEL_ID = '19:advisers0123456789@thread.tacv2';
const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
const BOT_APP_ID = '0b0e1c52-1111-4a3b-9c2d-3e4f5a6b7c8d';
const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const PUBLIC_URL = 'https://send-navigator.example.org';

/** What the parent said and gave: none of it may reach the Teams channel. */
const PRIVATE = ['Jamie', '07700 900123', 'jamie.parent@example.com', 'my son Alfie', 'conv-1234567890'];

function record(overrides: Partial<HandoffRecord> = {}): HandoffRecord {
  return {
    id: 'h-0f3c9a1e-7d2b-4c55-9e61-2a8b0c4d6e7f',
    conversationId: 'conv-1234567890',
    channelId: 'directline',
    reason: 'asked',
    priority: 3,
    status: 'waiting',
    createdAt: '2026-11-23T10:05:00.000Z',
    summary: {
      topic: 'Asked about appealing a refusal to assess',
      reasonText: 'Asked to talk to a person',
      botAnswered: ['Appealing a decision not to assess'],
      flow: { name: 'mediation', answers: { 'Your name': 'Jamie', 'About your child': 'my son Alfie' } },
    },
    transcript: [{ from: 'parent', text: 'Hi, I am Jamie, my son Alfie was refused', at: '2026-11-23T10:04:00.000Z' }],
    callback: { method: 'phone', phone: '07700 900123', email: 'jamie.parent@example.com', requestedAt: '2026-11-23T10:05:00.000Z' },
    notes: [],
    safeguardingFlag: false,
    ...overrides,
  };
}

/** Just enough of a handoff queue: records by id, and events pushed to subscribers. */
class FakeQueue implements Pick<HandoffQueue, 'subscribe' | 'get'> {
  readonly records = new Map<string, HandoffRecord>();
  private listeners: Array<(e: QueueEvent) => void> = [];
  async get(id: string) { return this.records.get(id); }
  subscribe(listener: (e: QueueEvent) => void) {
    this.listeners.push(listener);
    return () => { this.listeners = this.listeners.filter((l) => l !== listener); };
  }
  emit(event: QueueEvent) { for (const l of this.listeners) l(event); }
  add(r: HandoffRecord) {
    this.records.set(r.id, r);
    this.emit({ type: 'created', handoffId: r.id, conversationId: r.conversationId });
  }
}

interface Posted { botAppId: string; channelId: string; serviceUrl: string; parameters: ConversationParameters }

/** Records what would have been posted to Teams; can be told to fail. */
class StubAdapter implements ChannelPostingAdapter {
  readonly posted: Posted[] = [];
  failWith?: Error;
  async createConversationAsync(botAppId: string, channelId: string, serviceUrl: string, _audience: string | undefined, parameters: ConversationParameters, logic: (c: TurnContext) => Promise<void>) {
    if (this.failWith) throw this.failWith;
    this.posted.push({ botAppId, channelId, serviceUrl, parameters });
    await logic({} as TurnContext);
  }
}

function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, logger: createLogger({ level: 'debug', write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) }) };
}

function setUp() {
  const queue = new FakeQueue();
  const adapter = new StubAdapter();
  const { logger, lines } = capturingLogger();
  const notifier = new AdviserChannelNotifier({ queue, adapter, botAppId: BOT_APP_ID, channelId: CHANNEL_ID, serviceUrl: SERVICE_URL, tenantId: TENANT_ID, publicUrl: PUBLIC_URL, logger });
  const stop = notifier.start();
  return { queue, adapter, notifier, stop, lines };
}

interface Card { version: string; body: Array<{ type: string; text?: string; color?: string; facts?: Array<{ title: string; value: string }> }>; actions: Array<{ type: string; title: string; url: string }> }
const cardOf = (p: Posted): Card => (p.parameters.activity as Partial<Activity>).attachments![0].content as Card;
const factsOf = (card: Card) => Object.fromEntries(card.body.flatMap((b) => b.facts ?? []).map((f) => [f.title, f.value]));

describe('Teams: telling advisers in their channel about new handoffs', () => {
  it('posts a card with the topic, reason, priority, waiting time and a link to the hub when a parent starts waiting', async () => {
    const { queue, adapter, notifier } = setUp();
    queue.add(record());
    await notifier.idle();
    assert.equal(adapter.posted.length, 1);
    const post = adapter.posted[0];
    assert.equal(post.channelId, 'msteams');
    assert.equal(post.serviceUrl, SERVICE_URL);
    assert.equal(post.botAppId, BOT_APP_ID);
    assert.equal(post.parameters.isGroup, true);
    assert.deepEqual(post.parameters.channelData, { channel: { id: CHANNEL_ID }, tenant: { id: TENANT_ID } });
    assert.equal(post.parameters.tenantId, TENANT_ID);

    const card = cardOf(post);
    assert.ok(versionAtMost(card.version, '1.5'), `Teams renders Adaptive Cards up to 1.5, not ${card.version}`);
    assert.equal(card.body[0].text, 'A parent is waiting for an adviser');
    assert.deepEqual(factsOf(card), {
      Topic: 'Asked about appealing a refusal to assess',
      Reason: 'Asked to talk to a person',
      Priority: '3 (normal)',
      'Waiting since': '10:05 on Monday 23 November 2026',
    });
    assert.deepEqual(card.actions, [{ type: 'Action.OpenUrl', title: 'Open in the adviser hub', url: `${PUBLIC_URL}/advisers?handoff=h-0f3c9a1e-7d2b-4c55-9e61-2a8b0c4d6e7f` }]);
  });

  it('sends nothing personal: no names, contact details, transcript, flow answers or conversation id', async () => {
    const { queue, adapter, notifier } = setUp();
    queue.add(record());
    await notifier.idle();
    const posted = JSON.stringify(adapter.posted[0].parameters);
    for (const secret of PRIVATE) assert.ok(!posted.includes(secret), `"${secret}" was sent to the channel`);
  });

  it('marks safeguarding as urgent, seen first', async () => {
    const { queue, adapter, notifier } = setUp();
    queue.add(record({ id: 'h-safe', reason: 'safeguarding', priority: 1, safeguardingFlag: true }));
    await notifier.idle();
    const card = cardOf(adapter.posted[0]);
    assert.equal(card.body[0].text, 'Urgent: a parent needs an adviser now');
    assert.equal(card.body[0].color, 'Attention');
    assert.equal(factsOf(card).Reason, 'Safeguarding concern');
    assert.equal(factsOf(card).Priority, '1 (urgent: seen first)');
  });

  it('ignores every other queue event, and stops when asked', async () => {
    const { queue, adapter, notifier, stop } = setUp();
    const r = record();
    queue.records.set(r.id, r);
    queue.emit({ type: 'taken', handoffId: r.id, conversationId: r.conversationId, adviser: { id: 'a1', firstName: 'Sam' } });
    queue.emit({ type: 'message', handoffId: r.id, conversationId: r.conversationId, entry: { from: 'parent', text: 'hello', at: r.createdAt } });
    queue.emit({ type: 'closed', handoffId: r.id, conversationId: r.conversationId, outcome: 'closed-by-adviser' });
    await notifier.idle();
    assert.equal(adapter.posted.length, 0);
    stop();
    queue.add(record({ id: 'h-after-stop' }));
    await notifier.idle();
    assert.equal(adapter.posted.length, 0);
  });

  it('logs a failure to post (with a shortened id) and never throws into the queue', async () => {
    const { queue, adapter, notifier, lines } = setUp();
    adapter.failWith = new Error('Forbidden: the bot is not installed in this team');
    assert.doesNotThrow(() => queue.add(record()));
    await notifier.idle();
    const failed = lines.find((l) => l.event === 'teams.adviser_notice_failed');
    assert.ok(failed);
    assert.equal(failed.handoff, 'h-0f3c9a');
    assert.ok(!JSON.stringify(lines).includes('conv-1234567890'));
  });

  it('a handoff that has gone by the time the card is made is skipped', async () => {
    const { queue, adapter, notifier, lines } = setUp();
    queue.emit({ type: 'created', handoffId: 'h-gone', conversationId: 'c' });
    await notifier.idle();
    assert.equal(adapter.posted.length, 0);
    assert.ok(lines.some((l) => l.event === 'teams.adviser_notice_skipped'));
  });

  it('starts only when TEAMS_ADVISER_CHANNEL_ID, TEAMS_SERVICE_URL and MicrosoftAppId are all set', async () => {
    const auth = { MicrosoftAppId: BOT_APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT_ID, PUBLIC_URL };
    const { logger } = capturingLogger();
    const queue = new FakeQueue();
    const adapter = new StubAdapter();
    const start = (env: NodeJS.ProcessEnv) => startAdviserChannelNotifier({ config: testConfig(env), queue, adapter, logger });
    assert.equal(start(auth), undefined, 'no channel set');
    assert.equal(start({ ...auth, TEAMS_ADVISER_CHANNEL_ID: CHANNEL_ID }), undefined, 'no service URL');
    assert.equal(start({ TEAMS_ADVISER_CHANNEL_ID: CHANNEL_ID, TEAMS_SERVICE_URL: SERVICE_URL }), undefined, 'no app id');
    const stop = start({ ...auth, TEAMS_ADVISER_CHANNEL_ID: CHANNEL_ID, TEAMS_SERVICE_URL: SERVICE_URL });
    assert.equal(typeof stop, 'function');
    queue.add(record());
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(adapter.posted.length, 1);
    assert.equal(adapter.posted[0].parameters.tenantId, TENANT_ID);
    stop!();
  });

  it('the server\'s CloudAdapter is what the notifier posts through', () => {
    const adapter: ChannelPostingAdapter = new CloudAdapter();
    assert.equal(typeof adapter.createConversationAsync, 'function');
  });

  it('describes times in England: summer time too', () => {
    assert.equal(describeLondonTime('2026-07-01T08:30:00Z'), '09:30 on Wednesday 1 July 2026');
    assert.equal(describeLondonTime('not a time'), 'unknown');
    assert.match(buildAdviserNotice(record({ summary: { ...record().summary, topic: 'x'.repeat(300) } }), PUBLIC_URL).facts[0].value, /^x{119}…$/);
  });
});
