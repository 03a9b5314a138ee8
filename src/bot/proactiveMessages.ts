import type { TurnContext } from 'botbuilder';

/**
 * Messages sent outside a parent's turn (an adviser joining or writing, the wait watcher) answer
 * nothing the parent sent. botbuilder still marks them as replies to the made-up event that
 * starts a proactive turn, and Web Chat holds a reply back until what it replies to arrives: up
 * to 5 seconds, for every adviser message. So they go without `replyToId`.
 */
export function withoutReplyTo(logic: (context: TurnContext) => Promise<void>): (context: TurnContext) => Promise<void> {
  return async (context) => {
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) delete activity.replyToId;
      return next();
    });
    await logic(context);
  };
}
