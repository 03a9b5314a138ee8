import { randomUUID } from 'node:crypto';
import { Client, type Notification } from 'pg';
import type { Logger } from '../../logging/logger';
import type { PostgresDatabase } from './postgresDatabase';

/**
 * Tells the other instances sharing the database that something changed, with PostgreSQL's own
 * LISTEN/NOTIFY: each instance keeps one connection listening on the database's channel
 * ("send_navigator_events"). Messages are small JSON with ids only (never message text or any
 * personal detail): the receiver reads what it needs from the database. A NOTIFY sent inside a
 * transaction is delivered only when it commits, so nobody hears of a change they cannot read yet.
 *
 * Wire format: {"f": sender instance id, "t": topic, "b": body}. Each instance ignores its own
 * messages (it has already told its own listeners).
 */

export type BusTopic = 'handoff' | 'kb' | 'directline';

/** Ids, short codes and counts only. */
export type BusBody = Readonly<Record<string, string | number>>;

type BusListener = (body: BusBody) => void;

/** Anything that can run a query: the pool, or a client inside a transaction. */
interface Notifier {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 10_000;
/** PostgreSQL refuses payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900;

export class PostgresEventBus {
  /** This instance, so it can recognise (and skip) its own messages. */
  readonly instanceId = randomUUID();
  private readonly listeners = new Map<BusTopic, Set<BusListener>>();
  private readonly reconnectListeners = new Set<() => void>();
  private client?: Client;
  private closed = false;
  private retryMs = RECONNECT_FIRST_MS;
  private retryTimer?: NodeJS.Timeout;
  private pid?: number;

  constructor(private readonly db: PostgresDatabase, private readonly logger?: Logger) {}

  /** Connects the listening connection; resolves once it is listening. */
  async start(): Promise<void> {
    await this.connect();
  }

  get listening(): boolean {
    return Boolean(this.client);
  }

  /** The listening connection's server process id (for diagnostics and tests). */
  get listenerPid(): number | undefined {
    return this.client ? this.pid : undefined;
  }

  subscribe(topic: BusTopic, listener: BusListener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => { set.delete(listener); };
  }

  /** Called after the listening connection was lost and is back: messages in between were missed. */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => { this.reconnectListeners.delete(listener); };
  }

  /**
   * Tells the other instances. Pass the transaction's client to send on commit only; with the
   * pool it goes at once.
   */
  async publish(topic: BusTopic, body: BusBody, via: Notifier = this.db.pool): Promise<void> {
    const payload = JSON.stringify({ f: this.instanceId, t: topic, b: body });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`Event too large for NOTIFY (${topic})`);
    await via.query('SELECT pg_notify($1, $2)', [this.db.channel, payload]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.db.connectionString, application_name: 'send-navigator-events' });
    client.on('notification', (message: Notification) => this.dispatch(message));
    client.on('error', (error: Error) => {
      this.logger?.warn('events.connection_error', { error });
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN "${this.db.channel.replace(/"/g, '""')}"`);
    this.pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid;
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = RECONNECT_FIRST_MS;
  }

  /** The listening connection went: reconnect with growing pauses until it is back. */
  private lost(client: Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect().then(() => {
        if (this.closed) return;
        this.logger?.info('events.reconnected', {});
        for (const listener of [...this.reconnectListeners]) safely(() => listener());
      }, (error: unknown) => {
        this.logger?.warn('events.reconnect_failed', { error: error as Error, retryInSeconds: this.retryMs / 1000 });
        this.scheduleReconnect();
      });
    }, wait);
    this.retryTimer.unref();
  }

  private dispatch(message: Notification): void {
    if (message.channel !== this.db.channel || !message.payload) return;
    let parsed: { f?: unknown; t?: unknown; b?: unknown };
    try {
      parsed = JSON.parse(message.payload) as typeof parsed;
    } catch {
      return;
    }
    if (parsed.f === this.instanceId || typeof parsed.t !== 'string' || typeof parsed.b !== 'object' || parsed.b === null) return;
    for (const listener of [...(this.listeners.get(parsed.t as BusTopic) ?? [])]) safely(() => listener(parsed.b as BusBody));
  }
}

function safely(run: () => void): void {
  try {
    run();
  } catch {
    // One failing listener must not stop the others.
  }
}
