import type { IncomingMessage } from 'node:http';
import type { Next, Request, Response } from 'restify';
import type { AppConfig } from '../../config/config';
import { clientAddress, isLoopbackAddress } from './clientAddress';
import { sendError } from './httpErrors';
import { FixedWindowRateLimiter, type RateDecision } from './rateLimiter';

/**
 * Abuse limits on what the public can reach: the parent's pages and the local Direct Line, per
 * address (every request) and per conversation (messages posted). `/api/messages` comes only from
 * Azure's addresses, so it is limited per conversation alone. Staff pages have their own sign-in
 * limits. RATE_LIMITS=off switches all of this off (benchmarks on a private machine).
 */

const PUBLIC_PAGES = new Set(['/', '/index.html', '/privacy', '/accessibility', '/chat.js', '/answerStart.js', '/exit.js', '/styles.css']);
const PUBLIC_PREFIXES = ['/vendor/', '/api/chat-config', '/api/directline/', '/v3/directline/', '/files/'];

export function isPublicParentPath(path: string): boolean {
  return PUBLIC_PAGES.has(path) || PUBLIC_PREFIXES.some((p) => path.startsWith(p));
}

export const TOO_MANY_REQUESTS = 'Too many requests from your connection. Please wait a minute, then try again.';
export const TOO_MANY_MESSAGES = 'Too many messages in a short time. Please wait a minute, then try again.';

export class AbuseLimits {
  readonly enabled: boolean;
  private readonly perAddress: FixedWindowRateLimiter;
  private readonly perConversation: FixedWindowRateLimiter;

  constructor(limits: AppConfig['limits'], now: () => number = Date.now) {
    this.enabled = limits.enabled;
    this.perAddress = new FixedWindowRateLimiter(limits.addressPerMinute, 60_000, now);
    this.perConversation = new FixedWindowRateLimiter(limits.conversationPerMinute, 60_000, now);
  }

  /** A restify `pre` handler: counts every request to a public parent path against its address. */
  perAddressHandler() {
    return (req: Request, res: Response, next: Next): void => {
      if (!this.enabled || !isPublicParentPath(req.getPath())) return next();
      const decision = this.admitAddress(req);
      if (decision.allowed) return next();
      tooMany(res, decision, TOO_MANY_REQUESTS);
      return next(false);
    };
  }

  /**
   * Counts a request (or a WebSocket upgrade) against its address. This machine itself (health
   * checks, tests, a benchmark) is not limited; a reverse proxy here must say who it is passing
   * on (X-Forwarded-For), as they all do.
   */
  admitAddress(req: IncomingMessage): RateDecision {
    if (!this.enabled) return ALLOWED;
    const address = clientAddress(req);
    return isLoopbackAddress(address) ? ALLOWED : this.perAddress.take(`address:${address}`);
  }

  /** Counts a message in a conversation; on refusal answers 429 and returns false. */
  admitConversationMessage(key: string, res: Response): boolean {
    if (!this.enabled) return true;
    const decision = this.perConversation.take(`conversation:${key}`);
    if (!decision.allowed) tooMany(res, decision, TOO_MANY_MESSAGES);
    return decision.allowed;
  }
}

const ALLOWED: RateDecision = { allowed: true, retryAfterSeconds: 0 };

function tooMany(res: Response, decision: RateDecision, message: string): void {
  sendError(res, 429, 'TooManyRequests', message, { 'Retry-After': String(decision.retryAfterSeconds) });
}
