import { and, eq, inArray } from "drizzle-orm";
import type { OrgRole } from "@backlot/contracts/core/roles";
import type { Deps } from "../platform/deps";
import { withChanges } from "../platform/audit/changes";
import { instanceSettings, organizations, users } from "../platform/db/schema";
import type { Actor } from "../platform/http/actor";
import { insertMembership } from "../modules/core/members/members.service";
import { createOrganization } from "../modules/core/organizations/organizations.service";
import { createPerson } from "../modules/core/people/people.service";
import { seedDemoBooking } from "./demo-booking";
import { demoPeople } from "./demo-people";
import { seedDemoReview } from "./demo-review";
import { seedDemoTimeline } from "./demo-timeline";
import { seedTrackingDemo } from "./demo-tracking";

export const demoPassword = "northlight-demo-reel";
const demoOrgName = "Northlight Studios (demo)";
const demoDomain = "demo.backlot.dev";

/** One demo user per role, each also a person in the directory. */
const demoUsers: { role: OrgRole; name: string; title: string; department: string }[] = [
  { role: "admin", name: "Ada Admin", title: "Studio Admin", department: "Production" },
  { role: "manager", name: "Max Manager", title: "Head of Production", department: "Production" },
  { role: "member", name: "Mia Member", title: "Compositor", department: "Compositing" },
  { role: "client", name: "Carl Client", title: "Client Producer", department: "Client" },
  { role: "guest", name: "Gus Guest", title: "Vendor Supervisor", department: "Vendor" },
];
const emailFor = (role: OrgRole) => `${role}@${demoDomain}`;

export type DemoInfo = { organizationName: string; email: string; password: string };

async function userByEmail(deps: Deps, email: string) {
  const [row] = await deps.db.select().from(users).where(eq(users.email, email));
  return row ?? null;
}

async function ensureUser(deps: Deps, name: string, email: string): Promise<Actor> {
  const existing = await userByEmail(deps, email);
  if (!existing) await deps.auth.api.signUpEmail({ body: { name, email, password: demoPassword } });
  const user = await userByEmail(deps, email);
  if (!user) throw new Error(`demo user ${email} was not created`);
  return { userId: user.id, name: user.name, email: user.email, via: "session" };
}

/** Creates the demo studio: its organization, a user per role and a few dozen people. */
export async function seedDemo(deps: Deps): Promise<DemoInfo> {
  const actors = new Map<OrgRole, Actor>();
  for (const u of demoUsers) actors.set(u.role, await ensureUser(deps, u.name, emailFor(u.role)));
  const admin = actors.get("admin") as Actor;
  const org = await createOrganization(deps.db, admin, { name: demoOrgName, timeZone: "Europe/London", currency: "GBP", weekStart: "monday", isDemo: true });
  for (const u of demoUsers) {
    const actor = actors.get(u.role) as Actor;
    if (u.role !== "admin") {
      const member = { id: actor.userId, name: actor.name, email: actor.email };
      await withChanges(deps.db, admin.userId, (tx, record) => insertMembership(tx, record, admin.userId, org.id, member, u.role));
    }
    const staff = u.role === "admin" || u.role === "manager" || u.role === "member";
    await createPerson(deps.db, admin, org.id, {
      displayName: u.name,
      email: actor.email,
      title: u.title,
      department: u.department,
      phone: null,
      userId: staff ? actor.userId : null,
    });
  }
  for (const [i, p] of demoPeople.entries()) {
    const email = `${p.displayName
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z ]/g, "")
      .replace(/ /g, ".")}@northlight.example`;
    await createPerson(deps.db, admin, org.id, { ...p, email, phone: `+44 20 7946 ${String(100 + i).padStart(4, "0")}`, userId: null, active: i % 13 !== 12 });
  }
  await seedTrackingDemo(deps, admin, org.id);
  await seedDemoReview(deps, org.id);
  await seedDemoBooking(deps, org.id, admin);
  await seedDemoTimeline(deps, org.id, admin);
  return { organizationName: demoOrgName, email: admin.email, password: demoPassword };
}

/** Removes the demo organization(s) with their stored files and the demo users, then seeds again (`npm run db:seed`). */
export async function reseedDemo(deps: Deps): Promise<DemoInfo> {
  const removed = await deps.db.delete(organizations).where(eq(organizations.isDemo, true)).returning({ id: organizations.id });
  // Files are keyed under their organization's id (files.service saveFile), so its folder holds them all.
  for (const org of removed) await deps.storage.deleteFolder(org.id);
  await deps.db.delete(users).where(
    inArray(
      users.email,
      demoUsers.map((u) => emailFor(u.role)),
    ),
  );
  const info = await seedDemo(deps);
  await markSeeded(deps);
  return info;
}

async function markSeeded(deps: Deps) {
  await deps.db.insert(instanceSettings).values({ key: "demo_seeded", value: new Date().toISOString() }).onConflictDoNothing();
}

/** Seeds once, on the first start of an empty database; a deleted demo stays deleted. */
export async function seedDemoOnFirstStart(deps: Deps): Promise<DemoInfo | null> {
  const [seeded] = await deps.db.select().from(instanceSettings).where(eq(instanceSettings.key, "demo_seeded"));
  if (seeded) {
    const [demoOrg] = await deps.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.isDemo, true)));
    return demoOrg ? { organizationName: demoOrgName, email: emailFor("admin"), password: demoPassword } : null;
  }
  const [anyOrg] = await deps.db.select({ id: organizations.id }).from(organizations).limit(1);
  if (anyOrg) {
    await markSeeded(deps);
    return null;
  }
  deps.log.info("Empty database: creating the demo studio");
  const info = await seedDemo(deps);
  await markSeeded(deps);
  return info;
}
