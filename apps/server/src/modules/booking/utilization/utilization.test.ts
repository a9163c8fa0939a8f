import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { book, createArtist, createProject, createStudio, type Studio } from "../../../../test/booking-factories";
import { expectProblem } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;
let ana: string;
let ben: string;
let otherProject: string;

/**
 * Weeks of 2 and 9 March 2026, London (GMT). Ana (8 h, Mon–Fri, £500/day): Wednesday 4th is a
 * public holiday, Friday 6th she is off; confirmed Mon–Tue all day and Thu 09:00–19:00; a hold
 * on the whole second week. Ben (part-time: Mon–Wed, 6 h) has nothing booked.
 */
beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app, "Europe/London");
  ana = await createArtist(s, "Ana Allocated", { department: "Animation", dayRate: 500, currency: "GBP" });
  ben = await createArtist(s, "Ben Parttime", { department: "Animation", workDays: [1, 2, 3], hoursPerDay: 6 });
  otherProject = await createProject(t.app, s.admin, s.orgId, "Commercial");
  await s.call({ method: "POST", url: s.url("/holidays"), body: { date: "2026-03-04", name: "Studio holiday" } });
  await s.call({ method: "POST", url: s.url(`/people/${ana}/time-off`), body: { startDate: "2026-03-06", endDate: "2026-03-06" } });
  await book(s, { personId: ana, startDate: "2026-03-02", endDate: "2026-03-03", status: "confirmed" });
  await book(s, { personId: ana, start: "2026-03-05T09:00:00Z", end: "2026-03-05T19:00:00Z", status: "confirmed" });
  await book(s, { projectId: otherProject, personId: ana, startDate: "2026-03-09", endDate: "2026-03-13" });
  const room = (await s.call({ method: "POST", url: s.url("/resources"), body: { kind: "room", name: "Stage", dayRate: 300, currency: "GBP" } })).json();
  // Rooms count every calendar day: Saturday and Sunday too.
  await book(s, { resourceId: room.id, startDate: "2026-03-07", endDate: "2026-03-08", status: "confirmed" });
  await book(s, { resourceId: room.id, startDate: "2026-03-10", endDate: "2026-03-10", status: "confirmed", rate: 1000, rateUnit: "flat" });
});
afterAll(() => t.close());

describe("utilization", () => {
  it("compares booked and held hours with capacity per person and week, flagging over-allocation", async () => {
    const res = await s.call({ method: "GET", url: s.url("/utilization?from=2026-03-02&to=2026-03-16") });
    expect(res.statusCode, res.body).toBe(200);
    const { weekStarts, rows } = res.json();
    expect(weekStarts).toEqual(["2026-03-02", "2026-03-09"]);
    const [a, b] = rows;
    expect(a).toMatchObject({ personId: ana, name: "Ana Allocated", department: "Animation" });
    expect(a.weeks[0]).toEqual({
      weekStart: "2026-03-02",
      capacityHours: 24,
      bookedHours: 26,
      tentativeHours: 0,
      utilization: 1.08,
      overAllocated: true,
      overAllocatedWithHolds: true,
    });
    expect(a.weeks[1]).toMatchObject({
      capacityHours: 40,
      bookedHours: 0,
      tentativeHours: 40,
      utilization: 0,
      overAllocated: false,
      overAllocatedWithHolds: false,
    });
    expect(a.totals).toMatchObject({ capacityHours: 64, bookedHours: 26, tentativeHours: 40 });
    expect(b).toMatchObject({ personId: ben });
    expect(b.weeks.map((w: { capacityHours: number }) => w.capacityHours)).toEqual([12, 18]);
  });

  it("groups by department and starts weeks on the organization's week start", async () => {
    const res = await s.call({ method: "GET", url: s.url("/utilization?from=2026-03-02&to=2026-03-09&groupBy=department") });
    const [animation] = res.json().rows;
    expect(animation).toMatchObject({ key: "Animation", personId: null, people: 2, totals: { capacityHours: 36, bookedHours: 26 } });
    const org = (await s.call({ method: "GET", url: `/api/v1/organizations/${s.orgId}` })).json();
    await s.call({ method: "PATCH", url: `/api/v1/organizations/${s.orgId}`, body: { version: org.version, weekStart: "sunday" } });
    const sunday = await s.call({ method: "GET", url: s.url("/utilization?from=2026-03-02&to=2026-03-09") });
    expect(sunday.json().weekStarts).toEqual(["2026-03-01", "2026-03-08"]);
    const tooLong = await s.call({ method: "GET", url: s.url("/utilization?from=2026-01-01&to=2027-06-01") });
    expectProblem(tooLong, 400, "validation_failed");
  });
});

describe("booking costs per project", () => {
  it("prices confirmed and held bookings: day rates over working days, hours, flat fees", async () => {
    const res = await s.call({ method: "GET", url: s.url("/booking-costs?from=2026-03-01&to=2026-03-16") });
    expect(res.statusCode, res.body).toBe(200);
    const byProject = Object.fromEntries(res.json().items.map((i: { projectName: string }) => [i.projectName, i]));
    // Ana: Mon–Tue 2 days + Thursday 10 h = 1.25 days at £500; the room: Sat–Sun at £300 and a £1,000 flat fee.
    expect(byProject.Feature).toMatchObject({
      currency: "GBP",
      confirmedDays: 6.25,
      confirmedCost: 1625 + 600 + 1000,
      tentativeCost: 0,
      bookings: 4,
      unpriced: 0,
    });
    expect(byProject.Commercial).toMatchObject({ confirmedCost: 0, tentativeCost: 2500, tentativeDays: 5 });
    const clipped = (await s.call({ method: "GET", url: s.url(`/booking-costs?from=2026-03-09&to=2026-03-11&projectId=${otherProject}`) })).json();
    expect(clipped.items).toEqual([expect.objectContaining({ projectName: "Commercial", tentativeDays: 2, tentativeCost: 1000 })]);
  });
});
