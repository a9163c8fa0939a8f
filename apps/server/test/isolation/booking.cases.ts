import { expect } from "vitest";
import { as, createPerson } from "../factories";
import type { IsolationCases } from "./isolation-cases";

const when = { startDate: "2026-03-02", endDate: "2026-03-06" };

/** Booking routes: profiles, skills, time off, holidays, resources, bookings and challenges. */
export const bookingCases: IsolationCases = {
  async setup({ app, owner, orgId }) {
    const call = as(app, owner);
    const o = `/api/v1/organizations/${orgId}`;
    const post = async (url: string, body: unknown) => {
      const res = await call({ method: "POST", url: `${o}${url}`, body });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json();
    };
    const project = await post("/projects", { name: "Booked", code: "BKD", kind: "vfx" });
    const slot = await post(`/projects/${project.id}/slots`, { role: "Compositor", displayName: "Comp" });
    const person = await createPerson(app, owner, orgId, { displayName: "Isolated Artist" });
    await call({ method: "PATCH", url: `${o}/people/${person.id}/profile`, body: { version: 0, skills: [{ name: "Nuke", level: 4 }] } });
    const timeOff = await post(`/people/${person.id}/time-off`, { startDate: "2026-05-01", endDate: "2026-05-01" });
    const holiday = await post("/holidays", { date: "2026-12-25", name: "Christmas" });
    const room = await post("/resources", { kind: "room", name: "Stage 1" });
    const first = await post("/bookings", { projectId: project.id, personId: person.id, ...when });
    const second = await post("/bookings", { projectId: project.id, personId: person.id, ...when });
    await call({ method: "POST", url: `${o}/bookings/${second.id}/confirm`, body: { version: second.version } });
    const requirement = await post(`/projects/${project.id}/staffing`, { role: "Compositor", startDate: "2026-03-02", endDate: "2026-03-06" });
    await post(`/people/${person.id}/calendar-feed`, {});
    await post(`/resources/${room.id}/calendar-feed`, {});
    return {
      projectId: project.id,
      slotId: slot.id,
      personId: person.id,
      timeOffId: timeOff.id,
      holidayId: holiday.id,
      roomId: room.id,
      bookingId: first.id,
      requirementId: requirement.id,
    };
  },
  requests: (v) => {
    const o = `/api/v1/organizations/${v.orgId}`;
    const person = `${o}/people/${v.personId}`;
    const booking = `${o}/bookings/${v.bookingId}`;
    const newBooking = { projectId: v.projectId, personId: v.personId, ...when, status: "confirmed" };
    const staffing = `${o}/projects/${v.projectId}/staffing`;
    return {
      "GET /api/v1/organizations/{orgId}/people/{id}/profile": () => ({ url: `${person}/profile` }),
      "PATCH /api/v1/organizations/{orgId}/people/{id}/profile": () => ({ url: `${person}/profile`, body: { version: 1, location: "Taken" } }),
      "GET /api/v1/organizations/{orgId}/skills": () => ({ url: `${o}/skills` }),
      "POST /api/v1/organizations/{orgId}/skills": () => ({ url: `${o}/skills`, body: { name: "Planted" } }),
      "GET /api/v1/organizations/{orgId}/people/{id}/time-off": () => ({ url: `${person}/time-off` }),
      "POST /api/v1/organizations/{orgId}/people/{id}/time-off": () => ({ url: `${person}/time-off`, body: when }),
      "DELETE /api/v1/organizations/{orgId}/people/{id}/time-off/{recordId}": () => ({ url: `${person}/time-off/${v.timeOffId}` }),
      "GET /api/v1/organizations/{orgId}/holidays": () => ({ url: `${o}/holidays` }),
      "POST /api/v1/organizations/{orgId}/holidays": () => ({ url: `${o}/holidays`, body: { date: "2026-01-01", name: "Planted" } }),
      "DELETE /api/v1/organizations/{orgId}/holidays/{id}": () => ({ url: `${o}/holidays/${v.holidayId}` }),
      "GET /api/v1/organizations/{orgId}/resources": () => ({ url: `${o}/resources` }),
      "POST /api/v1/organizations/{orgId}/resources": () => ({ url: `${o}/resources`, body: { kind: "room", name: "Planted" } }),
      "GET /api/v1/organizations/{orgId}/resources/{id}": () => ({ url: `${o}/resources/${v.roomId}` }),
      "PATCH /api/v1/organizations/{orgId}/resources/{id}": () => ({ url: `${o}/resources/${v.roomId}`, body: { version: 1, name: "Taken" } }),
      "GET /api/v1/organizations/{orgId}/bookings": () => ({ url: `${o}/bookings` }),
      "POST /api/v1/organizations/{orgId}/bookings": () => ({ url: `${o}/bookings`, body: newBooking }),
      "POST /api/v1/organizations/{orgId}/bookings/composite": () => ({
        url: `${o}/bookings/composite`,
        body: { projectId: v.projectId, ...when, items: [{ personId: v.personId }, { resourceId: v.roomId }] },
      }),
      "POST /api/v1/organizations/{orgId}/bookings/recurring": () => ({
        url: `${o}/bookings/recurring`,
        body: { ...newBooking, recurrence: { frequency: "weekly", count: 2 } },
      }),
      "GET /api/v1/organizations/{orgId}/bookings/{id}": () => ({ url: booking }),
      "PATCH /api/v1/organizations/{orgId}/bookings/{id}": () => ({ url: booking, body: { version: 1, notes: "Taken" } }),
      "POST /api/v1/organizations/{orgId}/bookings/{id}/confirm": () => ({ url: `${booking}/confirm`, body: { version: 1 } }),
      "POST /api/v1/organizations/{orgId}/bookings/{id}/release": () => ({ url: `${booking}/release`, body: { version: 1 } }),
      "POST /api/v1/organizations/{orgId}/bookings/{id}/cancel": () => ({ url: `${booking}/cancel`, body: { version: 1 } }),
      "GET /api/v1/organizations/{orgId}/bookings/{id}/events": () => ({ url: `${booking}/events` }),
      "GET /api/v1/organizations/{orgId}/booking-challenges": () => ({ url: `${o}/booking-challenges` }),
      "GET /api/v1/organizations/{orgId}/availability": () => ({ url: `${o}/availability?from=2026-03-02&to=2026-03-09&skills=Nuke:1` }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/staffing": () => ({ url: `${staffing}` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/staffing": () => ({
        url: staffing,
        body: { role: "Planted", startDate: "2026-03-02", endDate: "2026-03-06" },
      }),
      "PATCH /api/v1/organizations/{orgId}/projects/{projectId}/staffing/{id}": () => ({
        url: `${staffing}/${v.requirementId}`,
        body: { version: 1, role: "Taken" },
      }),
      "DELETE /api/v1/organizations/{orgId}/projects/{projectId}/staffing/{id}": () => ({ url: `${staffing}/${v.requirementId}` }),
      "GET /api/v1/organizations/{orgId}/utilization": () => ({ url: `${o}/utilization?from=2026-03-02&to=2026-03-09` }),
      "GET /api/v1/organizations/{orgId}/booking-costs": () => ({ url: `${o}/booking-costs?from=2026-03-02&to=2026-03-09` }),
      "GET /api/v1/organizations/{orgId}/scheduler": () => ({ url: `${o}/scheduler?from=2026-03-02&to=2026-03-09` }),
      "GET /api/v1/organizations/{orgId}/people/{id}/calendar-feed": () => ({ url: `${person}/calendar-feed` }),
      "POST /api/v1/organizations/{orgId}/people/{id}/calendar-feed": () => ({ url: `${person}/calendar-feed` }),
      "DELETE /api/v1/organizations/{orgId}/people/{id}/calendar-feed": () => ({ url: `${person}/calendar-feed` }),
      "GET /api/v1/organizations/{orgId}/resources/{id}/calendar-feed": () => ({ url: `${o}/resources/${v.roomId}/calendar-feed` }),
      "POST /api/v1/organizations/{orgId}/resources/{id}/calendar-feed": () => ({ url: `${o}/resources/${v.roomId}/calendar-feed` }),
      "DELETE /api/v1/organizations/{orgId}/resources/{id}/calendar-feed": () => ({ url: `${o}/resources/${v.roomId}/calendar-feed` }),
    };
  },
  async verifyUnchanged({ app, owner, orgId }, ids) {
    const call = as(app, owner);
    const o = `/api/v1/organizations/${orgId}`;
    const get = async (url: string) => (await call({ method: "GET", url: `${o}${url}` })).json();
    expect((await get(`/people/${ids.personId}/profile`)).version).toBe(1);
    expect((await get("/skills")).items.map((s: { name: string }) => s.name)).toEqual(["Nuke"]);
    expect((await get(`/people/${ids.personId}/time-off`)).items.map((t: { id: string }) => t.id)).toEqual([ids.timeOffId]);
    expect((await get("/holidays")).items.map((h: { id: string }) => h.id)).toEqual([ids.holidayId]);
    expect((await get("/resources")).items.map((r: { name: string; version: number }) => [r.name, r.version])).toEqual([["Stage 1", 1]]);
    const bookings = (await get("/bookings?status=all")).items;
    expect(bookings.map((b: { status: string; version: number; notes: string | null }) => [b.status, b.version, b.notes])).toEqual([
      ["hold", 1, null],
      ["hold", 1, null],
    ]);
    expect((await get("/booking-challenges")).items).toHaveLength(1);
    const staffing = (await get(`/projects/${ids.projectId}/staffing`)).items;
    expect(staffing.map((r: { role: string; version: number }) => [r.role, r.version])).toEqual([["Compositor", 1]]);
    for (const path of [`/people/${ids.personId}/calendar-feed`, `/resources/${ids.roomId}/calendar-feed`]) {
      expect((await get(path)).feed).not.toBeNull();
    }
  },
};
