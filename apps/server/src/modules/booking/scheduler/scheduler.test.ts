import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { schedulerWindowSchema } from "@backlot/contracts/booking/scheduler";
import { book, createArtist, createStudio, type Studio } from "../../../../test/booking-factories";
import { expectProblem } from "../../../../test/factories";
import { createTestApp, type TestApp, testOrigin } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app, "Europe/London");
  ids.zed = await createArtist(s, "Zed Comp", {
    department: "Compositing",
    skills: [
      { name: "Houdini", level: 2 },
      { name: "Nuke", level: 4 },
    ],
  });
  ids.amy = await createArtist(s, "Amy Comp", { department: "Compositing", skills: [{ name: "Nuke", level: 2 }] });
  ids.fx = await createArtist(s, "Finn FX", { department: "FX", timeZone: "America/New_York" });
  ids.loose = await createArtist(s, "No Department");
  ids.room = (await s.call({ method: "POST", url: s.url("/resources"), body: { kind: "room", name: "Suite 2", studioName: "Soho" } })).json().id;
  ids.kit = (await s.call({ method: "POST", url: s.url("/resources"), body: { kind: "equipment", name: "Lens kit" } })).json().id;
  ids.inside = (await book(s, { personId: ids.zed, startDate: "2026-04-06", endDate: "2026-04-10", status: "confirmed" })).id;
  ids.hold = (await book(s, { personId: ids.zed, startDate: "2026-04-08", endDate: "2026-04-14" })).id;
  ids.outside = (await book(s, { personId: ids.zed, startDate: "2026-06-01", endDate: "2026-06-05", status: "confirmed" })).id;
  ids.edge = (await book(s, { personId: ids.amy, startDate: "2026-03-25", endDate: "2026-04-01" })).id;
  ids.roomBooking = (await book(s, { resourceId: ids.room, start: "2026-04-07T09:00:00Z", end: "2026-04-07T18:00:00Z", status: "confirmed" })).id;
  const slot = (await s.call({ method: "POST", url: s.url(`/projects/${s.projectId}/slots`), body: { role: "FX TD", displayName: "FX 1" } })).json();
  ids.slot = slot.id;
  ids.placeholder = (await book(s, { roleSlotId: slot.id, startDate: "2026-04-13", endDate: "2026-04-17" })).id;
  await s.call({ method: "POST", url: s.url(`/people/${ids.fx}/time-off`), body: { startDate: "2026-04-20", endDate: "2026-04-24" } });
  await s.call({ method: "POST", url: s.url("/holidays"), body: { date: "2026-04-03", name: "Good Friday" } });
});
afterAll(() => t.close());

/** The route sends PostgreSQL-built JSON past the serializer: every answer is checked against the contract here. */
async function window(query: string) {
  const res = await s.call({ method: "GET", url: s.url(`/scheduler?${query}`) });
  if (res.statusCode === 200) {
    expect(res.headers["content-type"]).toContain("application/json");
    const parsed = schedulerWindowSchema.safeParse(res.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
  }
  return res;
}

describe("scheduler window", () => {
  it("returns people rows by department, their bookings, time off, placeholders, holidays and projects in the window", async () => {
    const res = await window("from=2026-04-01&to=2026-05-01");
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w.from).toBe("2026-03-31T23:00:00.000Z");
    expect(w.rows.map((r: { name: string }) => r.name)).toEqual(["Amy Comp", "Zed Comp", "Finn FX", "No Department"]);
    expect(w.rows[2]).toMatchObject({ kind: "person", group: "FX", timeZone: "America/New_York", workDays: [1, 2, 3, 4, 5], hoursPerDay: 8 });
    expect(w.rows[1].skills).toEqual([
      { name: "Nuke", level: 4 },
      { name: "Houdini", level: 2 },
    ]);
    expect(w.rows[3].skills).toEqual([]);
    expect(w.bookings.map((b: { id: string }) => b.id).sort()).toEqual([ids.edge, ids.inside, ids.hold].sort());
    expect(w.bookings.find((b: { id: string }) => b.id === ids.hold)).toMatchObject({ status: "hold", holdRank: 1, bookableId: ids.zed, allDay: true });
    expect(w.placeholders.map((b: { id: string }) => b.id)).toEqual([ids.placeholder]);
    expect(w.roleSlots).toEqual([{ id: ids.slot, projectId: s.projectId, role: "FX TD", displayName: "FX 1" }]);
    expect(w.timeOff).toEqual([expect.objectContaining({ personId: ids.fx, allDay: true, kind: "vacation" })]);
    expect(w.holidays).toEqual([{ date: "2026-04-03", name: "Good Friday" }]);
    expect(w.projects).toEqual([expect.objectContaining({ id: s.projectId, name: "Feature" })]);
    expect(w.nextCursor).toBeNull();
  });

  it("filters by department and skill, pages rows, and serves rooms and equipment", async () => {
    const comp = (await window("from=2026-04-01&to=2026-05-01&department=Compositing&skills=Nuke:3")).json();
    expect(comp.rows.map((r: { id: string }) => r.id)).toEqual([ids.zed]);
    const first = (await window("from=2026-03-30&to=2026-04-06&limit=2")).json();
    expect(first.rows).toHaveLength(2);
    expect(first.holidays).toEqual([{ date: "2026-04-03", name: "Good Friday" }]);
    const second = (await window(`from=2026-03-30&to=2026-04-06&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.rows.map((r: { name: string }) => r.name)).toEqual(["Finn FX", "No Department"]);
    expect(second.placeholders).toEqual([]);
    const rooms = (await window("from=2026-04-01&to=2026-05-01&rows=resources")).json();
    expect(rooms.rows.map((r: { name: string; kind: string }) => [r.kind, r.name])).toEqual([
      ["equipment", "Lens kit"],
      ["room", "Suite 2"],
    ]);
    expect(rooms.bookings.map((b: { id: string }) => b.id)).toEqual([ids.roomBooking]);
    expect(rooms.rows.map((r: { skills: unknown[] }) => r.skills)).toEqual([[], []]);
    expect(second.roleSlots).toEqual([]);
  });

  it("refuses windows that are reversed or too long, naming the field", async () => {
    expectProblem(await window("from=2026-05-01&to=2026-04-01"), 400, "validation_failed");
    const long = await window("from=2026-01-01&to=2027-06-01");
    expectProblem(long, 400, "validation_failed");
    expect(long.json().errors[0].path).toBe("query.to");
    expectProblem(await window("from=2026-04-01&to=2026-05-01&cursor=bm9wZQ"), 400, "validation_failed");
  });
});

describe("live booking events", () => {
  it("pushes booking changes to the organization's open sockets", async () => {
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const socket = new WebSocket(`${base.replace("http", "ws")}/api/v1/organizations/${s.orgId}/events`, {
      headers: { cookie: s.admin.cookie, origin: testOrigin },
    });
    const messages: { kind: string; event?: { type: string; recordId: string; data: { status?: string } } }[] = [];
    socket.on("message", (raw) => messages.push(JSON.parse(String(raw))));
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
      return ok();
    };
    expect(await until(() => messages.some((m) => m.kind === "ready"))).toBe(true);
    const booking = await book(s, { personId: ids.amy, startDate: "2026-09-07", endDate: "2026-09-08" });
    await s.call({ method: "POST", url: s.url(`/bookings/${booking.id}/confirm`), body: { version: booking.version } });
    const seen = () => messages.filter((m) => m.event?.recordId === booking.id).map((m) => `${m.event?.type}:${m.event?.data.status}`);
    expect(await until(() => seen().length >= 2)).toBe(true);
    expect(seen()).toEqual(["booking.created:hold", "booking.updated:confirmed"]);
    socket.close();
  });
});
