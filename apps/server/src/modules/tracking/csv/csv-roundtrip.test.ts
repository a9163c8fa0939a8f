import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganization, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { createProject } from "../../../../test/tracking-factories";

/**
 * Property (CORE-13): whatever entities a studio has — leading zeros, accents, CJK, commas,
 * quotes and line breaks in names, custom values — exporting them and importing that file
 * changes nothing.
 */
let t: TestApp;
let admin: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  orgId = (await createOrganization(t.app, admin)).id;
});
afterAll(() => t.close());

const letters = fc.constantFrom(..."0123456789ABCZabcÉéÖ東京_-.".split(""));
const code = fc
  .tuple(fc.constantFrom("0", "SH", "É", "東", "a", "9"), fc.array(letters, { maxLength: 8 }))
  .map(([head, tail]) => `${head}${tail.join("")}`.slice(0, 64));
const text = fc.string({ unit: fc.constantFrom(..."ab ,\"'\n;éß東🎬0".split("")), maxLength: 30 });
const shot = fc.record({
  code,
  name: fc.option(text, { nil: "" }),
  frames: fc.option(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 500 })), { nil: null }),
  tier: fc.constantFrom("", "hero", "background"),
  budget: fc.option(fc.integer({ min: -1000, max: 1_000_000 }), { nil: null }),
  note: fc.option(text, { nil: "" }),
  tags: fc.array(fc.constantFrom("night", "rain", "crowd", "ÉTÉ"), { maxLength: 3 }),
});

describe("CSV round trip", () => {
  it("export → import of the same file is a no-op", async () => {
    const p = await createProject(t.app, admin, orgId, { template: "blank" });
    const call = as(t.app, admin);
    for (const body of [
      { object: "shot", key: "tier", label: "Tier", fieldType: "select", options: ["hero", "background"] },
      { object: "shot", key: "budget", label: "Budget", fieldType: "currency" },
      { object: "shot", key: "note", label: "Note", fieldType: "text" },
    ]) {
      expect((await call({ method: "POST", url: `${p.base}/fields`, body })).statusCode).toBe(201);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(shot, { selector: (s) => s.code, minLength: 1, maxLength: 12 }),
        fc.constantFrom("SQ010", "0100", "é"),
        async (shots, seq) => {
          const rows = shots.map((s) => [
            s.code,
            s.name,
            seq,
            s.frames ? String(s.frames[0]) : "",
            s.frames ? String(s.frames[0] + s.frames[1]) : "",
            s.tags.join("; "),
            s.tier,
            s.budget === null ? "" : String(s.budget),
            s.note,
          ]);
          const csv = stringify([["code", "name", "parent", "frame_in", "frame_out", "tags", "custom.tier", "custom.budget", "custom.note"], ...rows]);
          const first = await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv, type: "shot", dryRun: false } });
          if (first.statusCode !== 200) throw new Error(first.body);
          const exported = await call({ method: "GET", url: `${p.base}/export/entities.csv?type=shot` });
          const back = (await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv: exported.body, type: "shot", dryRun: false } })).json();
          expect(back.rows.filter((r: { action: string }) => r.action !== "unchanged")).toEqual([]);
          expect(back.importId).toBeNull();
          const again = (await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv, type: "shot", dryRun: true } })).json();
          expect(again.summary.update + again.summary.create + again.summary.error).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
