import fs from "node:fs";
import path from "node:path";
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
  phases: number;
  links: number;
  milestones: number;
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
           (SELECT count(*)::int FROM booking_events) AS events,
           (SELECT count(*)::int FROM timeline_phases) AS phases,
           (SELECT count(*)::int FROM timeline_dependencies) AS links,
           (SELECT count(*)::int FROM timeline_milestones) AS milestones`);
  return result.rows[0] as Counts;
}

/** Finish-to-start links the demo's dates break: none, so the timeline opens without warnings. */
async function brokenLinks(): Promise<number> {
  const result = await t.deps.db.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM timeline_dependencies d
    JOIN timeline_phases p ON p.organization_id = d.organization_id AND p.id = d.predecessor_id
    JOIN timeline_phases s ON s.organization_id = d.organization_id AND s.id = d.successor_id
    WHERE s.start_date <= p.end_date + d.lag_days`);
  return result.rows[0]?.n ?? -1;
}

describe("demo studio booking data", () => {
  it("seeds skills, rooms, confirmed bookings, ranked holds with an open challenge, a placeholder and project timelines; a reseed replaces them", async () => {
    await seedDemo(t.deps);
    const first = await counts();
    expect(first).toMatchObject({ confirmed: 6, holds: 4, placeholders: 1, open_challenges: 1, rooms: 4 });
    expect(first.skilled).toBeGreaterThan(20);
    // Project timelines of the VFX show and the commercial (BOOK-8).
    expect(first).toMatchObject({ phases: 9, links: 7, milestones: 6 });
    expect(await brokenLinks()).toBe(0);
    const demoOrgId = async () => (await t.deps.db.execute<{ id: string }>(sql`SELECT id FROM organizations WHERE is_demo`)).rows[0]?.id as string;
    const filesOf = (orgId: string) => path.join(t.deps.config.dataDir, "files", orgId);
    const before = await demoOrgId();
    expect(fs.readdirSync(filesOf(before)).length).toBeGreaterThan(0);
    // Deleting the demo organization cascades through the never-purged booking history, and
    // takes its stored files (review frames, thumbnails) with it.
    await reseedDemo(t.deps);
    expect(await counts()).toEqual(first);
    expect(fs.existsSync(filesOf(before))).toBe(false);
    expect(fs.readdirSync(filesOf(await demoOrgId())).length).toBeGreaterThan(0);
    // Two full demo seeds (sign-ups hash passwords, ~100 audited writes each): slow on a busy CI box.
  }, 180_000);
});
