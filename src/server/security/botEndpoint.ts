import { CloudAdapter, type Activity, type ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../../logging/logger';
import type { AbuseLimits } from './abuseLimits';
import { clientAddress, isLoopbackAddress } from './clientAddress';
import { sendError, SERVER_ERROR_MESSAGE } from './httpErrors';

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type BotLogic = (context: TurnContext) => Promise<void>;

/** CloudAdapter, with a way to run a turn for a request this server has already authenticated. */
export class SendNavigatorAdapter extends CloudAdapter {
  runAuthenticated(auth: AuthResult, activity: Activity, logic: BotLogic) {
    return this.processActivity(auth, activity, logic);
  }
}

export interface BotEndpointOptions {
  readonly adapter: SendNavigatorAdapter;
  readonly auth: ConfigurationBotFrameworkAuthentication;
  readonly botLogic: BotLogic;
  readonly limits: AbuseLimits;
  /** No app id (local mode): nothing is authenticated, so only this machine may post. */
  readonly loopbackOnly: boolean;
  readonly logger: Logger;
}

/**
 * POST /api/messages, where Azure Bot Service (or the Emulator, locally) delivers activities.
 * In order: the body's size and JSON (checked before this handler runs), the activity's shape
 * (400), the per-conversation limit (429), the Bot Framework token (401), then the turn. Every
 * refusal is JSON in one shape; unlike CloudAdapter.process, nothing internal is echoed back.
 */
export class BotMessagesEndpoint {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly options: BotEndpointOptions) {}

  readonly handle = async (req: Request, res: Response): Promise<void> => {
    const turn = this.process(req, res);
    this.inFlight.add(turn);
    try {
      await turn;
    } finally {
      this.inFlight.delete(turn);
    }
  };

  /** Waits for turns still running (graceful shutdown). */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private async process(req: Request, res: Response): Promise<void> {
    const { logger, limits } = this.options;
    if (this.options.loopbackOnly && !isLoopbackAddress(clientAddress(req))) {
      sendError(res, 403, 'Forbidden', 'This bot has no Microsoft app id, so it takes messages only from this computer.');
      return;
    }
    const problem = activityProblem(req.body);
    if (problem) {
      sendError(res, 400, 'BadArgument', problem);
      return;
    }
    const activity = req.body as Activity;
    if (!limits.admitConversationMessage(`${activity.channelId}:${activity.conversation.id}`, res)) return;

    let auth: AuthResult;
    try {
      const header = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      auth = await this.options.auth.authenticateRequest(activity, header);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 401 || status === 403) {
        sendError(res, 401, 'Unauthorized', 'This endpoint accepts only requests signed by the Bot Framework.');
      } else {
        logger.error('bot.auth_unavailable', { error: error as Error });
        sendError(res, 503, 'ServiceUnavailable', 'The request could not be checked just now. Please try again.', { 'Retry-After': '10' });
      }
      return;
    }

    try {
      const invokeResponse = await this.options.adapter.runAuthenticated(auth, activity, this.options.botLogic);
      if (invokeResponse) res.send(invokeResponse.status, invokeResponse.body);
      else res.send(200);
    } catch (error) {
      logger.error('bot.request_failed', { channel: activity.channelId, type: activity.type, error: error as Error });
      sendError(res, 500, 'ServerError', SERVER_ERROR_MESSAGE);
    }
  }
}

/** What is wrong with a would-be activity, in a sentence; undefined when it will do. */
export function activityProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'The body must be a JSON activity.';
  const a = body;
  if (!isText(a.type, 64)) return 'type must be a short string.';
  if (!isText(a.channelId, 128)) return 'channelId must be a short string.';
  if (!isObject(a.conversation) || !isText(a.conversation.id, 1024)) return 'conversation.id must be a string.';
  if (!isObject(a.from) || !isText(a.from.id, 1024)) return 'from.id must be a string.';
  if (!isObject(a.recipient) || !isText(a.recipient.id, 1024)) return 'recipient.id must be a string.';
  if (typeof a.serviceUrl !== 'string' || !isWebAddress(a.serviceUrl)) return 'serviceUrl must be a web address.';
  if (a.text !== undefined && a.text !== null && typeof a.text !== 'string') return 'text must be a string.';
  if (a.id !== undefined && typeof a.id !== 'string') return 'id must be a string.';
  for (const list of ['membersAdded', 'membersRemoved'] as const) {
    const members = a[list];
    if (members !== undefined && (!Array.isArray(members) || !members.every((m) => isObject(m) && typeof m.id === 'string'))) {
      return `${list} must be a list of members with ids.`;
    }
  }
  for (const list of ['attachments', 'entities'] as const) {
    const items = a[list];
    if (items !== undefined && (!Array.isArray(items) || !items.every(isObject))) return `${list} must be a list of objects.`;
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= max;
}

function isWebAddress(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
