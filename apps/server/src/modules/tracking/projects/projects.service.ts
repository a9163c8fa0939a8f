import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createProjectBody, updateProjectBody } from "@backlot/contracts/tracking/projects";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Queryable, Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { entityTypes, projects, roleSlots, taskStatuses, taskTypes } from "../tracking.schema";
import { defaultStatuses, templates } from "@backlot/contracts/tracking/project-templates";
import { presentProject, type ProjectRow } from "./projects.presenter";
import { getProject } from "./projects.repo";

/** Loads a project of this organization or answers 404; every project sub-resource starts here. */
export async function requireProject(db: Queryable, organizationId: string, projectId: string): Promise<ProjectRow> {
  const project = await getProject(db, organizationId, projectId);
  if (!project) throw notFound("Project");
  return project;
}

/** Inserts what the template presets: entity types, task types, statuses and role slots. */
async function applyTemplate(tx: Tx, actor: Actor, project: ProjectRow) {
  const template = templates[(project.template ?? "blank") as keyof typeof templates];
  const base = { organizationId: project.organizationId, projectId: project.id, createdBy: actor.userId, updatedBy: actor.userId };
  await tx
    .insert(entityTypes)
    .values(
      template.entityTypes.map((t, i) => ({ ...base, id: uuidv7(), key: t.key, name: t.name, parentKey: t.parentKey ?? null, sortOrder: i, builtIn: true })),
    );
  if (template.taskTypes.length > 0) {
    await tx.insert(taskTypes).values(template.taskTypes.map((t, i) => ({ ...base, id: uuidv7(), ...t, gatesCasting: t.gatesCasting ?? false, sortOrder: i })));
  }
  await tx.insert(taskStatuses).values(defaultStatuses.map((s, i) => ({ ...base, id: uuidv7(), ...s, isDefault: s.isDefault ?? false, sortOrder: i })));
  if (template.slots.length > 0) {
    await tx.insert(roleSlots).values(template.slots.map((s, i) => ({ ...base, id: uuidv7(), ...s, sortOrder: i })));
  }
}

export async function createProject(db: Db, actor: Actor, organizationId: string, body: z.output<typeof createProjectBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const template = templates[body.template];
    const [row] = await tx
      .insert(projects)
      .values({
        ...body,
        status: body.status ?? "active",
        assetTypes: body.assetTypes ?? template.assetTypes,
        organizationId,
        id: uuidv7(),
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await applyTemplate(tx, actor, row);
    const after = presentProject(row);
    record({ organizationId, recordType: "project", recordId: row.id, action: "create", after, event: "project.created" });
    return after;
  });
}

type ProjectChange = { version: number; fields: Partial<typeof projects.$inferInsert>; action?: "update" | "archive" | "restore" };

async function changeProject(db: Db, actor: Actor, organizationId: string, id: string, change: (before: ProjectRow) => ProjectChange) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireProject(tx, organizationId, id);
    const { version, fields, action } = change(before);
    return saveVersioned(tx, record, {
      table: projects,
      before,
      fields,
      version,
      actorId: actor.userId,
      present: presentProject,
      recordType: "project",
      action,
      event: "project.updated",
    });
  });
}

export function updateProject(db: Db, actor: Actor, organizationId: string, id: string, body: z.output<typeof updateProjectBody>) {
  const { version, ...fields } = body;
  return changeProject(db, actor, organizationId, id, (before) => {
    const start = fields.startDate === undefined ? before.startDate : fields.startDate;
    const end = fields.endDate === undefined ? before.endDate : fields.endDate;
    if (start && end && start > end)
      throw new AppError("validation_failed", 400, "The end date is before the start date", {
        errors: [{ path: "body.endDate", message: "The end date is before the start date" }],
      });
    return { version, fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
  });
}

export function setProjectArchived(db: Db, actor: Actor, organizationId: string, id: string, version: number, archived: boolean) {
  return changeProject(db, actor, organizationId, id, (before) => {
    if (Boolean(before.archivedAt) === archived)
      throw new AppError("conflict", 409, archived ? "This project is already archived" : "This project is not archived");
    return { version, fields: { archivedAt: archived ? new Date() : null }, action: archived ? "archive" : "restore" };
  });
}
