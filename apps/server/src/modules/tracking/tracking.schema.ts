/**
 * Production tracking tables (SPEC TRK-1 … TRK-10, CORE-5/6/7/8/9/13/14). Every table is keyed by
 * (organization_id, id) and every join key carries organization_id (SPEC decision 1, Citus-ready).
 * Cross-table references are composite foreign keys on (organization_id, …) so a row can never
 * point into another organization.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  type ExtraConfigColumn,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, people, users } from "../../platform/db/schema";

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const org = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });
const stamps = () => ({
  version: integer("version").notNull().default(1),
  createdAt: tz("created_at").notNull().defaultNow(),
  updatedAt: tz("updated_at").notNull().defaultNow(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
});

// ---------- projects and their configuration ----------

export const projects = pgTable(
  "projects",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    code: text("code").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("active"),
    startDate: date("start_date"),
    endDate: date("end_date"),
    clientName: text("client_name"),
    description: text("description"),
    template: text("template"),
    fps: numeric("fps", { precision: 6, scale: 3, mode: "number" }).notNull().default(24),
    assetTypes: jsonb("asset_types").$type<string[]>().notNull().default([]),
    tags: text("tags").array().notNull().default(sql`'{}'`),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), uniqueIndex("projects_org_code_uq").on(t.organizationId, sql`lower(${t.code})`)],
);

const projectRef = (t: { organizationId: ExtraConfigColumn; projectId: ExtraConfigColumn }, name: string) =>
  foreignKey({ name, columns: [t.organizationId, t.projectId], foreignColumns: [projects.organizationId, projects.id] }).onDelete("cascade");

/** Entity types of a project: the built-in kinds (episode, sequence, shot, asset, scene) and custom ones. */
export const entityTypes = pgTable(
  "entity_types",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    parentKey: text("parent_key"),
    sortOrder: integer("sort_order").notNull().default(0),
    builtIn: boolean("built_in").notNull().default(false),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("entity_types_project_key_uq").on(t.organizationId, t.projectId, t.key),
    projectRef(t, "entity_types_project_fk"),
  ],
);

/** Pipeline steps: which entity type they apply to, their department and order (TRK-5, TRK-10). */
export const taskTypes = pgTable(
  "task_types",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    name: text("name").notNull(),
    department: text("department"),
    entityTypeKey: text("entity_type_key").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    color: text("color").notNull().default("#868e96"),
    /** Created automatically on each new entity of the type (TRK-10). */
    autoCreate: boolean("auto_create").notNull().default(true),
    /** An asset task whose approval gates the shots the asset is cast in (TRK-6 readiness). */
    gatesCasting: boolean("gates_casting").notNull().default(false),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("task_types_project_name_uq").on(t.organizationId, t.projectId, t.entityTypeKey, sql`lower(${t.name})`),
    projectRef(t, "task_types_project_fk"),
  ],
);

/** Task statuses with the semantic state reports and readiness rely on (TRK-5). */
export const taskStatuses = pgTable(
  "task_statuses",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    name: text("name").notNull(),
    shortCode: text("short_code").notNull(),
    state: text("state").notNull(),
    color: text("color").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    isDefault: boolean("is_default").notNull().default(false),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("task_statuses_project_code_uq").on(t.organizationId, t.projectId, sql`lower(${t.shortCode})`),
    projectRef(t, "task_statuses_project_fk"),
  ],
);

/** Project members as role slots, filled by a person now or later (SPEC decision 4, TRK-2). */
export const roleSlots = pgTable(
  "role_slots",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    role: text("role").notNull(),
    department: text("department"),
    displayName: text("display_name").notNull(),
    personId: uuid("person_id"),
    sortOrder: integer("sort_order").notNull().default(0),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("role_slots_project_idx").on(t.organizationId, t.projectId),
    index("role_slots_person_idx").on(t.organizationId, t.personId),
    projectRef(t, "role_slots_project_fk"),
    foreignKey({ name: "role_slots_person_fk", columns: [t.organizationId, t.personId], foreignColumns: [people.organizationId, people.id] }),
  ],
);

// ---------- entities and casting ----------

/** Episodes, sequences, shots, assets, scenes and custom types in one table (SPEC decision 5). */
export const entities = pgTable(
  "entities",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    typeKey: text("type_key").notNull(),
    code: text("code").notNull(),
    name: text("name"),
    description: text("description"),
    parentId: uuid("parent_id"),
    assetType: text("asset_type"),
    frameIn: integer("frame_in"),
    frameOut: integer("frame_out"),
    fps: numeric("fps", { precision: 6, scale: 3, mode: "number" }),
    thumbnailFileId: uuid("thumbnail_file_id"),
    custom: jsonb("custom").$type<Record<string, unknown>>().notNull().default({}),
    tags: text("tags").array().notNull().default(sql`'{}'`),
    sortOrder: integer("sort_order").notNull().default(0),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("entities_project_code_uq").on(t.organizationId, t.projectId, t.typeKey, t.code),
    index("entities_project_type_idx").on(t.organizationId, t.projectId, t.typeKey, t.code, t.id),
    index("entities_parent_idx").on(t.organizationId, t.parentId),
    index("entities_custom_idx").using("gin", t.custom),
    index("entities_tags_idx").using("gin", t.tags),
    projectRef(t, "entities_project_fk"),
    foreignKey({ name: "entities_parent_fk", columns: [t.organizationId, t.parentId], foreignColumns: [t.organizationId, t.id] }),
  ],
);

/** Which assets appear in which shots or scenes, and how often (TRK-4). */
export const castings = pgTable(
  "castings",
  {
    organizationId: org(),
    projectId: uuid("project_id").notNull(),
    entityId: uuid("entity_id").notNull(),
    assetId: uuid("asset_id").notNull(),
    occurrences: integer("occurrences").notNull().default(1),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.entityId, t.assetId] }),
    index("castings_asset_idx").on(t.organizationId, t.assetId),
    projectRef(t, "castings_project_fk"),
    foreignKey({ name: "castings_entity_fk", columns: [t.organizationId, t.entityId], foreignColumns: [entities.organizationId, entities.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ name: "castings_asset_fk", columns: [t.organizationId, t.assetId], foreignColumns: [entities.organizationId, entities.id] }).onDelete(
      "cascade",
    ),
  ],
);

// ---------- tasks ----------

export const tasks = pgTable(
  "tasks",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    entityId: uuid("entity_id"),
    taskTypeId: uuid("task_type_id").notNull(),
    statusId: uuid("status_id").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    startDate: date("start_date"),
    dueDate: date("due_date"),
    estimateHours: numeric("estimate_hours", { precision: 8, scale: 2, mode: "number" }),
    priority: integer("priority").notNull().default(0),
    custom: jsonb("custom").$type<Record<string, unknown>>().notNull().default({}),
    tags: text("tags").array().notNull().default(sql`'{}'`),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("tasks_entity_type_uq").on(t.organizationId, t.entityId, t.taskTypeId).where(sql`${t.archivedAt} IS NULL AND ${t.entityId} IS NOT NULL`),
    // Also serves the grid's status filter: with entity_id in the key and only live tasks in it,
    // "entities with a task in this status" is answered from the index alone (bench/RESULTS.md).
    index("tasks_project_status_idx").on(t.organizationId, t.projectId, t.statusId, t.entityId).where(sql`${t.archivedAt} IS NULL`),
    index("tasks_project_type_idx").on(t.organizationId, t.projectId, t.taskTypeId),
    projectRef(t, "tasks_project_fk"),
    foreignKey({ name: "tasks_entity_fk", columns: [t.organizationId, t.entityId], foreignColumns: [entities.organizationId, entities.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ name: "tasks_type_fk", columns: [t.organizationId, t.taskTypeId], foreignColumns: [taskTypes.organizationId, taskTypes.id] }),
    foreignKey({ name: "tasks_status_fk", columns: [t.organizationId, t.statusId], foreignColumns: [taskStatuses.organizationId, taskStatuses.id] }),
  ],
);

export const taskAssignees = pgTable(
  "task_assignees",
  {
    organizationId: org(),
    taskId: uuid("task_id").notNull(),
    slotId: uuid("slot_id").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.taskId, t.slotId] }),
    index("task_assignees_slot_idx").on(t.organizationId, t.slotId, t.taskId),
    foreignKey({ name: "task_assignees_task_fk", columns: [t.organizationId, t.taskId], foreignColumns: [tasks.organizationId, tasks.id] }).onDelete("cascade"),
    foreignKey({ name: "task_assignees_slot_fk", columns: [t.organizationId, t.slotId], foreignColumns: [roleSlots.organizationId, roleSlots.id] }).onDelete(
      "cascade",
    ),
  ],
);

/** Finish-to-start links; the service refuses cycles (TRK-6). */
export const taskDependencies = pgTable(
  "task_dependencies",
  {
    organizationId: org(),
    predecessorId: uuid("predecessor_id").notNull(),
    successorId: uuid("successor_id").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.predecessorId, t.successorId] }),
    index("task_dependencies_successor_idx").on(t.organizationId, t.successorId),
    foreignKey({ name: "task_dependencies_pred_fk", columns: [t.organizationId, t.predecessorId], foreignColumns: [tasks.organizationId, tasks.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ name: "task_dependencies_succ_fk", columns: [t.organizationId, t.successorId], foreignColumns: [tasks.organizationId, tasks.id] }).onDelete(
      "cascade",
    ),
  ],
);

// ---------- custom fields (CORE-7, ARCHITECTURE convention 6) ----------

export const fieldDefinitions = pgTable(
  "field_definitions",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id"),
    /** The object the field belongs to: an entity type key ("shot", "asset", …) or "task". */
    object: text("object").notNull(),
    key: text("key").notNull(),
    label: text("label").notNull(),
    fieldType: text("field_type").notNull(),
    options: jsonb("options").$type<string[]>().notNull().default([]),
    required: boolean("required").notNull().default(false),
    defaultValue: jsonb("default_value"),
    sortOrder: integer("sort_order").notNull().default(0),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("field_definitions_key_uq").on(t.organizationId, sql`coalesce(${t.projectId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.object, t.key),
    foreignKey({
      name: "field_definitions_project_fk",
      columns: [t.organizationId, t.projectId],
      foreignColumns: [projects.organizationId, projects.id],
    }).onDelete("cascade"),
  ],
);

// ---------- files, versions and review (CORE-8, TRK-7) ----------

export const files = pgTable(
  "files",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    storageKey: text("storage_key").notNull(),
    originalName: text("original_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    width: integer("width"),
    height: integer("height"),
    thumbnailKey: text("thumbnail_key"),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const versions = pgTable(
  "versions",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    taskId: uuid("task_id").notNull(),
    number: integer("number").notNull(),
    fileId: uuid("file_id"),
    description: text("description"),
    reviewStatus: text("review_status").notNull().default("pending_review"),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("versions_task_number_uq").on(t.organizationId, t.taskId, t.number),
    projectRef(t, "versions_project_fk"),
    foreignKey({ name: "versions_task_fk", columns: [t.organizationId, t.taskId], foreignColumns: [tasks.organizationId, tasks.id] }).onDelete("cascade"),
    foreignKey({ name: "versions_file_fk", columns: [t.organizationId, t.fileId], foreignColumns: [files.organizationId, files.id] }),
  ],
);

export const playlists = pgTable(
  "playlists",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    name: text("name").notNull(),
    reviewDate: date("review_date"),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("playlists_project_idx").on(t.organizationId, t.projectId),
    projectRef(t, "playlists_project_fk"),
  ],
);

export const playlistItems = pgTable(
  "playlist_items",
  {
    organizationId: org(),
    playlistId: uuid("playlist_id").notNull(),
    versionId: uuid("version_id").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    addedAt: tz("added_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.playlistId, t.versionId] }),
    foreignKey({
      name: "playlist_items_playlist_fk",
      columns: [t.organizationId, t.playlistId],
      foreignColumns: [playlists.organizationId, playlists.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "playlist_items_version_fk",
      columns: [t.organizationId, t.versionId],
      foreignColumns: [versions.organizationId, versions.id],
    }).onDelete("cascade"),
  ],
);

/** A client review link shows one playlist to whoever holds the token (TRK-7). */
export const reviewLinks = pgTable(
  "review_links",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    playlistId: uuid("playlist_id").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    passwordHash: text("password_hash"),
    expiresAt: tz("expires_at"),
    revokedAt: tz("revoked_at"),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: "review_links_playlist_fk",
      columns: [t.organizationId, t.playlistId],
      foreignColumns: [playlists.organizationId, playlists.id],
    }).onDelete("cascade"),
  ],
);

// ---------- comments, notifications, time, views, imports ----------

/** Comments on any record (CORE-5); `record_type` + `record_id` name the record. */
export const comments = pgTable(
  "comments",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    recordType: text("record_type").notNull(),
    recordId: uuid("record_id").notNull(),
    parentId: uuid("parent_id"),
    body: text("body").notNull(),
    clientVisible: boolean("client_visible").notNull().default(false),
    attachmentIds: jsonb("attachment_ids").$type<string[]>().notNull().default([]),
    mentions: jsonb("mentions").$type<string[]>().notNull().default([]),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    editedAt: tz("edited_at"),
    deletedAt: tz("deleted_at"),
    ...stamps(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), index("comments_record_idx").on(t.organizationId, t.recordType, t.recordId, t.id)],
);

/** The in-app inbox (CORE-9): one row per recipient. */
export const notifications = pgTable(
  "notifications",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    recordType: text("record_type").notNull(),
    recordId: uuid("record_id").notNull(),
    projectId: uuid("project_id"),
    title: text("title").notNull(),
    body: text("body"),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    readAt: tz("read_at"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), index("notifications_user_idx").on(t.organizationId, t.userId, t.id)],
);

export const timeLogs = pgTable(
  "time_logs",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    personId: uuid("person_id").notNull(),
    taskId: uuid("task_id").notNull(),
    day: date("day").notNull(),
    minutes: integer("minutes").notNull(),
    note: text("note"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("time_logs_person_day_idx").on(t.organizationId, t.personId, t.day),
    index("time_logs_task_idx").on(t.organizationId, t.taskId),
    foreignKey({ name: "time_logs_person_fk", columns: [t.organizationId, t.personId], foreignColumns: [people.organizationId, people.id] }),
    foreignKey({ name: "time_logs_task_fk", columns: [t.organizationId, t.taskId], foreignColumns: [tasks.organizationId, tasks.id] }).onDelete("cascade"),
  ],
);

/** Saved views (CORE-14): filters, columns, sort and grouping, private or shared. */
export const savedViews = pgTable(
  "saved_views",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id"),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    viewKind: text("view_kind").notNull(),
    shared: boolean("shared").notNull().default(false),
    config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
    ...stamps(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), index("saved_views_project_idx").on(t.organizationId, t.projectId)],
);

/** One CSV import: the rows it created or changed, with their previous values, for undo (CORE-13). */
export const imports = pgTable(
  "imports",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    kind: text("kind").notNull(),
    fileName: text("file_name"),
    summary: jsonb("summary").$type<Record<string, number>>().notNull().default({}),
    undo: jsonb("undo").$type<unknown[]>().notNull().default([]),
    undoneAt: tz("undone_at"),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("imports_project_idx").on(t.organizationId, t.projectId, t.createdAt),
    projectRef(t, "imports_project_fk"),
  ],
);
