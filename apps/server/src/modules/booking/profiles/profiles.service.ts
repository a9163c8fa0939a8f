import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { PersonProfile, updatePersonProfileBody } from "@backlot/contracts/booking/profiles";
import { changesNothing, withChanges } from "../../../platform/audit/changes";
import type { Db, Tx } from "../../../platform/db/pool";
import { AppError, notFound, versionConflict } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { personProfiles, personSkills, skills } from "../booking.schema";
import { checkTimeZone, definedOnly } from "../shared/present";
import { ensureSkills, type LoadedProfile, loadProfile, presentProfile } from "./profiles.repo";

type Body = z.output<typeof updatePersonProfileBody>;

export async function requireProfile(db: Db | Tx, organizationId: string, personId: string): Promise<LoadedProfile> {
  const loaded = await loadProfile(db, organizationId, personId);
  if (!loaded) throw notFound("Person");
  return loaded;
}

async function replaceSkills(tx: Tx, actor: Actor, organizationId: string, personId: string, wanted: NonNullable<Body["skills"]>) {
  const ids = await ensureSkills(
    tx,
    organizationId,
    wanted.map((s) => s.name),
    actor.userId,
    uuidv7,
  );
  await tx.delete(personSkills).where(and(eq(personSkills.organizationId, organizationId), eq(personSkills.personId, personId)));
  if (wanted.length === 0) return;
  await tx.insert(personSkills).values(wanted.map((s) => ({ organizationId, personId, skillId: ids.get(s.name.toLowerCase()) as string, level: s.level })));
}

/** Writes the profile row: the first save inserts it (version 0 → 1), later ones are versioned. */
async function writeProfile(tx: Tx, actor: Actor, before: LoadedProfile, version: number, fields: Partial<typeof personProfiles.$inferInsert>) {
  const { organizationId, id: personId } = before.person;
  if (version === 0) {
    const inserted = await tx
      .insert(personProfiles)
      .values({ ...fields, organizationId, personId, createdBy: actor.userId, updatedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ personId: personProfiles.personId });
    return inserted.length > 0;
  }
  const updated = await tx
    .update(personProfiles)
    .set({ ...fields, version: sql`${personProfiles.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
    .where(and(eq(personProfiles.organizationId, organizationId), eq(personProfiles.personId, personId), eq(personProfiles.version, version)))
    .returning({ personId: personProfiles.personId });
  return updated.length > 0;
}

const skillKey = (list: { name: string; level: number }[]) => JSON.stringify(list.map((s) => `${s.name.toLowerCase()}:${s.level}`).sort());

/** Saves profile fields and, when sent, replaces the skill set; one history entry either way. */
export async function updateProfile(db: Db, actor: Actor, organizationId: string, personId: string, body: Body): Promise<PersonProfile> {
  await checkTimeZone(db, body.timeZone, "body.timeZone");
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireProfile(tx, organizationId, personId);
    const previous = presentProfile(before);
    const { version, skills: wantedSkills, ...rest } = body;
    if (version !== previous.version) throw versionConflict(previous);
    const fields = definedOnly(rest);
    const skillsChange = wantedSkills !== undefined && skillKey(wantedSkills) !== skillKey(previous.skills);
    // A save without edits keeps the version and writes no history.
    if (before.profile && !skillsChange && changesNothing(before.profile, fields)) return previous;
    if (!(await writeProfile(tx, actor, before, version, fields))) throw versionConflict(previous);
    if (wantedSkills && skillsChange) await replaceSkills(tx, actor, organizationId, personId, wantedSkills);
    const after = presentProfile(await requireProfile(tx, organizationId, personId));
    record({
      organizationId,
      recordType: "person_profile",
      recordId: personId,
      action: version === 0 ? "create" : "update",
      before: previous,
      after,
      event: "person_profile.updated",
    });
    return after;
  });
}

export async function createSkill(db: Db, actor: Actor, organizationId: string, name: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const [row] = await tx.insert(skills).values({ organizationId, id: uuidv7(), name, createdBy: actor.userId }).onConflictDoNothing().returning();
    if (!row) throw new AppError("conflict", 409, `The skill "${name}" already exists`);
    const after = { id: row.id, name: row.name, people: 0, createdAt: row.createdAt.toISOString() };
    record({ organizationId, recordType: "skill", recordId: row.id, action: "create", after, event: "skill.created" });
    return after;
  });
}
