import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createFieldBody, updateFieldBody } from "@backlot/contracts/tracking/fields";
import { fieldValueSchema } from "@backlot/contracts/tracking/fields";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db } from "../../../platform/db/pool";
import { fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { requireProject } from "../projects/projects.service";
import { fieldDefinitions } from "../tracking.schema";
import { presentFieldDefinition } from "./fields.presenter";
import { getFieldDefinition } from "./fields.repo";

type Scope = { organizationId: string; projectId: string };
const choiceTypes = new Set(["select", "multi_select"]);

/** Select fields need choices, and a default must itself be a valid value. */
function checkDefinition(fieldType: string, options: string[], defaultValue: unknown) {
  if (choiceTypes.has(fieldType) && options.length === 0) throw fieldError("body.options", "A select field needs at least one option");
  if (new Set(options).size !== options.length) throw fieldError("body.options", "Options must be unique");
  if (defaultValue != null && !fieldValueSchema({ fieldType: fieldType as never, options }).safeParse(defaultValue).success) {
    throw fieldError("body.defaultValue", "The default is not a valid value of this field");
  }
}

export function createField(db: Db, actor: Actor, scope: Scope, body: z.output<typeof createFieldBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, scope.organizationId, scope.projectId);
    const options = body.options ?? [];
    checkDefinition(body.fieldType, options, body.defaultValue);
    const [row] = await tx
      .insert(fieldDefinitions)
      .values({
        ...scope,
        id: uuidv7(),
        object: body.object,
        key: body.key,
        label: body.label,
        fieldType: body.fieldType,
        options,
        required: body.required ?? false,
        defaultValue: body.defaultValue ?? null,
        sortOrder: body.sortOrder ?? 0,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const after = presentFieldDefinition(row);
    record({
      organizationId: scope.organizationId,
      recordType: "field_definition",
      recordId: row.id,
      action: "create",
      after,
      event: "field_definition.changed",
    });
    return after;
  });
}

export function updateField(db: Db, actor: Actor, scope: Scope, id: string, body: z.output<typeof updateFieldBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getFieldDefinition(tx, scope.organizationId, scope.projectId, id);
    if (!before) throw notFound("Custom field");
    const { version, archived, ...fields } = body;
    checkDefinition(before.fieldType, fields.options ?? before.options, fields.defaultValue === undefined ? before.defaultValue : fields.defaultValue);
    const changes: Partial<typeof fieldDefinitions.$inferInsert> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (archived !== undefined) changes.archivedAt = archived ? new Date() : null;
    return saveVersioned(tx, record, {
      table: fieldDefinitions,
      before: before as typeof before & { organizationId: string; id: string },
      fields: changes,
      version,
      actorId: actor.userId,
      present: presentFieldDefinition,
      recordType: "field_definition",
      event: "field_definition.changed",
    });
  });
}
