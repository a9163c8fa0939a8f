import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStudio, type Studio } from "../../../../test/booking-factories";
import { addMember, as, createPerson, expectProblem, signUp } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;

beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app, "Europe/Berlin");
});
afterAll(() => t.close());

describe("people profiles", () => {
  it("shows defaults before the first save, then saves fields and skills with versions and history", async () => {
    const person = await createPerson(t.app, s.admin, s.orgId, { displayName: "Nina Nuke", department: "Compositing" });
    const empty = await s.call({ method: "GET", url: s.url(`/people/${person.id}/profile`) });
    expect(empty.json()).toMatchObject({
      version: 0,
      timeZone: null,
      effectiveTimeZone: "Europe/Berlin",
      workDays: [1, 2, 3, 4, 5],
      hoursPerDay: 8,
      skills: [],
    });
    const saved = await s.call({
      method: "PATCH",
      url: s.url(`/people/${person.id}/profile`),
      body: {
        version: 0,
        location: "Montréal",
        timeZone: "America/Toronto",
        dayRate: 720.5,
        currency: "CAD",
        portfolioLinks: ["https://vimeo.com/nina"],
        experienceYears: 9,
        workDays: [1, 2, 3, 4],
        hoursPerDay: 7.5,
        skills: [
          { name: "Nuke", level: 5 },
          { name: "Compositing", level: 4 },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, effectiveTimeZone: "America/Toronto", dayRate: 720.5, workDays: [1, 2, 3, 4], hoursPerDay: 7.5 });
    expect(saved.json().skills.map((k: { name: string; level: number }) => [k.name, k.level])).toEqual([
      ["Nuke", 5],
      ["Compositing", 4],
    ]);
    // The same skills in another order, differently cased: nothing changes, the version stays.
    const same = await s.call({
      method: "PATCH",
      url: s.url(`/people/${person.id}/profile`),
      body: {
        version: 1,
        skills: [
          { name: "compositing", level: 4 },
          { name: "NUKE", level: 5 },
        ],
      },
    });
    expect(same.json().version).toBe(1);
    const stale = await s.call({ method: "PATCH", url: s.url(`/people/${person.id}/profile`), body: { version: 0, location: "Paris" } });
    expectProblem(stale, 409, "version_conflict");
    const skills = (await s.call({ method: "GET", url: s.url("/skills") })).json().items;
    expect(skills.map((k: { name: string; people: number }) => [k.name, k.people])).toEqual([
      ["Compositing", 1],
      ["Nuke", 1],
    ]);
  });

  it("names the field of bad input", async () => {
    const person = await createPerson(t.app, s.admin, s.orgId, { displayName: "Bad Input" });
    const cases: [Record<string, unknown>, string][] = [
      [{ version: 0, timeZone: "Mars/Olympus" }, "body.timeZone"],
      [{ version: 0, skills: [{ name: "Nuke", level: 6 }] }, "body.skills.0.level"],
      [{ version: 0, workDays: [1, 1] }, "body.workDays"],
      [{ version: 0, portfolioLinks: ["javascript:alert(1)"] }, "body.portfolioLinks.0"],
      [{ version: 0, currency: "euro" }, "body.currency"],
    ];
    for (const [body, path] of cases) {
      const res = await s.call({ method: "PATCH", url: s.url(`/people/${person.id}/profile`), body });
      expectProblem(res, 400, "validation_failed");
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it("lets members read profiles but only managers edit them", async () => {
    const member = await signUp(t.app);
    await addMember(t.app, s.admin, s.orgId, member, "member");
    const person = await createPerson(t.app, s.admin, s.orgId, { displayName: "Read Only" });
    const asMember = as(t.app, member);
    expect((await asMember({ method: "GET", url: s.url(`/people/${person.id}/profile`) })).statusCode).toBe(200);
    expectProblem(await asMember({ method: "PATCH", url: s.url(`/people/${person.id}/profile`), body: { version: 0, location: "x" } }), 403, "forbidden");
    expectProblem(
      await asMember({
        method: "POST",
        url: s.url("/bookings"),
        body: { projectId: s.projectId, personId: person.id, startDate: "2026-01-05", endDate: "2026-01-05" },
      }),
      403,
      "forbidden",
    );
  });
});

describe("resources, time off and holidays", () => {
  it("keeps rooms by studio and equipment, with unique names per kind", async () => {
    const room = await s.call({
      method: "POST",
      url: s.url("/resources"),
      body: { kind: "room", name: "Grading Suite 1", studioName: "Soho", capacity: 6, dayRate: 900, currency: "GBP" },
    });
    expect(room.statusCode, room.body).toBe(201);
    expectProblem(await s.call({ method: "POST", url: s.url("/resources"), body: { kind: "room", name: "grading suite 1" } }), 409, "conflict");
    await s.call({ method: "POST", url: s.url("/resources"), body: { kind: "equipment", name: "Grading Suite 1" } });
    const rooms = (await s.call({ method: "GET", url: s.url("/resources?kind=room&studio=Soho") })).json().items;
    expect(rooms.map((r: { name: string }) => r.name)).toEqual(["Grading Suite 1"]);
    const archived = await s.call({ method: "PATCH", url: s.url(`/resources/${room.json().id}`), body: { version: 1, archived: true } });
    expect(archived.json().archivedAt).not.toBeNull();
    const refused = await s.call({
      method: "POST",
      url: s.url("/bookings"),
      body: { projectId: s.projectId, resourceId: room.json().id, startDate: "2026-02-02", endDate: "2026-02-02" },
    });
    expectProblem(refused, 400, "validation_failed");
    expect(refused.json().errors[0].path).toBe("body.resourceId");
  });

  it("stores time off as whole days in the person's zone and lists it by window", async () => {
    const person = await createPerson(t.app, s.admin, s.orgId, { displayName: "Tokyo Tim" });
    await s.call({ method: "PATCH", url: s.url(`/people/${person.id}/profile`), body: { version: 0, timeZone: "Asia/Tokyo" } });
    const off = await s.call({
      method: "POST",
      url: s.url(`/people/${person.id}/time-off`),
      body: { startDate: "2026-05-01", endDate: "2026-05-01", kind: "personal" },
    });
    expect(off.json()).toMatchObject({ start: "2026-04-30T15:00:00.000Z", end: "2026-05-01T15:00:00.000Z", allDay: true });
    const inWindow = await s.call({ method: "GET", url: s.url(`/people/${person.id}/time-off?from=2026-04-01&to=2026-06-01`) });
    expect(inWindow.json().items).toHaveLength(1);
    const outside = await s.call({ method: "GET", url: s.url(`/people/${person.id}/time-off?from=2026-06-01&to=2026-07-01`) });
    expect(outside.json().items).toHaveLength(0);
  });

  it("keeps one public holiday per date", async () => {
    const res = await s.call({ method: "POST", url: s.url("/holidays"), body: { date: "2026-12-25", name: "Christmas Day" } });
    expect(res.statusCode).toBe(201);
    expectProblem(await s.call({ method: "POST", url: s.url("/holidays"), body: { date: "2026-12-25", name: "Again" } }), 409, "conflict");
    const list = await s.call({ method: "GET", url: s.url("/holidays?from=2026-12-01&to=2026-12-31") });
    expect(list.json().items.map((h: { name: string }) => h.name)).toEqual(["Christmas Day"]);
    expect((await s.call({ method: "DELETE", url: s.url(`/holidays/${res.json().id}`) })).statusCode).toBe(204);
  });
});
