import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxEvents } from "../../platform/db/schema";
import { as, createOrganization, signUp, type TestUser } from "../../../test/factories";
import { createTestApp, type TestApp } from "../../../test/test-app";
import { createEntity, createProject, gridTask } from "../../../test/tracking-factories";

let t: TestApp;
let admin: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  orgId = (await createOrganization(t.app, admin)).id;
});
afterAll(() => t.close());

async function eventsOf(types: ("casting.changed" | "dependency.changed" | "import.completed")[]) {
  return t.deps.db
    .select({ type: outboxEvents.type, recordId: outboxEvents.recordId, data: outboxEvents.data })
    .from(outboxEvents)
    .where(and(eq(outboxEvents.organizationId, orgId), inArray(outboxEvents.type, types)))
    .orderBy(outboxEvents.id);
}

/**
 * Clients refetch a project's lists on these events (apply-tracking-event.ts), so each must
 * name its project; the history keeps its summary without the project id.
 */
describe("link events", () => {
  it("casting, dependency and import events carry their project id", async () => {
    const p = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    const shot = await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH010" });
    const asset = await createEntity(t.app, admin, p.base, { typeKey: "asset", code: "chr_ada", assetType: "character" });
    const cast = await call({ method: "PUT", url: `${p.base}/entities/${shot.id}/casting`, body: { assets: [{ assetId: asset.id, occurrences: 2 }] } });
    expect(cast.statusCode, cast.body).toBe(200);
    const [comp, light] = [
      await gridTask(t.app, admin, p.base, "SH010", p.taskType("Compositing")),
      await gridTask(t.app, admin, p.base, "SH010", p.taskType("Lighting")),
    ];
    const link = await call({ method: "POST", url: `${p.base}/tasks/${comp.id}/dependencies`, body: { predecessorId: light.id } });
    expect(link.statusCode, link.body).toBe(201);
    const imported = await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv: "code\nSH020\n", type: "shot", dryRun: false } });
    expect(imported.statusCode, imported.body).toBe(200);
    const undo = await call({ method: "POST", url: `${p.base}/imports/${imported.json().importId}/undo` });
    expect(undo.statusCode, undo.body).toBe(200);

    const events = await eventsOf(["casting.changed", "dependency.changed", "import.completed"]);
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ["casting.changed", { projectId: p.project.id, entityId: shot.id, assets: ["chr_ada×2"] }],
      ["dependency.changed", { projectId: p.project.id, taskId: comp.id, predecessorId: light.id }],
      ["import.completed", { projectId: p.project.id, kind: "entities", summary: { create: 1, update: 0, unchanged: 0, error: 0 }, undone: false }],
      ["import.completed", { projectId: p.project.id, kind: "entities", undone: true }],
    ]);
    const history = await call({ method: "GET", url: `/api/v1/organizations/${orgId}/audit/task/${comp.id}` });
    expect(history.statusCode, history.body).toBe(200);
    const linked = history.json().items.find((e: { changes: { field: string }[] }) => e.changes.some((c) => c.field === "predecessors"));
    expect(linked.changes.map((c: { field: string }) => c.field)).toEqual(["predecessors"]);
  });
});
