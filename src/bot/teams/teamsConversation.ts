import { ActionTypes, CardFactory, Channels, type Activity } from 'botbuilder';
import { buildReply } from '../replies';

/**
 * What kind of Teams conversation an activity is in. Parents use the bot one to one
 * ("personal"); in a team channel or a group chat everyone present would read what a parent
 * shares, so there the bot does not run its conversations and points to a private chat instead.
 */

export type TeamsConversationType = 'personal' | 'channel' | 'groupChat';

export function isTeams(activity: Partial<Activity>): boolean {
  return activity.channelId === Channels.Msteams;
}

/** The Teams conversation type, or undefined outside Teams. */
export function teamsConversationType(activity: Partial<Activity>): TeamsConversationType | undefined {
  if (!isTeams(activity)) return undefined;
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  if (type === 'personal') return 'personal';
  // Older payloads may leave the type out; a group flag still tells a shared conversation.
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}

/** A team channel or a group chat in Teams: other people can read the conversation. */
export function isTeamsSharedConversation(activity: Partial<Activity>): boolean {
  const type = teamsConversationType(activity);
  return type === 'channel' || type === 'groupChat';
}

/** A Teams link that opens a one-to-one chat with the bot (its Teams id starts with "28:"). */
export function privateChatLink(botTeamsId: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botTeamsId)}`;
}

export const SHARED_CHAT_TEXT = [
  'Hello. I am SEND Navigator, a computer program that helps parents and carers with special educational needs and disabilities (SEND) in England.',
  'Here, everyone in this chat can read what you write. To keep your family\'s details private, I only help in a one-to-one chat.',
].join('\n\n');

/** The reply in a channel or group chat: a short, polite pointer to a private chat. */
export function sharedConversationReply(botTeamsId: string): Partial<Activity> {
  const link = privateChatLink(botTeamsId);
  const text = `${SHARED_CHAT_TEXT}\n\n[Open a private chat with me](${link})`;
  const button = CardFactory.heroCard('', undefined, [{ type: ActionTypes.OpenUrl, title: 'Open a private chat with me', value: link }]);
  return buildReply(text, { kind: 'info' }, { attachments: [button] });
}
