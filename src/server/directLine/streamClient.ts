import type { Activity } from 'botbuilder';
import type { WebSocket } from 'ws';
import type { ActivityPage, Awaitable } from './conversationStore';

/**
 * One open Direct Line stream (a WebSocket). It sends every activity once and in order: it
 * remembers how many it has sent (its watermark), sends a new activity straight away when it is
 * the next one, and otherwise reads what it missed from the store. Work is queued, so a slow read
 * never lets a later activity overtake an earlier one.
 */
export class StreamClient {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly ws: WebSocket,
    /** Activities already sent (or already seen by the client when it connected). */
    private sent: number,
    private readonly since: (watermark: number) => Awaitable<ActivityPage>,
  ) {}

  /** A newly stored activity (as its stored JSON); `watermark` is the conversation's count including it. */
  push(activityJson: string, watermark: number): void {
    this.enqueue(async () => {
      if (watermark <= this.sent) return;
      if (watermark === this.sent + 1) {
        // The activity is already JSON: frame it rather than parse and stringify it again.
        this.sent = watermark;
        this.sendText(`{"activities":[${activityJson}],"watermark":${JSON.stringify(String(watermark))}}`);
      } else await this.readMissed();
    });
  }

  /** Another instance stored activities up to `watermark`. */
  notify(watermark: number): void {
    this.enqueue(async () => {
      if (watermark > this.sent) await this.readMissed();
    });
  }

  /** Sends whatever the client has not had yet (on connect). */
  catchUp(): void {
    this.enqueue(() => this.readMissed());
  }

  /** Something that matters only now ("typing…"): sent, never counted. */
  showNow(activity: Partial<Activity>): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify({ activities: [activity], watermark: String(this.sent) }));
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
  }

  private async readMissed(): Promise<void> {
    const page = await this.since(this.sent);
    if (page.activities.length) this.send(page.activities, page.watermark);
    this.sent = Math.max(this.sent, page.watermark);
  }

  private send(activities: Partial<Activity>[], watermark: number): void {
    this.sent = watermark;
    this.sendText(JSON.stringify({ activities, watermark: String(watermark) }));
  }

  private sendText(frame: string): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(frame);
  }

  private enqueue(work: () => Promise<void>): void {
    // A failed read (the store away for a moment) must not stop later activities.
    this.queue = this.queue.then(work).catch(() => undefined);
  }
}
