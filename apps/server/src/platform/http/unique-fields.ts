import type { ProblemDetails } from "./app-error";

/**
 * Unique constraints a request can break, by name, and the body field that broke it. A
 * duplicate (code, key, name…) then answers 409 naming the field, as the services' own
 * checks do, even when two requests race past those checks. Index names are in the schema
 * files (uniqueIndex(...)); a constraint not listed here gets a 409 without a field.
 */
const uniqueFields: Record<string, { path: string; message: string }> = {
  projects_org_code_uq: { path: "body.code", message: "Another project of this organization has this code" },
  entity_types_project_key_uq: { path: "body.key", message: "This project already has an entity type with this key" },
  task_types_project_name_uq: { path: "body.name", message: "This entity type already has a task type with this name" },
  task_statuses_project_code_uq: { path: "body.shortCode", message: "This project already has a status with this short code" },
  entities_project_code_uq: { path: "body.code", message: "This code is already used in this project" },
  tasks_entity_type_uq: { path: "body.taskTypeId", message: "This entity already has a task of this type" },
  field_definitions_key_uq: { path: "body.key", message: "There is already a field with this key here" },
  skills_org_name_uq: { path: "body.name", message: "This skill already exists" },
  resources_org_name_uq: { path: "body.name", message: "There is already a resource of this kind with this name" },
  public_holidays_org_date_uq: { path: "body.date", message: "There is already a holiday on this date" },
};

/** The 409 of a duplicate: names the field when the constraint is known. */
export function duplicateProblem(constraint: string | undefined): { detail: string; details: ProblemDetails } {
  const field = constraint ? uniqueFields[constraint] : undefined;
  if (!field) return { detail: "A record with these values already exists", details: {} };
  return { detail: field.message, details: { errors: [{ path: field.path, message: field.message }] } };
}
