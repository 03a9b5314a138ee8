import type { Request, Response, Server } from 'restify';
import type { HandoffQueue, QueueEvent } from '../../domain/handoff/handoffQueue';
import type { SignedInStaff, StaffAccounts } from '../../domain/staff/staffAccounts';
import type { Logger } from '../../logging/logger';
import { staffOf, type StaffGuard } from '../staff/requireStaff';

/**
 * Live updates for the hub as Server-Sent Events at /api/advisers/events, fed by
 * queue.subscribe. Every adviser hears that the queue changed; only the adviser holding a
 * conversation receives its messages. The session is checked again every few seconds, so a
 * signed-out, expired or switched-off account stops receiving at once: the stream ends with a
 * "signed-out" event, so the page can say so instead of trying again.
 */

const HEARTBEAT_MS = 25_000;
const SESSION_CHECK_MS = 5_000;

export interface HubEventsOptions {
  readonly queue?: HandoffQueue;
  readonly staff: StaffAccounts;
  readonly guard: StaffGuard;
  readonly logger: Logger;
  readonly heartbeatMs?: number;
  /** How often the session is checked again (default every 5 seconds). */
  readonly sessionCheckMs?: number;
}

export interface HubEvents {
  /** Ends every open stream (before the server closes: open streams would keep it waiting). */
  close(): void;
  readonly openStreams: number;
}

export function registerHubEvents(server: Server, options: HubEventsOptions): HubEvents {
  const streams = new Set<() => void>();

  server.get('/api/advisers/events', options.guard.requireStaff('adviser'), async (req: Request, res: Response) => {
    const me = staffOf(req);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // Tells nginx and similar proxies not to buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    const send = (event: string, data: unknown) => {
      if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    res.write('retry: 5000\n\n');
    send('ready', { queue: Boolean(options.queue) });

    const forward = async (event: QueueEvent, who: SignedInStaff) => {
      if (event.type === 'message') {
        const record = await options.queue?.get(event.handoffId);
        if (record?.adviser?.id === who.account.id) send('queue', { type: 'message', handoffId: event.handoffId, entry: event.entry });
        return;
      }
      send('queue', {
        type: event.type,
        handoffId: event.handoffId,
        ...(event.type === 'taken' ? { adviser: { firstName: event.adviser.firstName, isMe: event.adviser.id === who.account.id } } : {}),
        ...(event.type === 'closed' ? { outcome: event.outcome } : {}),
      });
    };

    let chain = Promise.resolve();
    const unsubscribe = options.queue?.subscribe((event) => {
      // In order, one at a time: a message must not overtake the "taken" before it.
      chain = chain.then(() => forward(event, me)).catch((error: unknown) => options.logger.warn('adviser.events_failed', { error: error as Error }));
    }) ?? (() => undefined);

    const heartbeat = setInterval(() => {
      if (!res.writableEnded) res.write(': still here\n\n');
    }, options.heartbeatMs ?? HEARTBEAT_MS);
    heartbeat.unref();
    const sessionCheck = setInterval(() => {
      void options.staff.authenticate(me.sessionId).then((still) => {
        if (still) return;
        // Said before the stream ends: a browser would otherwise just try again.
        send('signed-out', { message: 'You have been signed out. Sign in again to carry on.' });
        end();
      }, () => undefined);
    }, options.sessionCheckMs ?? SESSION_CHECK_MS);
    sessionCheck.unref();

    const end = () => {
      clearInterval(heartbeat);
      clearInterval(sessionCheck);
      unsubscribe();
      streams.delete(end);
      if (!res.writableEnded) res.end();
    };
    streams.add(end);
    req.on('close', end);
  });

  return {
    close() {
      for (const end of [...streams]) end();
    },
    get openStreams() {
      return streams.size;
    },
  };
}
