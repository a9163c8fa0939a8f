import { and, eq } from "drizzle-orm";
import type { Deps } from "../platform/deps";
import { organizations, users } from "../platform/db/schema";
import type { Actor } from "../platform/http/actor";
import type { Access } from "../modules/core/access/access.repo";
import { loadAccess } from "../modules/core/access/access.repo";
import { loadProjectConfig } from "../modules/tracking/config/config.repo";
import { todayIn } from "../modules/tracking/time/timesheet";
import { listTasks } from "../modules/tracking/tasks/tasks.repo";
import { projects } from "../modules/tracking/tracking.schema";

type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];

/** A demo user acting through the services, as their requests would. */
export type Player = Actor & { access: Access };

/**
 * Who is who in the demo show's review: Max the VFX supervisor runs dailies, Mia (compositor 1)
 * submits, Ada the production coordinator ingests vendor deliveries.
 */
export type ReviewStage = {
  deps: Deps;
  organizationId: string;
  scope: { organizationId: string; projectId: string };
  supervisor: Player;
  artist: Player;
  coordinator: Player;
  tasks: TaskRow[];
  statusId: (shortCode: string) => string;
  today: string;
  timeZone: string;
};

async function player(deps: Deps, organizationId: string, email: string): Promise<Player> {
  const [user] = await deps.db.select().from(users).where(eq(users.email, email));
  const access = user ? await loadAccess(deps.db, organizationId, user.id) : null;
  if (!user || !access) throw new Error(`demo user ${email} is not a member of the demo studio`);
  return { userId: user.id, name: user.name, email: user.email, via: "session", access };
}

export async function loadStage(deps: Deps, organizationId: string): Promise<ReviewStage> {
  const [project] = await deps.db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), eq(projects.code, "HBL")));
  const [org] = await deps.db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
  if (!project || !org) throw new Error("the demo show Harbour Lights is missing");
  const scope = { organizationId, projectId: project.id };
  const config = await loadProjectConfig(deps.db, organizationId, project.id);
  const supervisor = await player(deps, organizationId, "manager@demo.backlot.dev");
  const tasks = await listTasks(deps.db, organizationId, { projectId: project.id, limit: 1000, userId: supervisor.userId, after: null });
  return {
    deps,
    organizationId,
    scope,
    supervisor,
    artist: await player(deps, organizationId, "member@demo.backlot.dev"),
    coordinator: await player(deps, organizationId, "admin@demo.backlot.dev"),
    tasks,
    statusId: (code) => config.statuses.find((s) => s.shortCode === code)?.id as string,
    today: todayIn(org.timeZone),
    timeZone: org.timeZone,
  };
}

/** The task of a shot's step, e.g. ("HBR_0040", "Compositing"). */
export function taskOf(stage: ReviewStage, shot: string, step: string): TaskRow {
  const task = stage.tasks.find((t) => t.entityCode === shot && t.taskTypeName === step);
  if (!task) throw new Error(`demo task ${shot} ${step} is missing`);
  return task;
}

/** An @mention as the comment editor writes it. */
export const mention = (p: Player) => `@[${p.name}](user:${p.userId})`;

/**
 * Runs `work` over the items a few at a time, results in the items' order. Seeding is a chain
 * of small transactions, each waiting for its commit to reach disk; a few in flight share the
 * flushes and first start is that much shorter.
 */
export async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
  return results;
}
