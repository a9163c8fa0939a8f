import type { QueryResult } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/test-app";
import { PreparingClient } from "./prepared-statements";

let client: PreparingClient;
beforeAll(async () => {
  client = new PreparingClient({ connectionString: await createTestDatabase() });
  await client.connect();
});
afterAll(() => client.end());

/** One query's rows (PreparingClient.query passes every node-postgres overload through, untyped). */
async function rowsOf<T>(text: string | { text: string; values: unknown[] }, values?: unknown[]): Promise<T[]> {
  const result: QueryResult = await client.query(text, values);
  return result.rows as T[];
}

/** What this connection's backend holds prepared, by statement text. */
async function preparedTexts(): Promise<string[]> {
  const rows = await rowsOf<{ statement: string }>("SELECT statement FROM pg_prepared_statements ORDER BY statement");
  return rows.map((r) => r.statement);
}

describe("PreparingClient", () => {
  it("prepares a parameterised statement once and reuses it, with correct answers each time", async () => {
    const text = "SELECT $1::int * 2 AS doubled";
    for (const n of [1, 2, 3]) {
      const rows = await rowsOf<{ doubled: number }>(text, [n]);
      expect(rows[0]?.doubled).toBe(n * 2);
    }
    // Query config objects (how Drizzle sends its statements) are named too.
    const viaConfig = await rowsOf<{ doubled: number }>({ text, values: [21] });
    expect(viaConfig[0]?.doubled).toBe(42);
    expect((await preparedTexts()).filter((t) => t === text)).toHaveLength(1);
  });

  it("leaves statements without parameters, and bulk statements, unprepared", async () => {
    await client.query("SELECT 40 + 2 AS answer");
    const many = Array.from({ length: 150 }, (_, i) => i);
    const bulk = `SELECT ${many.map((i) => `$${i + 1}::int`).join(" + ")} AS total`;
    const rows = await rowsOf<{ total: number }>(bulk, many);
    expect(rows[0]?.total).toBe((149 * 150) / 2);
    const texts = await preparedTexts();
    expect(texts).not.toContain("SELECT 40 + 2 AS answer");
    expect(texts).not.toContain(bulk);
  });

  it("a statement that failed to prepare is prepared again on its next use", async () => {
    const text = "SELECT count(*)::int AS n FROM created_later WHERE id > $1";
    await expect(client.query(text, [0])).rejects.toThrow(/created_later/);
    await client.query("CREATE TABLE created_later (id int)");
    await client.query("INSERT INTO created_later VALUES (1), (2)");
    const rows = await rowsOf<{ n: number }>(text, [0]);
    expect(rows[0]?.n).toBe(2);
  });

  it("errors at execution leave the prepared statement usable", async () => {
    const text = "SELECT 10 / $1::int AS q";
    await expect(client.query(text, [0])).rejects.toThrow(/division by zero/);
    const rows = await rowsOf<{ q: number }>(text, [5]);
    expect(rows[0]?.q).toBe(2);
  });
});
