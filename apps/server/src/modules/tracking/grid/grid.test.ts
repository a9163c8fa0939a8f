import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganization, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { createEntity, createProject, gridTask } from "../../../../test/tracking-factories";

let t: TestApp;
let admin: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  orgId = (await createOrganization(t.app, admin)).id;
});
afterAll(() => t.close());

async function slot(base: string, displayName: string) {
  const res = await as(t.app, admin)({ method: "POST", url: `${base}/slots`, body: { role: "Artist", department: "Compositing", displayName } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe("grid", () => {
  it("pages through every row once, in code order, by cursor", async () => {
    const p = await createProject(t.app, admin, orgId);
    const codes = ["SH050", "SH010", "SH040", "SH020", "SH030"];
    for (const code of codes) await createEntity(t.app, admin, p.base, { typeKey: "shot", code });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `${p.base}/grid?type=shot&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const res = await as(t.app, admin)({ method: "GET", url });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { rows: { code: string; tasks: Record<string, unknown> }[]; nextCursor: string | null; total: number };
      expect(page.total).toBe(5);
      for (const row of page.rows) expect(Object.keys(row.tasks)).toHaveLength(7);
      seen.push(...page.rows.map((r) => r.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...codes].sort());
  });

  it("shows each cell's assignee slots in assignment order, and none as an empty list", async () => {
    const p = await createProject(t.app, admin, orgId);
    await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH010" });
    const [a, b, c] = [await slot(p.base, "Comp A"), await slot(p.base, "Comp B"), await slot(p.base, "Comp C")];
    const comp = await gridTask(t.app, admin, p.base, "SH010", p.taskType("Compositing"));
    const call = as(t.app, admin);
    const first = await call({ method: "PATCH", url: `${p.base}/tasks/${comp.id}`, body: { version: comp.version, assigneeSlotIds: [b, a] } });
    expect(first.statusCode, first.body).toBe(200);
    // Assigned in one statement, a and b share a timestamp and are ordered by id; c comes later.
    const second = await call({ method: "PATCH", url: `${p.base}/tasks/${comp.id}`, body: { version: comp.version + 1, assigneeSlotIds: [a, b, c] } });
    expect(second.statusCode, second.body).toBe(200);
    expect((await gridTask(t.app, admin, p.base, "SH010", p.taskType("Compositing"))).assigneeSlotIds).toEqual([...[a, b].sort(), c]);
    expect((await gridTask(t.app, admin, p.base, "SH010", p.taskType("Lighting"))).assigneeSlotIds).toEqual([]);
  });
});
