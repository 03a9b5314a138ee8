import { ActivityTypes, TestAdapter, type Activity, type Attachment, type CardAction, type ChannelAccount } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { metaOf, type ReplyMeta } from '../../src/bot/replies';
import { TeamsAttachmentsMiddleware } from '../../src/bot/teams/teamsAttachmentsMiddleware';
import type { FileStore, StoredFileInput } from '../../src/domain/files/fileStore';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';

/**
 * Drives the real bot with activities shaped like the ones Teams sends (channelId msteams,
 * "28:" bot and "29:" user ids, conversation types, the tenant in channelData, @mentions),
 * through a TestAdapter with the same Teams middleware the server registers.
 */

export const BOT_APP_ID = '0b0e1c52-1111-4a3b-9c2d-3e4f5a6b7c8d';
export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
export const PUBLIC_URL = 'https://send-navigator.example.org';
export const BOT: ChannelAccount = { id: `28:${BOT_APP_ID}`, name: 'SEND Navigator' };
export const MENTION = '<at>SEND Navigator</at>';

/** Files served from the public address, as the server's ParentFileStore does. */
export class PublicFileStore implements FileStore {
  readonly files: StoredFileInput[] = [];
  async put(file: StoredFileInput): Promise<{ url: string }> {
    this.files.push(file);
    return { url: `${PUBLIC_URL}/files/file${this.files.length}aaaaaaaaaaaaaaaaa/${encodeURIComponent(file.name)}` };
  }
}

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

export function teamsBot(env: NodeJS.ProcessEnv = {}) {
  const files = new PublicFileStore();
  const created = createBot({
    config: testConfig({ PUBLIC_URL, ...env }),
    logger: silentLogger,
    clock: () => new Date('2026-11-23T10:00:00Z'),
    files,
  });
  const adapter = new TestAdapter(async (context) => created.bot.run(context));
  adapter.use(new TeamsAttachmentsMiddleware());
  return { ...created, files, adapter, chat: (options: ChatOptions = {}) => new TeamsChat(adapter, options) };
}

export interface ChatOptions {
  readonly kind?: ConversationKind;
  readonly userId?: string;
  readonly conversationId?: string;
}

let counter = 0;

export class TeamsChat {
  readonly user: ChannelAccount;
  readonly conversationId: string;
  readonly kind: ConversationKind;

  constructor(private readonly adapter: TestAdapter, options: ChatOptions) {
    counter++;
    this.kind = options.kind ?? 'personal';
    this.user = { id: options.userId ?? `29:1parent-${counter}`, name: 'A parent' };
    this.conversationId = options.conversationId
      ?? (this.kind === 'channel' ? `19:advisers${counter}@thread.tacv2;messageid=1700000000${counter}` : this.kind === 'groupChat' ? `19:group${counter}@thread.v2` : `a:1personal-${counter}`);
  }

  /** Teams installs the app for the user (or adds it to a team): the bot is the member added. */
  install(): Promise<Partial<Activity>[]> {
    return this.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [BOT], channelData: this.channelData('teamMemberAdded') });
  }

  /** A message, optionally @mentioning the bot as Teams writes it. */
  say(words: string, options: { mention?: boolean } = {}): Promise<Partial<Activity>[]> {
    const mention = options.mention ?? this.kind !== 'personal';
    return this.send({
      type: ActivityTypes.Message,
      text: mention ? `${MENTION} ${words}` : words,
      textFormat: 'plain',
      entities: mention ? [{ type: 'mention', mentioned: BOT, text: MENTION }] : [],
    });
  }

  /** A card button pressed, as Teams sends it: imBack sends its value as the text; messageBack its text, and its value. */
  press(button: Pick<CardAction, 'type'> & { text?: string; value?: unknown }): Promise<Partial<Activity>[]> {
    if (button.type === 'messageBack') {
      return this.send({ type: ActivityTypes.Message, text: String(button.text ?? ''), textFormat: 'plain', value: button.value });
    }
    return this.say(String(button.value), { mention: false });
  }

  /** A card's Action.Submit: no text, the inputs in `value`. */
  submit(value: Record<string, unknown>): Promise<Partial<Activity>[]> {
    return this.send({ type: ActivityTypes.Message, value });
  }

  /** Every activity the bot sent back in the turn, of any type. */
  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity({
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      locale: 'en-GB',
      from: { ...this.user, aadObjectId: '00000000-0000-0000-0000-00000000beef' } as ChannelAccount,
      recipient: BOT,
      conversation: {
        id: this.conversationId,
        conversationType: this.kind,
        isGroup: this.kind !== 'personal',
        tenantId: TENANT_ID,
        name: '',
      },
      channelData: this.channelData(),
      ...activity,
    });
    return this.adapter.activeQueue.splice(0);
  }

  private channelData(eventType?: string): Record<string, unknown> {
    const data: Record<string, unknown> = { tenant: { id: TENANT_ID } };
    if (eventType) data.eventType = eventType;
    if (this.kind === 'channel') {
      data.teamsChannelId = '19:advisers@thread.tacv2';
      data.teamsTeamId = '19:team@thread.tacv2';
      data.channel = { id: '19:advisers@thread.tacv2' };
      data.team = { id: '19:team@thread.tacv2' };
    }
    return data;
  }
}

// ---- Reading what the bot sent ----

export function messages(activities: Partial<Activity>[]): Partial<Activity>[] {
  return activities.filter((a) => a.type === ActivityTypes.Message);
}

export function textOf(activities: Partial<Activity>[]): string {
  return messages(activities).map((a) => a.text ?? '').join('\n');
}

export function kindsOf(activities: Partial<Activity>[]): Array<ReplyMeta['kind'] | undefined> {
  return messages(activities).map((a) => metaOf(a)?.kind);
}

export interface CardButton { readonly type: string; readonly title: string; readonly value?: unknown }

/** Hero-card buttons of every message. */
export function heroButtons(activities: Partial<Activity>[]): CardButton[] {
  return messages(activities).flatMap((a) => (a.attachments ?? [])
    .filter((att) => att.contentType === 'application/vnd.microsoft.card.hero')
    .flatMap((att) => (att.content as { buttons?: CardButton[] }).buttons ?? []));
}

export function suggestedButtons(activities: Partial<Activity>[]): CardButton[] {
  return messages(activities).flatMap((a) => (a.suggestedActions?.actions ?? []) as CardButton[]);
}

export function adaptiveCards(activities: Partial<Activity>[]): Array<{ version: string; body: unknown[]; actions?: Array<{ type: string; title: string; url?: string }> }> {
  return messages(activities).flatMap((a) => (a.attachments ?? [])
    .filter((att) => att.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((att) => att.content as { version: string; body: unknown[] }));
}

/** Attachments Teams cannot show from a bot in a chat: files by address. */
export function fileAttachments(activities: Partial<Activity>[]): Attachment[] {
  return messages(activities).flatMap((a) => a.attachments ?? []).filter((att) => !att.contentType?.startsWith('application/vnd.microsoft.card.'));
}

/** "1.4" <= "1.5" for Adaptive Card versions. */
export function versionAtMost(version: string, max: string): boolean {
  const [a, b] = version.split('.').map(Number);
  const [c, d] = max.split('.').map(Number);
  return a < c || (a === c && b <= d);
}
