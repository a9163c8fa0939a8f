import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import { as, createOrganization, createPerson, signUp, type TestUser } from "./factories";

export type Studio = {
  app: FastifyInstance;
  admin: TestUser;
  orgId: string;
  projectId: string;
  call: ReturnType<typeof as>;
  url: (path: string) => string;
};

let projectCounter = 0;

/** An organization (in `timeZone`) with one project, ready to book. */
export async function createStudio(app: FastifyInstance, timeZone = "Europe/London"): Promise<Studio> {
  const admin = await signUp(app);
  const orgId = (await createOrganization(app, admin, "Booking Studio")).id;
  const call = as(app, admin);
  const org = await call({ method: "PATCH", url: `/api/v1/organizations/${orgId}`, body: { version: 1, timeZone } });
  expect(org.statusCode, org.body).toBe(200);
  const projectId = await createProject(app, admin, orgId);
  return { app, admin, orgId, projectId, call, url: (path) => `/api/v1/organizations/${orgId}${path}` };
}

export async function createProject(app: FastifyInstance, user: TestUser, orgId: string, name = "Feature") {
  projectCounter++;
  const res = await as(app, user)({ method: "POST", url: `/api/v1/organizations/${orgId}/projects`, body: { name, code: `P${projectCounter}`, kind: "vfx" } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** A person with a booking profile (time zone, rate, skills). */
export async function createArtist(
  studio: Studio,
  name: string,
  profile: {
    timeZone?: string;
    dayRate?: number;
    currency?: string;
    skills?: { name: string; level: number }[];
    department?: string;
    workDays?: number[];
    hoursPerDay?: number;
  } = {},
) {
  const { department, ...rest } = profile;
  const person = await createPerson(studio.app, studio.admin, studio.orgId, { displayName: name, department: department ?? null });
  const res = await studio.call({ method: "PATCH", url: studio.url(`/people/${person.id}/profile`), body: { version: 0, ...rest } });
  expect(res.statusCode, res.body).toBe(200);
  return person.id;
}

export type BookingJson = {
  id: string;
  version: number;
  status: string;
  holdRank: number | null;
  start: string;
  end: string;
  challenges: { id: string; status: string }[];
};

export async function book(studio: Studio, body: Record<string, unknown>, expected = 201): Promise<BookingJson> {
  const res = await studio.call({ method: "POST", url: studio.url("/bookings"), body: { projectId: studio.projectId, ...body } });
  expect(res.statusCode, res.body).toBe(expected);
  return res.json();
}

export async function getBooking(studio: Studio, id: string): Promise<BookingJson> {
  const res = await studio.call({ method: "GET", url: studio.url(`/bookings/${id}`) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export function confirm(studio: Studio, booking: { id: string; version: number }, extra: Record<string, unknown> = {}) {
  return studio.call({ method: "POST", url: studio.url(`/bookings/${booking.id}/confirm`), body: { version: booking.version, ...extra } });
}

export function release(studio: Studio, booking: { id: string; version: number }, action: "release" | "cancel" = "release") {
  return studio.call({ method: "POST", url: studio.url(`/bookings/${booking.id}/${action}`), body: { version: booking.version } });
}

export async function eventTypesOf(studio: Studio, id: string): Promise<string[]> {
  const res = await studio.call({ method: "GET", url: studio.url(`/bookings/${id}/events`) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((e: { type: string }) => e.type);
}
