import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as trackingSchema from "../../modules/tracking/tracking.schema";
import { PreparingClient } from "./prepared-statements";
import * as coreSchema from "./schema";

const schema = { ...coreSchema, ...trackingSchema };

// bigint counts (e.g. COUNT(*)) as numbers; ids stay text via their own columns.
pg.types.setTypeParser(20, (v) => (Number.isSafeInteger(Number(v)) ? Number(v) : v));

export function createPool(url: string, max = 20): pg.Pool {
  return new pg.Pool({ connectionString: url, max, application_name: "backlot", Client: PreparingClient });
}

export function createDb(pool: pg.Pool) {
  return drizzle(pool, { schema });
}

export type Db = ReturnType<typeof createDb>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Anything queries can run on: the pool or a transaction. */
export type Queryable = Db | Tx;
