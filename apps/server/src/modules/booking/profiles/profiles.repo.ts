import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { PersonProfile, PersonSkill, Skill } from "@backlot/contracts/booking/profiles";
import type { Queryable } from "../../../platform/db/pool";
import { organizations, people } from "../../../platform/db/schema";
import { personProfiles, personSkills, skills } from "../booking.schema";

export type ProfileRow = typeof personProfiles.$inferSelect;

/** The person with their profile (if any), the organization's time zone and their skills. */
export async function loadProfile(db: Queryable, organizationId: string, personId: string) {
  const [row] = await db
    .select({ person: people, profile: personProfiles, orgTimeZone: organizations.timeZone })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .leftJoin(personProfiles, and(eq(personProfiles.organizationId, people.organizationId), eq(personProfiles.personId, people.id)))
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  if (!row) return null;
  return { ...row, skills: await listPersonSkills(db, organizationId, personId) };
}

export async function listPersonSkills(db: Queryable, organizationId: string, personId: string): Promise<PersonSkill[]> {
  return db
    .select({ skillId: skills.id, name: skills.name, level: personSkills.level })
    .from(personSkills)
    .innerJoin(skills, and(eq(skills.organizationId, personSkills.organizationId), eq(skills.id, personSkills.skillId)))
    .where(and(eq(personSkills.organizationId, organizationId), eq(personSkills.personId, personId)))
    .orderBy(sql`${personSkills.level} DESC`, asc(skills.name));
}

export type LoadedProfile = NonNullable<Awaited<ReturnType<typeof loadProfile>>>;

export function presentProfile(loaded: LoadedProfile): PersonProfile {
  const { person, profile, orgTimeZone } = loaded;
  return {
    personId: person.id,
    displayName: person.displayName,
    department: person.department,
    location: profile?.location ?? null,
    timeZone: profile?.timeZone ?? null,
    effectiveTimeZone: profile?.timeZone ?? orgTimeZone,
    dayRate: profile?.dayRate ?? null,
    currency: profile?.currency ?? null,
    portfolioLinks: profile?.portfolioLinks ?? [],
    experienceYears: profile?.experienceYears ?? null,
    bio: profile?.bio ?? null,
    workDays: profile?.workDays ?? [1, 2, 3, 4, 5],
    hoursPerDay: profile?.hoursPerDay ?? 8,
    skills: loaded.skills,
    version: profile?.version ?? 0,
    updatedAt: profile?.updatedAt.toISOString() ?? null,
    updatedBy: profile?.updatedBy ?? null,
  };
}

/** The organization's skill list with how many people have each. */
export async function listSkills(db: Queryable, organizationId: string): Promise<Skill[]> {
  const rows = await db
    .select({ id: skills.id, name: skills.name, createdAt: skills.createdAt, people: sql<number>`count(${personSkills.personId})::int` })
    .from(skills)
    .leftJoin(personSkills, and(eq(personSkills.organizationId, skills.organizationId), eq(personSkills.skillId, skills.id)))
    .where(eq(skills.organizationId, organizationId))
    .groupBy(skills.organizationId, skills.id)
    .orderBy(sql`lower(${skills.name})`);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Ids of the named skills, adding the ones the organization does not have yet. */
export async function ensureSkills(db: Queryable, organizationId: string, names: string[], actorId: string, newId: () => string) {
  if (names.length === 0) return new Map<string, string>();
  await db
    .insert(skills)
    .values(names.map((name) => ({ organizationId, id: newId(), name, createdBy: actorId })))
    .onConflictDoNothing();
  const lowered = names.map((n) => n.toLowerCase());
  const rows = await db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(eq(skills.organizationId, organizationId), inArray(sql`lower(${skills.name})`, lowered)));
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}
