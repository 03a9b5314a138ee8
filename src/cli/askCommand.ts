import readline from 'node:readline';
import type { Activity } from 'botbuilder';
import type { SendNavigatorBot } from '../bot/sendNavigatorBot';
import { metaOf, type ReplyKind } from '../bot/replies';
import { TestConversation } from './testConversation';

/**
 * `send-navigator ask --jsonl`: one JSON line in ({"q": ...}), one JSON line out, each question
 * in a fresh conversation with the real bot. `kind` is what the bot actually did, read from the
 * replies it sent.
 */
export interface AskOutput {
  q: string;
  kind: Exclude<ReplyKind, 'welcome' | 'info'>;
  flow?: string;
  text: string;
  sources?: string[];
  articleIds?: string[];
}

// Safeguarding wins whatever else was said; then the first reply that says what the bot did.
const REPORTED: ReadonlyArray<AskOutput['kind']> = ['answer', 'flow', 'handoff', 'out-of-scope', 'smalltalk', 'clarify'];

export function summariseReplies(q: string, replies: Partial<Activity>[]): AskOutput {
  const metas = replies.map((r) => ({ r, m: metaOf(r) }));
  const body = metas.filter(({ m }) => m && m.kind !== 'welcome');
  const text = body.map(({ r }) => r.text ?? '').filter(Boolean).join('\n\n');
  const safeguarding = metas.find(({ m }) => m?.kind === 'safeguarding');
  const first = safeguarding ?? metas.find(({ m }) => m && (REPORTED as string[]).includes(m.kind));
  if (!first?.m) return { q, kind: 'clarify', text };
  const m = first.m;
  const out: AskOutput = { q, kind: m.kind as AskOutput['kind'], text };
  if (m.flow) out.flow = m.flow;
  if (m.sources?.length) out.sources = [...m.sources];
  if (m.articleIds?.length) out.articleIds = [...m.articleIds];
  return out;
}

export async function askOne(bot: SendNavigatorBot, q: string, n: number): Promise<AskOutput> {
  const conversation = new TestConversation(bot, `ask-${n}`);
  return summariseReplies(q, await conversation.say(q));
}

export async function runAskJsonl(bot: SendNavigatorBot, input: NodeJS.ReadableStream, write: (line: string) => void, err: (line: string) => void): Promise<number> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let failures = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    n++;
    let q: string;
    try {
      const parsed = JSON.parse(line) as { q?: unknown };
      if (typeof parsed.q !== 'string') throw new Error('needs a "q" string');
      q = parsed.q;
    } catch (e) {
      err(`line ${n}: not a question (${(e as Error).message}); expected {"q": "..."}`);
      failures++;
      continue;
    }
    write(JSON.stringify(await askOne(bot, q, n)));
  }
  return failures ? 1 : 0;
}
