import { createHash } from "node:crypto";
import pg from "pg";

/** Past these, a statement is a one-off (a bulk insert, a long id list): not worth keeping prepared. */
const maxParams = 100;
const maxTextLength = 8000;
/** Prepared statements a connection keeps at most (PostgreSQL holds each one's plan in that backend). */
const maxPerConnection = 300;

type QueryConfig = { text?: unknown; name?: unknown; values?: unknown; submit?: unknown };

/**
 * A node-postgres client that prepares its parameterised statements by name: the first use on
 * a connection parses and plans as usual, later ones send only the values, and PostgreSQL can
 * reuse the plan. Drizzle sends every query unnamed, so each one was parsed and planned anew:
 * about 0.1–0.2 ms of PostgreSQL time per statement, which made up a sixth of a booking write
 * (bench/RESULTS.md). The name is a hash of the text, so equal texts share one statement and
 * different texts can never collide.
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  // biome-ignore lint/suspicious/noExplicitAny: node-postgres' query() has a dozen overloads; this passes every one through.
  override query(config: any, values?: any, callback?: any): any {
    return super.query(this.named(config, values) as string, values, callback);
  }

  private named(config: unknown, values: unknown): unknown {
    if (typeof config !== "object" || config === null) return config;
    const c = config as QueryConfig;
    // Already named, a Submittable (cursor, COPY) or text without parameters: leave it alone.
    if (c.name !== undefined || typeof c.submit === "function" || typeof c.text !== "string") return config;
    const params = Array.isArray(values) ? values : c.values;
    if (!Array.isArray(params) || params.length === 0 || params.length > maxParams || c.text.length > maxTextLength) return config;
    const name = `b_${createHash("sha1").update(c.text).digest("base64url")}`;
    if (!this.prepared.has(name)) {
      if (this.prepared.size >= maxPerConnection) return config;
      this.prepared.add(name);
    }
    return { ...c, name };
  }
}
