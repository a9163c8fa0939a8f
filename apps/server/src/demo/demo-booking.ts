import { and, eq } from "drizzle-orm";
import { createBookingBody } from "@backlot/contracts/booking/bookings";
import { createStaffingBody } from "@backlot/contracts/booking/planning";
import { updatePersonProfileBody } from "@backlot/contracts/booking/profiles";
import { createResourceBody } from "@backlot/contracts/booking/resources";
import { createProjectBody } from "@backlot/contracts/tracking/projects";
import { confirmBookingService, createBookingService } from "../modules/booking/bookings/bookings.service";
import { updateProfile } from "../modules/booking/profiles/profiles.service";
import { createResource } from "../modules/booking/resources/resources.service";
import { createStaffing } from "../modules/booking/staffing/staffing.service";
import { createHoliday, createTimeOff } from "../modules/booking/time-off/time-off.service";
import { projects } from "../modules/tracking/tracking.schema";
import { createProject } from "../modules/tracking/projects/projects.service";
import { listRoleSlots } from "../modules/tracking/slots/slots.repo";
import { people } from "../platform/db/schema";
import type { Deps } from "../platform/deps";
import type { Actor } from "../platform/http/actor";

/** Skills by department (level of a lead / senior / others). */
const departmentSkills: Record<string, [string, number][]> = {
  Compositing: [
    ["Nuke", 3],
    ["Compositing", 3],
    ["Roto", 2],
  ],
  Animation: [
    ["Maya", 3],
    ["Animation", 3],
  ],
  Lighting: [
    ["Katana", 3],
    ["Lighting", 3],
    ["Nuke", 2],
  ],
  FX: [
    ["Houdini", 3],
    ["FX", 3],
  ],
  Modeling: [
    ["Maya", 3],
    ["ZBrush", 3],
  ],
  Texturing: [
    ["Substance", 3],
    ["Mari", 3],
  ],
  Camera: [["Camera", 4]],
  Livestream: [["Live production", 3]],
};

const seniority = (title: string | null) => (/lead|supervisor|senior|head/i.test(title ?? "") ? 2 : /junior|assistant/i.test(title ?? "") ? -1 : 0);

/** Monday of this week (UTC) plus `days`, as a date. */
function day(days: number): string {
  const now = new Date();
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday + days * 86_400_000).toISOString().slice(0, 10);
}

async function seedProfiles(deps: Deps, admin: Actor, organizationId: string) {
  const crew = await deps.db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.active, true)));
  const byName = new Map(crew.map((p) => [p.displayName, p.id]));
  for (const [i, person] of crew.entries()) {
    const skills = (departmentSkills[person.department ?? ""] ?? []).map(([name, level]) => ({
      name,
      level: Math.min(5, Math.max(1, level + seniority(person.title))),
    }));
    const remote = person.displayName === "Diego Morales" ? "America/Los_Angeles" : person.displayName === "Kwame Mensah" ? "America/Toronto" : null;
    const body = updatePersonProfileBody.parse({
      version: 0,
      location: remote ? (remote.includes("Los_Angeles") ? "Los Angeles" : "Toronto") : "London",
      timeZone: remote,
      dayRate: 350 + seniority(person.title) * 100 + (i % 4) * 25,
      currency: "GBP",
      experienceYears: 3 + (i % 12),
      workDays: person.displayName === "Sofia Rossi" ? [1, 2, 3] : [1, 2, 3, 4, 5],
      skills,
    });
    await updateProfile(deps.db, admin, organizationId, person.id, body);
  }
  return byName;
}

async function seedRooms(deps: Deps, admin: Actor, organizationId: string) {
  const rooms = [
    { kind: "room", name: "Grading Suite 1", studioName: "Soho", capacity: 6, dayRate: 900 },
    { kind: "room", name: "Review Theatre", studioName: "Soho", capacity: 24, dayRate: 1200 },
    { kind: "room", name: "Stage A", studioName: "Shoreditch", capacity: 40, dayRate: 2500 },
    { kind: "equipment", name: "ARRI Alexa Mini LF kit", dayRate: 750 },
  ];
  const ids: Record<string, string> = {};
  for (const room of rooms) ids[room.name] = (await createResource(deps.db, admin, organizationId, createResourceBody.parse({ ...room, currency: "GBP" }))).id;
  return ids;
}

/**
 * The demo studio's booking data (BOOK): skills and rates on the crew, rooms, a holiday, time
 * off, two projects with confirmed bookings, ranked pencils and an open challenge, a placeholder
 * and a staffing requirement, all around the current week so the scheduler has something to show.
 */
export async function seedDemoBooking(deps: Deps, organizationId: string, admin: Actor) {
  const person = await seedProfiles(deps, admin, organizationId);
  const rooms = await seedRooms(deps, admin, organizationId);
  await createHoliday(deps.db, admin, organizationId, { date: day(28), name: "Studio wellbeing day" });
  const id = (name: string) => person.get(name) as string;
  await createTimeOff(deps.db, admin, organizationId, id("Hannah Weiss"), { startDate: day(7), endDate: day(11), kind: "vacation", note: "Lisbon" });
  // The tracking demo already created the VFX show; book its crew on it.
  const [existing] = await deps.db
    .select()
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), eq(projects.code, "HBL")));
  const harbour =
    existing ??
    (await createProject(
      deps.db,
      admin,
      organizationId,
      createProjectBody.parse({ name: "Harbour Lights", code: "HBL", kind: "vfx", template: "vfx", clientName: "Meridian Pictures" }),
    ));
  const midnight = await createProject(
    deps.db,
    admin,
    organizationId,
    createProjectBody.parse({ name: "Midnight Run (commercial)", code: "MNR", kind: "commercial", template: "vfx" }),
  );
  const book = (body: Record<string, unknown>) => createBookingService(deps, admin, organizationId, createBookingBody.parse(body));
  for (const [name, from, to] of [
    ["Léa Fontaine", 0, 18],
    ["Kwame Mensah", 0, 4],
    ["Lucas Silva", 2, 11],
    ["Zoe Clarke", 7, 18],
  ] as const) {
    await book({ projectId: harbour.id, personId: id(name), startDate: day(from), endDate: day(to), status: "confirmed" });
  }
  // Two productions pencil Diego for the same week; the 2nd pencil asks to confirm: a challenge.
  await book({ projectId: harbour.id, personId: id("Diego Morales"), startDate: day(7), endDate: day(11), notes: "Shots HBL_040–HBL_090" });
  const second = await book({ projectId: midnight.id, personId: id("Diego Morales"), startDate: day(8), endDate: day(12) });
  await confirmBookingService(deps, admin, organizationId, second.id, {
    version: second.version,
    challengeDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
  });
  await book({ projectId: midnight.id, personId: id("Hannah Weiss"), startDate: day(14), endDate: day(18) });
  await book({ projectId: midnight.id, resourceId: rooms["Stage A"], startDate: day(9), endDate: day(10), status: "confirmed" });
  await book({
    projectId: harbour.id,
    resourceId: rooms["Review Theatre"],
    start: `${day(3)}T14:00:00Z`,
    end: `${day(3)}T16:00:00Z`,
    status: "confirmed",
    notes: "Dailies",
  });
  const slots = await listRoleSlots(deps.db, organizationId, harbour.id, false);
  const openSlot = slots.find((s) => s.displayName === "Lighting Artist" && !s.personId);
  if (openSlot) await book({ projectId: harbour.id, roleSlotId: openSlot.id, startDate: day(14), endDate: day(25) });
  await createStaffing(
    deps.db,
    admin,
    { organizationId, projectId: harbour.id },
    createStaffingBody.parse({
      role: "Compositor",
      department: "Compositing",
      skills: [{ name: "Nuke", minLevel: 3 }],
      startDate: day(21),
      endDate: day(32),
      count: 2,
    }),
  );
}
