import { ActionTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { TeamsConversationType } from './teamsConversation';

/**
 * Reshapes one outgoing message so Teams shows the same information as web chat:
 * - Files from the guided flows (attachments with a `contentUrl`) become "Download ..." buttons
 *   that open the file's address: in a one-to-one chat a bot cannot send arbitrary file
 *   attachments without Teams' file consent flow. The address is also kept as a link in the text.
 * - Suggested actions, which Teams shows only in one-to-one chats, become card buttons elsewhere.
 * Cards (hero, Adaptive) pass through unchanged. Returns a new activity; the input is not changed.
 */

const CARD_CONTENT_TYPE = /^application\/vnd\.microsoft\.(card|teams\.card)\./;

export function adaptReplyForTeams(activity: Partial<Activity>, conversationType: TeamsConversationType): Partial<Activity> {
  if (activity.type && activity.type !== 'message') return activity;
  const attachments = activity.attachments ?? [];
  const files = attachments.filter(isFileAttachment);
  const kept = attachments.filter((a) => !isFileAttachment(a));
  const adapted: Partial<Activity> = { ...activity };
  let text = activity.text ?? '';

  if (files.length) {
    const downloadable = files.filter((f) => /^https?:\/\//i.test(f.contentUrl ?? ''));
    const missingLinks = downloadable.filter((f) => !text.includes(f.contentUrl!));
    if (missingLinks.length) {
      text += `\n\nFiles to keep: ${missingLinks.map((f) => `[${f.name ?? 'file'}](${f.contentUrl})`).join(', ')}`;
    }
    const unavailable = files.filter((f) => !downloadable.includes(f));
    if (unavailable.length) {
      text += `\n\nI could not make a download link here for: ${unavailable.map((f) => f.name ?? 'a file').join(', ')}.`;
    }
    const buttons: CardAction[] = downloadable.map((f) => ({ type: ActionTypes.OpenUrl, title: downloadLabel(f.name ?? '', f.contentType), value: f.contentUrl! }));
    if (buttons.length) kept.unshift(CardFactory.heroCard('', undefined, buttons));
  }

  const suggested = activity.suggestedActions?.actions ?? [];
  if (suggested.length && conversationType !== 'personal') {
    kept.push(CardFactory.heroCard('', undefined, suggested));
    delete adapted.suggestedActions;
  }

  if (files.length || kept.length !== attachments.length) {
    adapted.text = text;
    if (kept.length) {
      adapted.attachments = kept;
      adapted.attachmentLayout = adapted.attachmentLayout ?? 'list';
    } else {
      delete adapted.attachments;
    }
  }
  return adapted;
}

/** A file made for the parent (a letter, a calendar), not a card or an image Teams can show. */
function isFileAttachment(attachment: Attachment): boolean {
  if (!attachment.contentUrl) return false;
  if (CARD_CONTENT_TYPE.test(attachment.contentType ?? '')) return false;
  return !/^image\//.test(attachment.contentType ?? '');
}

/** "Download the letter", "Download the calendar": what the button says, from the file's name. */
export function downloadLabel(name: string, contentType?: string): string {
  const n = name.toLowerCase();
  if (contentType === 'text/calendar' || n.endsWith('.ics')) return 'Download the calendar';
  if (n.includes('letter')) return 'Download the letter';
  if (n.includes('checklist')) return 'Download the checklist';
  if (n.includes('summary')) return 'Download the summary';
  if (n.includes('dates')) return 'Download the key dates';
  return name ? `Download ${name}` : 'Download the file';
}
