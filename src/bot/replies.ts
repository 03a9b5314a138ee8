import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';

/**
 * Every reply is built here so that every reply carries its full text in `text` (cards and
 * buttons add to it, never replace it) and says what kind of reply it is. The kind travels in
 * `channelData.sendNavigator`, which is how the `ask` command reports what the bot actually did.
 */

export type ReplyKind = 'answer' | 'flow' | 'handoff' | 'safeguarding' | 'out-of-scope' | 'smalltalk' | 'clarify' | 'welcome' | 'info';

export interface ReplyMeta {
  readonly kind: ReplyKind;
  readonly flow?: 'ehc-request' | 'mediation';
  readonly articleIds?: readonly string[];
  readonly sources?: readonly string[];
}

export interface Choice {
  /** What the button shows. */
  readonly label: string;
  /** What pressing it sends (defaults to the label). */
  readonly value?: string;
}

export interface ReplyOptions {
  /**
   * `suggested`: quick replies under the latest message (they vanish once the parent types: use
   * for the answer to the current question). `card`: buttons on a card that stay in the history.
   */
  readonly buttons?: 'suggested' | 'card';
  readonly choices?: readonly Choice[];
  readonly attachments?: readonly Attachment[];
  readonly speak?: string;
}

export function buildReply(text: string, meta: ReplyMeta, options: ReplyOptions = {}): Partial<Activity> {
  const choices = options.choices ?? [];
  const actions: CardAction[] = choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.value ?? c.label }));
  const attachments: Attachment[] = [...(options.attachments ?? [])];
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
    channelData: { sendNavigator: meta },
  };
  if (actions.length && (options.buttons ?? 'suggested') === 'card') {
    // The card repeats no text (the message text is already there): it only holds the buttons.
    attachments.push(CardFactory.heroCard('', undefined, actions));
  } else if (actions.length) {
    activity.suggestedActions = { actions, to: [] };
  }
  if (attachments.length) {
    activity.attachments = attachments;
    activity.attachmentLayout = 'list';
  }
  if (options.speak) activity.speak = options.speak;
  return activity;
}

/**
 * A text whose single line breaks matter (a letter's address block), for a Markdown chat: each
 * line ends with a hard break, so Web Chat and Teams do not run the lines together. Blank lines
 * (paragraphs) are left as they are.
 */
export function keepLineBreaks(text: string): string {
  return text.replace(/([^\n])\n(?!\n)/g, '$1  \n');
}

export function metaOf(activity: Partial<Activity>): ReplyMeta | undefined {
  const data = activity.channelData as { sendNavigator?: ReplyMeta } | undefined;
  return data?.sendNavigator;
}

/** A file to keep (letter, summary, calendar), as an attachment a channel can download. */
export function fileAttachment(name: string, contentType: string, contentUrl: string): Attachment {
  return { name, contentType, contentUrl };
}
