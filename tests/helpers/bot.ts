import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { metaOf, type ReplyMeta } from '../../src/bot/replies';
import { silentLogger } from '../../src/logging/logger';
import { TestConversation } from '../../src/cli/testConversation';
import { testConfig } from './fixtures';

/** The real bot over the real knowledge base, with a fixed clock. */
export function testBot(now = new Date('2026-11-23T10:00:00Z'), env: NodeJS.ProcessEnv = {}) {
  const created = createBot({ config: testConfig(env), logger: silentLogger, clock: () => now });
  return { ...created, conversation: (channelId?: string) => new TestConversation(created.bot, `test-${Math.random().toString(36).slice(2)}`, channelId) };
}

export function kinds(replies: Partial<Activity>[]): Array<ReplyMeta['kind'] | undefined> {
  return replies.map((r) => metaOf(r)?.kind);
}

export function allText(replies: Partial<Activity>[]): string {
  return replies.map((r) => r.text ?? '').join('\n');
}

/** Labels of every button in the replies (suggested actions and card buttons). */
export function buttonLabels(replies: Partial<Activity>[]): string[] {
  const labels: string[] = [];
  for (const r of replies) {
    for (const a of r.suggestedActions?.actions ?? []) labels.push(a.title);
    for (const att of r.attachments ?? []) {
      const content = att.content as { buttons?: Array<{ title: string }> } | undefined;
      for (const b of content?.buttons ?? []) labels.push(b.title);
    }
  }
  return labels;
}

/** The text of the file (a data: attachment) whose name matches `name`, in the replies; fails the test when there is none. */
export function fileText(replies: Partial<Activity>[], name: RegExp): string {
  const f = replies.flatMap((r) => r.attachments ?? []).find((a) => name.test(a.name ?? ''));
  assert.ok(f?.contentUrl, `no file matching ${name}`);
  return Buffer.from(f.contentUrl.split(',')[1], 'base64').toString('utf8');
}
