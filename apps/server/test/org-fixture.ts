import { afterAll, beforeAll } from "vitest";
import { createOrganization, signUp, type TestUser } from "./factories";
import { createTestApp, type TestApp } from "./test-app";

export type OrgFixture = { t: TestApp; admin: TestUser; orgId: string };

/**
 * The usual start of a test file: the app on its own database, a signed-up admin and their
 * organization, created before the file's tests and closed after. Read the fields inside tests.
 */
export function organizationFixture(): OrgFixture {
  const fixture = {} as OrgFixture;
  beforeAll(async () => {
    fixture.t = await createTestApp();
    fixture.admin = await signUp(fixture.t.app);
    fixture.orgId = (await createOrganization(fixture.t.app, fixture.admin)).id;
  });
  afterAll(() => fixture.t.close());
  return fixture;
}
