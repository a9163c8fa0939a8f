import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganization, createPerson, signUp } from "../../../test/factories";
import { createTestApp, type TestApp } from "../../../test/test-app";
import { purgeExpiredAudit } from "./retention";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("audit retention", () => {
  it("purges only history older than the organization's setting", async () => {
    const admin = await signUp(t.app);
    const keeping = await createOrganization(t.app, admin, "Keeps forever");
    const purging = await createOrganization(t.app, admin, "Keeps 30 days");
    await as(t.app, admin)({ method: "PATCH", url: `/api/v1/organizations/${purging.id}`, body: { version: 1, auditRetentionDays: 30 } });
    const old = await createPerson(t.app, admin, purging.id, { displayName: "Old" });
    const recent = await createPerson(t.app, admin, purging.id, { displayName: "Recent" });
    const oldElsewhere = await createPerson(t.app, admin, keeping.id, { displayName: "Old but kept" });
    await t.deps.db.execute(sql`UPDATE audit_log SET at = now() - interval '40 days' WHERE record_id IN (${old.id}, ${oldElsewhere.id})`);

    expect(await purgeExpiredAudit(t.deps.db)).toBe(1);
    const history = async (orgId: string, id: string) =>
      (await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${orgId}/audit/person/${id}` })).json().items.length;
    expect(await history(purging.id, old.id)).toBe(0);
    expect(await history(purging.id, recent.id)).toBe(1);
    expect(await history(keeping.id, oldElsewhere.id)).toBe(1);
  });
});
