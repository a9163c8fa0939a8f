import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { reseedDemo, seedDemo } from "./demo-seed";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Counts = {
  bookings: number;
  confirmed: number;
  holds: number;
  placeholders: number;
  open_challenges: number;
  rooms: number;
  skilled: number;
  events: number;
};

async function counts(): Promise<Counts> {
  const result = await t.deps.db.execute<Counts>(sql`
    SELECT (SELECT count(*)::int FROM bookings) AS bookings,
           (SELECT count(*)::int FROM bookings WHERE status = 'confirmed') AS confirmed,
           (SELECT count(*)::int FROM bookings WHERE status = 'hold') AS holds,
           (SELECT count(*)::int FROM bookings WHERE bookable_id IS NULL) AS placeholders,
           (SELECT count(*)::int FROM booking_challenges WHERE status = 'open') AS open_challenges,
           (SELECT count(*)::int FROM resources) AS rooms,
           (SELECT count(DISTINCT person_id)::int FROM person_skills) AS skilled,
           (SELECT count(*)::int FROM booking_events) AS events`);
  return result.rows[0] as Counts;
}

describe("demo studio booking data", () => {
  it("seeds skills, rooms, confirmed bookings, ranked holds with an open challenge and a placeholder; a reseed replaces them", async () => {
    await seedDemo(t.deps);
    const first = await counts();
    expect(first).toMatchObject({ confirmed: 6, holds: 4, placeholders: 1, open_challenges: 1, rooms: 4 });
    expect(first.skilled).toBeGreaterThan(20);
    // Deleting the demo organization cascades through the never-purged booking history.
    await reseedDemo(t.deps);
    expect(await counts()).toEqual(first);
    // Two full demo seeds (sign-ups hash passwords, ~100 audited writes each): slow on a busy CI box.
  }, 180_000);
});
