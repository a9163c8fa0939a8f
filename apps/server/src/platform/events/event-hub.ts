import { and, asc, eq, gt, max } from "drizzle-orm";
import pg from "pg";
import type { Logger } from "pino";
import type { LiveEvent, SocketMessage } from "@backlot/contracts/core/events";
import type { Db } from "../db/pool";
import { outboxEvents } from "../db/schema";

export type Subscriber = {
  organizationId: string;
  /** Permission filter, decided by the caller (the hub knows nothing of roles). */
  canSee: (event: LiveEvent) => boolean;
  send: (message: SocketMessage) => void;
  /** Called for every event before filtering, e.g. to refresh the subscriber's access. */
  onEvent?: (event: LiveEvent) => Promise<void> | void;
};

type Registered = Subscriber & { lastSent: bigint; buffering: LiveEvent[] | null };

const backlogLimit = 1000;
const channel = "backlot_events";

type OutboxRow = typeof outboxEvents.$inferSelect;

function toLiveEvent(row: OutboxRow): LiveEvent {
  return {
    id: row.id.toString(),
    type: row.type as LiveEvent["type"],
    organizationId: row.organizationId,
    recordType: row.recordType,
    recordId: row.recordId,
    actorId: row.actorId,
    data: row.data ?? undefined,
    at: row.at.toISOString(),
  };
}

/**
 * Fans committed outbox events out to this node's WebSocket subscribers. Every node LISTENs on
 * the database, so a change made through any node reaches clients of all of them; nothing is
 * delivered in-process, so one node and many behave alike.
 */
export class EventHub {
  private readonly subscribers = new Map<string, Set<Registered>>();
  private listener: pg.Client | null = null;
  private stopped = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: "backlot-listener" });
    client.on("notification", (msg) => {
      if (msg.channel !== channel || !msg.payload) return;
      // Deliver in notification (= commit) order.
      this.chain = this.chain.then(() => this.deliver(msg.payload as string)).catch((err) => this.log.error({ err }, "event delivery failed"));
    });
    client.on("error", (err) => {
      this.log.error({ err }, "event listener connection lost; reconnecting");
      this.listener = null;
      void client.end().catch(() => {});
      if (!this.stopped) setTimeout(() => void this.reconnect(), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    this.listener = client;
  }

  private async reconnect() {
    if (this.stopped) return;
    try {
      await this.start();
      // Anything committed while we were away: tell clients to catch up from their last id.
      for (const subs of this.subscribers.values()) for (const sub of subs) sub.send({ kind: "resync", reason: "reconnected" });
    } catch (err) {
      this.log.error({ err }, "event listener reconnect failed");
      if (!this.stopped) setTimeout(() => void this.reconnect(), 2000);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => {});
    this.listener = null;
  }

  connectionCount(): number {
    let n = 0;
    for (const subs of this.subscribers.values()) n += subs.size;
    return n;
  }

  /** Registers a subscriber, first replaying what it missed after `after` (if given). */
  async subscribe(subscriber: Subscriber, after: string | undefined): Promise<() => void> {
    const sub: Registered = { ...subscriber, lastSent: 0n, buffering: [] };
    const orgSubs = this.subscribers.get(sub.organizationId) ?? new Set();
    this.subscribers.set(sub.organizationId, orgSubs);
    orgSubs.add(sub);
    const unsubscribe = () => {
      orgSubs.delete(sub);
      if (orgSubs.size === 0) this.subscribers.delete(sub.organizationId);
    };

    try {
      await this.replayBacklog(sub, after);
      // Drain what arrived meanwhile; only an empty buffer may be switched off (no await between).
      while (sub.buffering && sub.buffering.length > 0) await this.sendTo(sub, sub.buffering.shift() as LiveEvent);
      sub.buffering = null;
    } catch (err) {
      unsubscribe();
      throw err;
    }
    sub.send({ kind: "ready", lastEventId: sub.lastSent > 0n ? sub.lastSent.toString() : null });
    return unsubscribe;
  }

  /** Sends what the subscriber missed after `after`, or tells it to resync when that is impossible. */
  private async replayBacklog(sub: Registered, after: string | undefined) {
    const [latest] = await this.db
      .select({ id: max(outboxEvents.id) })
      .from(outboxEvents)
      .where(eq(outboxEvents.organizationId, sub.organizationId));
    const latestId = latest?.id ? BigInt(latest.id) : 0n;
    if (after === undefined || BigInt(after) > latestId) {
      if (after !== undefined) sub.send({ kind: "resync", reason: "unknown event id" });
      sub.lastSent = latestId;
    } else {
      const rows = await this.db
        .select()
        .from(outboxEvents)
        .where(and(eq(outboxEvents.organizationId, sub.organizationId), gt(outboxEvents.id, BigInt(after))))
        .orderBy(asc(outboxEvents.id))
        .limit(backlogLimit + 1);
      if (rows.length > backlogLimit) {
        sub.send({ kind: "resync", reason: "too many missed events" });
        sub.lastSent = latestId;
      } else {
        sub.lastSent = BigInt(after);
        for (const row of rows) await this.sendTo(sub, toLiveEvent(row));
      }
    }
  }

  private async sendTo(sub: Registered, event: LiveEvent) {
    const id = BigInt(event.id);
    if (id <= sub.lastSent) return;
    sub.lastSent = id;
    await sub.onEvent?.(event);
    if (sub.canSee(event)) sub.send({ kind: "event", event });
  }

  private async deliver(payload: string) {
    const [organizationId, id] = payload.split(":");
    if (!organizationId || !id) return;
    const subs = this.subscribers.get(organizationId);
    if (!subs || subs.size === 0) return;
    let row: OutboxRow | undefined;
    try {
      [row] = await this.db
        .select()
        .from(outboxEvents)
        .where(and(eq(outboxEvents.organizationId, organizationId), eq(outboxEvents.id, BigInt(id))));
    } catch (err) {
      this.log.error({ err, organizationId }, "could not read an event; asking clients to resync");
      for (const sub of subs) sub.send({ kind: "resync", reason: "event could not be read" });
      return;
    }
    if (!row) return;
    const event = toLiveEvent(row);
    for (const sub of subs) {
      if (sub.buffering) {
        sub.buffering.push(event);
        continue;
      }
      // One subscriber's failure must not cost the others their event.
      await this.sendTo(sub, event).catch((err) => {
        this.log.warn({ err }, "event delivery to one subscriber failed");
        sub.send({ kind: "resync", reason: "delivery failed" });
      });
    }
  }
}
