import type { Middleware, TurnContext } from 'botbuilder';
import { adaptReplyForTeams } from './adaptReplyForTeams';
import { isTeams, teamsConversationType } from './teamsConversation';

/**
 * Registered once on the adapter (`adapter.use(new TeamsAttachmentsMiddleware())`), so every
 * message sent into Teams, in a turn or proactively, goes through `adaptReplyForTeams`: files
 * become download buttons, and suggested actions become card buttons outside one-to-one chats.
 * Other channels are untouched.
 */
export class TeamsAttachmentsMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (isTeams(context.activity)) {
      const conversationType = teamsConversationType(context.activity) ?? 'personal';
      context.onSendActivities(async (_ctx, activities, nextSend) => {
        for (let i = 0; i < activities.length; i++) activities[i] = adaptReplyForTeams(activities[i], conversationType);
        return nextSend();
      });
    }
    await next();
  }
}
