/**
 * People, resources and booking tables (SPEC BOOK-1 … BOOK-11). Keyed by (organization_id, id);
 * references are composite (organization_id, …) foreign keys, so nothing points across tenants.
 *
 * What Drizzle cannot express lives in the hand-written migration beside the generated one:
 * the btree_gist extension, the exclusion constraint that forbids two confirmed bookings of one
 * resource overlapping (SPEC decision 6), and the GiST indexes on the ranges.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  type ExtraConfigColumn,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, people, users } from "../../platform/db/schema";
import { projects, roleSlots, tasks, taskTypes } from "../tracking/tracking.schema";

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const money = (name: string) => numeric(name, { precision: 12, scale: 2, mode: "number" });
/** Read through lower()/upper() or the starts_at/ends_at columns it is generated from. */
const tstzrange = customType<{ data: string; driverData: string }>({ dataType: () => "tstzrange" });
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
/** An interval as two instants plus the range PostgreSQL derives from them (indexed, constrained). */
const interval = () => ({
  startsAt: tz("starts_at").notNull(),
  endsAt: tz("ends_at").notNull(),
  during: tstzrange("during").notNull().generatedAlwaysAs(sql`tstzrange(starts_at, ends_at, '[)')`),
  /** Whole days (in the resource's time zone): the dates the instants were computed from. */
  allDay: boolean("all_day").notNull().default(false),
  startDate: date("start_date"),
  endDate: date("end_date"),
});
type OrgCols = { organizationId: ExtraConfigColumn };
const personRef = (t: OrgCols & { personId: ExtraConfigColumn }, name: string) =>
  foreignKey({ name, columns: [t.organizationId, t.personId], foreignColumns: [people.organizationId, people.id] });

// ---------- people profiles (BOOK-1) ----------

export const skills = pgTable(
  "skills",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), uniqueIndex("skills_org_name_uq").on(t.organizationId, sql`lower(${t.name})`)],
);

/** What booking needs to know about a person beyond the directory entry; one row per person. */
export const personProfiles = pgTable(
  "person_profiles",
  {
    organizationId: org(),
    personId: uuid("person_id").notNull(),
    location: text("location"),
    timeZone: text("time_zone"),
    dayRate: money("day_rate"),
    currency: text("currency"),
    portfolioLinks: jsonb("portfolio_links").$type<string[]>().notNull().default([]),
    experienceYears: integer("experience_years"),
    bio: text("bio"),
    /** ISO weekdays worked (1 = Monday); fewer days or hours make a part-timer's capacity. */
    workDays: smallint("work_days").array().notNull().default(sql`'{1,2,3,4,5}'`),
    hoursPerDay: numeric("hours_per_day", { precision: 4, scale: 2, mode: "number" }).notNull().default(8),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.personId] }),
    personRef(t, "person_profiles_person_fk").onDelete("cascade"),
    check("person_profiles_hours_ck", sql`${t.hoursPerDay} > 0 AND ${t.hoursPerDay} <= 24`),
  ],
);

export const personSkills = pgTable(
  "person_skills",
  {
    organizationId: org(),
    personId: uuid("person_id").notNull(),
    skillId: uuid("skill_id").notNull(),
    level: smallint("level").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.personId, t.skillId] }),
    index("person_skills_skill_idx").on(t.organizationId, t.skillId, t.level),
    personRef(t, "person_skills_person_fk").onDelete("cascade"),
    foreignKey({ name: "person_skills_skill_fk", columns: [t.organizationId, t.skillId], foreignColumns: [skills.organizationId, skills.id] }).onDelete(
      "cascade",
    ),
    check("person_skills_level_ck", sql`${t.level} BETWEEN 1 AND 5`),
  ],
);

export const timeOff = pgTable(
  "time_off",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    personId: uuid("person_id").notNull(),
    ...interval(),
    kind: text("kind").notNull().default("vacation"),
    note: text("note"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("time_off_person_ends_idx").on(t.organizationId, t.personId, t.endsAt, t.startsAt),
    personRef(t, "time_off_person_fk").onDelete("cascade"),
    check("time_off_range_ck", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const publicHolidays = pgTable(
  "public_holidays",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    date: date("date").notNull(),
    name: text("name").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), uniqueIndex("public_holidays_org_date_uq").on(t.organizationId, t.date)],
);

// ---------- rooms and equipment (BOOK-2) ----------

export const resources = pgTable(
  "resources",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    studioName: text("studio_name"),
    location: text("location"),
    timeZone: text("time_zone"),
    dayRate: money("day_rate"),
    currency: text("currency"),
    capacity: integer("capacity"),
    description: text("description"),
    archivedAt: tz("archived_at"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("resources_org_name_uq").on(t.organizationId, t.kind, sql`lower(${t.name})`),
    check("resources_kind_ck", sql`${t.kind} IN ('room', 'equipment')`),
  ],
);

// ---------- staffing requirements (BOOK-6) ----------

export const staffingRequirements = pgTable(
  "staffing_requirements",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    role: text("role").notNull(),
    department: text("department"),
    skills: jsonb("skills").$type<{ name: string; minLevel: number }[]>().notNull().default([]),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    count: integer("count").notNull().default(1),
    roleSlotId: uuid("role_slot_id"),
    notes: text("notes"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("staffing_requirements_project_idx").on(t.organizationId, t.projectId),
    foreignKey({
      name: "staffing_requirements_project_fk",
      columns: [t.organizationId, t.projectId],
      foreignColumns: [projects.organizationId, projects.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "staffing_requirements_slot_fk",
      columns: [t.organizationId, t.roleSlotId],
      foreignColumns: [roleSlots.organizationId, roleSlots.id],
    }),
    check("staffing_requirements_dates_ck", sql`${t.endDate} >= ${t.startDate}`),
  ],
);

// ---------- bookings (BOOK-3, BOOK-4, BOOK-5, BOOK-11) ----------

export const bookings = pgTable(
  "bookings",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    personId: uuid("person_id"),
    resourceId: uuid("resource_id"),
    /** Whoever or whatever is booked; null for a placeholder (a role slot with no person yet). */
    bookableId: uuid("bookable_id").generatedAlwaysAs(sql`COALESCE(person_id, resource_id)`),
    roleSlotId: uuid("role_slot_id"),
    taskId: uuid("task_id"),
    requirementId: uuid("requirement_id"),
    /** Bookings made together (composite, recurring series) share it. */
    groupId: uuid("group_id"),
    ...interval(),
    status: text("status").notNull(),
    /** 1st, 2nd or 3rd pencil; only holds have one. */
    holdRank: smallint("hold_rank"),
    rate: money("rate"),
    rateUnit: text("rate_unit").notNull().default("day"),
    currency: text("currency"),
    notes: text("notes"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    // Everything of one bookable overlapping a window: ends_at > from scans only what ends after
    // the window opens (history is skipped), starts_at < to is checked inside the index.
    index("bookings_bookable_ends_idx").on(t.organizationId, t.bookableId, t.endsAt, t.startsAt),
    index("bookings_project_idx").on(t.organizationId, t.projectId, t.startsAt),
    index("bookings_group_idx").on(t.organizationId, t.groupId),
    foreignKey({ name: "bookings_project_fk", columns: [t.organizationId, t.projectId], foreignColumns: [projects.organizationId, projects.id] }),
    personRef(t, "bookings_person_fk"),
    foreignKey({ name: "bookings_resource_fk", columns: [t.organizationId, t.resourceId], foreignColumns: [resources.organizationId, resources.id] }),
    foreignKey({ name: "bookings_role_slot_fk", columns: [t.organizationId, t.roleSlotId], foreignColumns: [roleSlots.organizationId, roleSlots.id] }),
    foreignKey({ name: "bookings_task_fk", columns: [t.organizationId, t.taskId], foreignColumns: [tasks.organizationId, tasks.id] }).onDelete("set null"),
    foreignKey({
      name: "bookings_requirement_fk",
      columns: [t.organizationId, t.requirementId],
      foreignColumns: [staffingRequirements.organizationId, staffingRequirements.id],
    }),
    check("bookings_range_ck", sql`${t.endsAt} > ${t.startsAt}`),
    check("bookings_status_ck", sql`${t.status} IN ('hold', 'confirmed', 'released', 'cancelled')`),
    check("bookings_rank_ck", sql`(${t.status} = 'hold') = (${t.holdRank} IS NOT NULL) AND (${t.holdRank} IS NULL OR ${t.holdRank} BETWEEN 1 AND 3)`),
    check(
      "bookings_target_ck",
      sql`NOT (${t.personId} IS NOT NULL AND ${t.resourceId} IS NOT NULL) AND COALESCE(${t.personId}, ${t.resourceId}, ${t.roleSlotId}) IS NOT NULL`,
    ),
    check("bookings_rate_unit_ck", sql`${t.rateUnit} IN ('day', 'hour', 'flat')`),
  ],
);

const bookingRef = (t: OrgCols & { bookingId: ExtraConfigColumn }, name: string) =>
  foreignKey({ name, columns: [t.organizationId, t.bookingId], foreignColumns: [bookings.organizationId, bookings.id] }).onDelete("cascade");

/** Every booking's history (BOOK-5). Never purged: the audit retention setting does not apply. */
export const bookingEvents = pgTable(
  "booking_events",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    bookingId: uuid("booking_id").notNull(),
    type: text("type").notNull(),
    /** No foreign key: the history outlives user accounts; the name is kept as it was. */
    actorId: uuid("actor_id"),
    actorName: text("actor_name"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    at: tz("at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("booking_events_booking_idx").on(t.organizationId, t.bookingId, t.id),
    bookingRef(t, "booking_events_booking_fk"),
  ],
);

/** A lower-ranked hold asking to confirm over a higher one: the holder must confirm or release by the deadline. */
export const bookingChallenges = pgTable(
  "booking_challenges",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    challengerBookingId: uuid("challenger_booking_id").notNull(),
    holderBookingId: uuid("holder_booking_id").notNull(),
    deadline: tz("deadline").notNull(),
    status: text("status").notNull().default("open"),
    resolvedAt: tz("resolved_at"),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("booking_challenges_open_uq").on(t.organizationId, t.challengerBookingId, t.holderBookingId).where(sql`${t.status} = 'open'`),
    index("booking_challenges_holder_idx").on(t.organizationId, t.holderBookingId),
    foreignKey({
      name: "booking_challenges_challenger_fk",
      columns: [t.organizationId, t.challengerBookingId],
      foreignColumns: [bookings.organizationId, bookings.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "booking_challenges_holder_fk",
      columns: [t.organizationId, t.holderBookingId],
      foreignColumns: [bookings.organizationId, bookings.id],
    }).onDelete("cascade"),
    check("booking_challenges_status_ck", sql`${t.status} IN ('open', 'holder_confirmed', 'holder_released', 'expired', 'withdrawn')`),
  ],
);

// ---------- calendar feeds (BOOK-10) ----------

/** A secret URL serving one person's or room's bookings as iCalendar; only the token's hash is kept. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    personId: uuid("person_id"),
    resourceId: uuid("resource_id"),
    tokenHash: text("token_hash").notNull().unique(),
    tokenPrefix: text("token_prefix").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: tz("revoked_at"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("calendar_feeds_active_uq").on(t.organizationId, sql`COALESCE(${t.personId}, ${t.resourceId})`).where(sql`${t.revokedAt} IS NULL`),
    personRef(t, "calendar_feeds_person_fk").onDelete("cascade"),
    foreignKey({
      name: "calendar_feeds_resource_fk",
      columns: [t.organizationId, t.resourceId],
      foreignColumns: [resources.organizationId, resources.id],
    }).onDelete("cascade"),
    check("calendar_feeds_subject_ck", sql`(${t.personId} IS NULL) <> (${t.resourceId} IS NULL)`),
  ],
);

// ---------- project timeline (BOOK-8) ----------

const projectRef = (t: OrgCols & { projectId: ExtraConfigColumn }, name: string) =>
  foreignKey({ name, columns: [t.organizationId, t.projectId], foreignColumns: [projects.organizationId, projects.id] }).onDelete("cascade");

/** A stretch of a project (bid, prep, shoot, post, delivery…) on whole, inclusive dates. */
export const timelinePhases = pgTable(
  "timeline_phases",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    name: text("name").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    color: text("color").notNull(),
    sortOrder: integer("sort_order").notNull(),
    progress: smallint("progress").notNull().default(0),
    /** When set, progress follows this task type's tasks in the project (approved of all), not `progress`. */
    taskTypeId: uuid("task_type_id"),
    notes: text("notes"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("timeline_phases_project_idx").on(t.organizationId, t.projectId, t.sortOrder),
    projectRef(t, "timeline_phases_project_fk"),
    foreignKey({ name: "timeline_phases_task_type_fk", columns: [t.organizationId, t.taskTypeId], foreignColumns: [taskTypes.organizationId, taskTypes.id] }),
    check("timeline_phases_dates_ck", sql`${t.endDate} >= ${t.startDate}`),
    check("timeline_phases_progress_ck", sql`${t.progress} BETWEEN 0 AND 100`),
  ],
);

const phaseRef = (t: OrgCols, column: ExtraConfigColumn, name: string) =>
  foreignKey({ name, columns: [t.organizationId, column], foreignColumns: [timelinePhases.organizationId, timelinePhases.id] });

/** Finish-to-start: the successor starts after the predecessor ends, plus `lag_days`. */
export const timelineDependencies = pgTable(
  "timeline_dependencies",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    predecessorId: uuid("predecessor_id").notNull(),
    successorId: uuid("successor_id").notNull(),
    lagDays: integer("lag_days").notNull().default(0),
    createdAt: tz("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("timeline_dependencies_pair_uq").on(t.organizationId, t.predecessorId, t.successorId),
    index("timeline_dependencies_successor_idx").on(t.organizationId, t.successorId),
    phaseRef(t, t.predecessorId, "timeline_dependencies_predecessor_fk").onDelete("cascade"),
    phaseRef(t, t.successorId, "timeline_dependencies_successor_fk").onDelete("cascade"),
    check("timeline_dependencies_self_ck", sql`${t.predecessorId} <> ${t.successorId}`),
    check("timeline_dependencies_lag_ck", sql`${t.lagDays} BETWEEN 0 AND 365`),
  ],
);

/** A dated checkpoint (client turnover, final delivery), optionally closing a phase. */
export const timelineMilestones = pgTable(
  "timeline_milestones",
  {
    organizationId: org(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    name: text("name").notNull(),
    date: date("date").notNull(),
    /** Cleared by the service when its phase is deleted (a composite SET NULL would null the org). */
    phaseId: uuid("phase_id"),
    done: boolean("done").notNull().default(false),
    notes: text("notes"),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("timeline_milestones_project_idx").on(t.organizationId, t.projectId, t.date),
    projectRef(t, "timeline_milestones_project_fk"),
    phaseRef(t, t.phaseId, "timeline_milestones_phase_fk"),
  ],
);
