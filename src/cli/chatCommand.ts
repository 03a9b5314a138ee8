import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { ActionTypes, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { SendNavigatorBot } from '../bot/sendNavigatorBot';
import { safeFileName } from '../domain/files/storedFile';
import { TestConversation } from './testConversation';

/**
 * `send-navigator chat`: one conversation with the real bot in the terminal. Buttons are shown
 * as numbered choices (type the number); files are saved to a folder and their paths shown.
 */
export async function runChat(bot: SendNavigatorBot, options: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; filesDir: string }): Promise<number> {
  const out = (s: string) => options.output.write(s + '\n');
  const conversation = new TestConversation(bot, `chat-${Date.now()}`);
  let buttons: CardAction[] = [];
  const show = (replies: Partial<Activity>[]) => {
    buttons = [];
    for (const r of replies) {
      out('');
      out(indent(stripMarkdown(r.text ?? '')));
      for (const a of r.attachments ?? []) saveFile(a, options.filesDir, out);
      const actions = [...(r.suggestedActions?.actions ?? []), ...cardButtons(r.attachments ?? [])];
      buttons.push(...actions);
    }
    if (buttons.length) {
      out('');
      buttons.forEach((b, i) => out(`  [${i + 1}] ${b.title}`));
    }
  };
  out('SEND Navigator (terminal chat). Type your message and press Enter. Type /quit to leave.');
  show(await conversation.start());
  const rl = readline.createInterface({ input: options.input, terminal: false });
  options.output.write('\n> ');
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    const n = Number(text);
    const pressed = Number.isInteger(n) && n >= 1 && n <= buttons.length ? buttons[n - 1] : undefined;
    show(await (pressed ? press(conversation, pressed) : conversation.say(text)));
    options.output.write('\n> ');
  }
  out('');
  return 0;
}

/** What a channel sends for a button: its value as the text (imBack), or its text and value (messageBack). */
function press(conversation: TestConversation, button: CardAction): Promise<Partial<Activity>[]> {
  if (button.type === ActionTypes.MessageBack) return conversation.say(String(button.text ?? button.title), button.value);
  return conversation.say(String(button.value ?? button.title));
}

function cardButtons(attachments: Attachment[]): CardAction[] {
  const actions: CardAction[] = [];
  for (const a of attachments) {
    const content = a.content as { buttons?: CardAction[] } | undefined;
    if (a.contentType === 'application/vnd.microsoft.card.hero' && content?.buttons) actions.push(...content.buttons);
  }
  return actions;
}

function saveFile(a: Attachment, dir: string, out: (s: string) => void): void {
  const url = a.contentUrl ?? '';
  const m = url.match(/^data:([^;,]+)?;base64,(.*)$/);
  if (!m) return;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, safeFileName(a.name ?? 'file.txt'));
  fs.writeFileSync(file, Buffer.from(m[2], 'base64'));
  out(`  (saved ${a.name} to ${file})`);
}

function stripMarkdown(s: string): string {
  return s.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\[([^\]]+)\]\((data:[^)]+)\)/g, '$1');
}

function indent(s: string): string {
  return s.split('\n').map((l) => `  ${l}`).join('\n');
}
