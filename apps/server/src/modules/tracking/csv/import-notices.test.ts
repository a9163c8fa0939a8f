import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, createPerson, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { createProject } from "../../../../test/tracking-factories";
import { outboxEvents } from "../../../platform/db/schema";

let t: TestApp;
let admin: TestUser;
let artist: TestUser;
let lead: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  [admin, artist, lead] = [await signUp(t.app, { name: "Ada" }), await signUp(t.app, { name: "Mia" }), await signUp(t.app, { name: "Lee" })];
  orgId = (await createOrganization(t.app, admin)).id;
  await addMember(t.app, admin, orgId, artist, "member");
  await addMember(t.app, admin, orgId, lead, "member");
});
afterAll(() => t.close());

const inbox = async (user: TestUser) =>
  (await as(t.app, user)({ method: "GET", url: `/api/v1/organizations/${orgId}/notifications` })).json().items as { title: string; kind: string }[];

describe("task CSV import assignments", () => {
  it("sends each newly assigned person one inbox message per import, with its live event", async () => {
    const p = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    const slot = async (displayName: string, user?: TestUser) => {
      const personId = user ? (await createPerson(t.app, admin, orgId, { displayName: `${displayName} person`, userId: user.id })).id : undefined;
      const res = await call({ method: "POST", url: `${p.base}/slots`, body: { role: "Artist", department: "Compositing", displayName, personId } });
      expect(res.statusCode, res.body).toBe(201);
    };
    await slot("Comp A", artist);
    await slot("Comp B", artist); // the same person in a second slot: still one message
    await slot("Comp Lead", lead);
    await slot("Comp Open");
    const shots = await call({ method: "POST", url: `${p.base}/imports/entities`, body: { csv: "code\nSH010\nSH020\nSH030\n", type: "shot", dryRun: false } });
    expect(shots.statusCode, shots.body).toBe(200);

    const csv = [
      "entity_type,entity_code,task_type,assignees",
      "shot,SH010,Compositing,Comp A",
      "shot,SH020,Compositing,Comp A; Comp Open",
      "shot,SH030,Compositing,Comp B",
      "shot,SH030,Lighting,Comp Lead",
    ].join("\n");
    const dry = await call({ method: "POST", url: `${p.base}/imports/tasks`, body: { csv } });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(await inbox(artist)).toEqual([]); // a dry run tells nobody
    const applied = await call({ method: "POST", url: `${p.base}/imports/tasks`, body: { csv, dryRun: false } });
    expect(applied.statusCode, applied.body).toBe(200);
    expect((await inbox(artist)).map((n) => [n.kind, n.title])).toEqual([["assignment", "You were assigned to SH010 · Compositing and 2 more tasks"]]);
    expect((await inbox(lead)).map((n) => n.title)).toEqual(["You were assigned to SH030 · Lighting"]);
    expect(await inbox(admin)).toEqual([]); // never the person who imported
    const events = await t.deps.db
      .select({ data: outboxEvents.data })
      .from(outboxEvents)
      .where(and(eq(outboxEvents.organizationId, orgId), eq(outboxEvents.type, "notification.created")));
    expect(events).toHaveLength(2);

    // The same file again changes nothing and tells nobody; a new assignee on an assigned task is news to them only.
    await call({ method: "POST", url: `${p.base}/imports/tasks`, body: { csv, dryRun: false } });
    const more = "entity_type,entity_code,task_type,assignees\nshot,SH010,Compositing,Comp A; Comp Lead\n";
    expect((await call({ method: "POST", url: `${p.base}/imports/tasks`, body: { csv: more, dryRun: false } })).statusCode).toBe(200);
    expect(await inbox(artist)).toHaveLength(1);
    expect((await inbox(lead)).map((n) => n.title)).toEqual(["You were assigned to SH010 · Compositing", "You were assigned to SH030 · Lighting"]);
  });
});
